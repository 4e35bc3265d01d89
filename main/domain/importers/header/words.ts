import { norm } from '../parse/enums';

/**
 * A header as compared with the synonyms: normalised, with its unit and any bracketed remark
 * taken off: 总投资（亿元） -> 总投资, 计划投资/万元 -> 计划投资, 用地(亩) -> 用地.
 */
export function headerKey(text: string): string {
  let s = norm(text.replace(/[(（][^)）]*[)）]/g, ''));
  s = s.replace(/[/／]?(单位)?(亿元|万元|元|亿|万|亩|个|人|家)$/, '');
  return s.replace(/[*＊※]/g, '');
}
