import { attr, firstElementText, tagAttrs } from './xml';

// Built-in number formats that show a date or time, including the Chinese-locale ones (27–36, 50–58).
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format shows a date when it has date/time letters outside quotes, escapes and [..] blocks. */
export function isDateFormatCode(code: string): boolean {
  // Excel keeps format codes to 255 characters; a longer one is not Excel's, and the bracket
  // pattern below would be retried at every '[' of it.
  if (code.length > 255) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  return /[ymdhse]/i.test(bare.replace(/E\+|E-/g, '')) && !/^[#0.,\s%]*$/.test(bare);
}

/** For each cell style index (the s attribute), whether it displays numbers as dates. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const a of tagAttrs(stylesXml, 'numFmt')) {
    custom.set(Number(attr(a, 'numFmtId')), attr(a, 'formatCode') ?? '');
  }
  const out: boolean[] = [];
  for (const a of tagAttrs(firstElementText(stylesXml, 'cellXfs'), 'xf')) {
    const id = Number(attr(a, 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATES.has(id));
  }
  return out;
}
