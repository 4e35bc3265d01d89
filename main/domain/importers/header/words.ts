import { norm } from '../parse/enums';

/** Longest text still read as a column header. */
const MAX_HEADER_CHARS = 100;

/**
 * A header as compared with the synonyms: normalised, with its unit and any bracketed remark
 * taken off: 总投资（亿元） -> 总投资, 计划投资/万元 -> 计划投资, 用地(亩) -> 用地.
 */
export function headerKey(text: string): string {
  // A header is a few words: a long text is not one, and comparing megabytes of it with every
  // synonym made reading the first rows of a hostile sheet take seconds per cell.
  if (text.length > MAX_HEADER_CHARS) return '';
  let s = norm(text.replace(/[(（][^)）]*[)）]/g, ''));
  s = s.replace(/[/／]?(单位)?(亿元|万元|元|亿|万|亩|个|人|家)$/, '');
  return s.replace(/[*＊※]/g, '');
}
