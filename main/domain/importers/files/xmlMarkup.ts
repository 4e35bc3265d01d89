import { damagedFile } from './damaged';

// The XML a part may hold beyond what Excel writes, brought to the plain form the scanners read.
// Excel and WPS write neither comments nor CDATA nor prefixed elements; other writers (.NET
// libraries, hand-made exports) do, and Excel reads them as if they were not there.

const escapeText = (s: string): string =>
  s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** The prefix of the root element's name (<x:worksheet …> -> 'x'), or null when it has none. */
function rootPrefix(xml: string): string | null {
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const next = xml[lt + 1];
    if (next === '?') lt = xml.indexOf('?>', lt);
    else if (xml.startsWith('<!--', lt)) lt = xml.indexOf('-->', lt);
    else if (next === '!') lt = xml.indexOf('>', lt);
    else {
      const name = /^[^\s/>]*/.exec(xml.slice(lt + 1, lt + 200))?.[0] ?? '';
      const colon = name.indexOf(':');
      return colon > 0 ? name.slice(0, colon) : null;
    }
    if (lt < 0) return null;
  }
  return null;
}

/** Comments left out and CDATA sections made escaped text, in one pass; the text itself when it has neither. */
function withoutCommentsAndCdata(xml: string): string {
  if (xml.indexOf('<!') < 0) return xml;
  const out: string[] = [];
  let copied = 0;
  for (let lt = xml.indexOf('<!'); lt >= 0; lt = xml.indexOf('<!', lt + 2)) {
    let text: string;
    let end: number;
    if (xml.startsWith('<!--', lt)) {
      end = xml.indexOf('-->', lt + 4) + 3;
      text = '';
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      end = close + 3;
      text = escapeText(xml.slice(lt + 9, close));
    } else continue; // <!DOCTYPE …>: left for the scanners, which pass over it.
    // An unclosed comment or section: the rest of the part cannot be read as meant.
    if (end < 3) throw damagedFile();
    out.push(xml.slice(copied, lt), text);
    copied = end;
    lt = end - 2;
  }
  if (out.length === 0) return xml;
  out.push(xml.slice(copied));
  return out.join('');
}

/**
 * A part's XML as the scanners read it: comments left out, CDATA sections as escaped text, and
 * the root element's prefix taken off every element that carries it (<x:c> -> <c>), for parts
 * written with a prefixed namespace (<x:worksheet xmlns:x="…">). A part with none of these is
 * returned as it is, after one search for '<!'.
 */
export function plainXml(xml: string): string {
  const plain = withoutCommentsAndCdata(xml);
  const prefix = rootPrefix(plain);
  if (prefix === null) return plain;
  // After the pass above no '<' stands in text, so every '<x:' and '</x:' opens or closes a tag.
  return plain.replaceAll(`<${prefix}:`, '<').replaceAll(`</${prefix}:`, '</');
}
