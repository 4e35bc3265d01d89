// Just enough XML for the parts of an xlsx we read: entities and OOXML's _xHHHH_ escapes.
// Tags are found by scanning forward with indexOf, never with a regex over a part: a lazy regex
// retried at every '<' of a hostile part (330 000 "<t>" in one string item) costs minutes.

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
      if (e[0] !== '#') return NAMED[e] ?? m;
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The value of one attribute in a tag's attribute text, or undefined. `name` is a pattern: the
 * callers' names hold no special characters but for a prefix wildcard (see packageParts).
 */
const attrRes = new Map<string, RegExp>();
export function attr(attrs: string, name: string): string | undefined {
  let re = attrRes.get(name);
  if (!re) attrRes.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** A tag's name ends at white space, '>' or '/'. */
const endsName = (c: number): boolean => c === 62 || c === 47 || c === 32 || c === 10 || c === 13 || c === 9;

/** One opening (or self-closing) tag found by `nextTag`. */
export interface FoundTag {
  /** Its attribute text, without the name and the closing '>' or '/>'. */
  attrs: string;
  selfClosing: boolean;
  /** Index just after its '>'. */
  end: number;
}

/** The first <name …> tag at or after `from`, or null; each character is looked at a bounded number of times. */
export function nextTag(xml: string, name: string, from = 0): FoundTag | null {
  const open = `<${name}`;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + open.length)) {
    if (!endsName(xml.charCodeAt(at + open.length))) continue;
    const gt = xml.indexOf('>', at + open.length);
    if (gt < 0) return null;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    return { attrs: xml.slice(at + open.length, selfClosing ? gt - 1 : gt), selfClosing, end: gt + 1 };
  }
  return null;
}

/** The attribute text of every <name …> tag from `from` on, in order. */
export function* tagAttrs(xml: string, name: string, from = 0): Generator<string> {
  for (let tag = nextTag(xml, name, from); tag; tag = nextTag(xml, name, tag.end)) yield tag.attrs;
}

/** The text inside the first <name>…</name>, or '' when there is none. */
export function firstElementText(xml: string, name: string): string {
  const tag = nextTag(xml, name);
  if (!tag || tag.selfClosing) return '';
  const close = xml.indexOf(`</${name}>`, tag.end);
  return close < 0 ? '' : xml.slice(tag.end, close);
}

/** Text of all <t> runs in a string item, without phonetic (<rPh>) runs. */
export function runText(inner: string): string {
  let out = '';
  for (let lt = inner.indexOf('<'); lt >= 0;) {
    if (inner.startsWith('<rPh', lt) && endsName(inner.charCodeAt(lt + 4))) {
      const close = inner.indexOf('</rPh>', lt);
      if (close < 0) break;
      lt = inner.indexOf('<', close + 6);
    } else if (inner.startsWith('<t', lt) && endsName(inner.charCodeAt(lt + 2))) {
      const gt = inner.indexOf('>', lt);
      if (gt < 0) break;
      if (inner.charCodeAt(gt - 1) === 47) {
        lt = inner.indexOf('<', gt);
        continue;
      }
      // An unclosed run ends the item: nothing after it can be a complete run either.
      const close = inner.indexOf('</t>', gt);
      if (close < 0) break;
      out += inner.slice(gt + 1, close);
      lt = inner.indexOf('<', close + 4);
    } else {
      lt = inner.indexOf('<', lt + 1);
    }
  }
  return decodeXml(out);
}
