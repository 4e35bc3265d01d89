import { damagedFile } from './damaged';
import { decodeXml, runText } from './xml';
import { isXmlSpace } from './xmlTag';

const GT = 62;
const SLASH = 47;

/**
 * The text of a string item that is one plain <t> run (<t>…</t> or <t xml:space="preserve">…</t>),
 * which is nearly every item; null for rich text and phonetic runs, which runText reads.
 */
function plainRun(xml: string, from: number, to: number): string | null {
  if (!xml.startsWith('<t', from) || !xml.startsWith('</t>', to - 4)) return null;
  const after = xml.charCodeAt(from + 2);
  if (after !== GT && !isXmlSpace(after)) return null;
  const open = xml.indexOf('>', from + 2);
  const textFrom = open + 1;
  const textTo = to - 4;
  if (open < 0 || xml.charCodeAt(open - 1) === SLASH || textFrom > textTo) return null;
  const lt = xml.indexOf('<', textFrom);
  if (lt !== textTo) return null;
  return decodeXml(xml.slice(textFrom, textTo));
}

/** The workbook's shared string table (xl/sharedStrings.xml): item i is what <v>i</v> of a t="s" cell means. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at + 3)) {
    const after = xml.charCodeAt(at + 3);
    if (after === SLASH) {
      out.push('');
      continue;
    }
    if (after !== GT && !isXmlSpace(after)) continue;
    const open = xml.indexOf('>', at);
    const close = xml.indexOf('</si>', open);
    if (open < 0 || close < 0) throw damagedFile();
    out.push(plainRun(xml, open + 1, close) ?? runText(xml.slice(open + 1, close)));
    at = close;
  }
  return out;
}
