import { creditCodeProblem, normalizeCreditCode } from './creditCode';
import { regionByAdcode } from './regions';

/**
 * Where a company was registered, read from its 统一社会信用代码: characters 3–8 are the
 * 登记管理机关行政区划码 (GB 32100-2015). A county code that has since been merged or renamed
 * is not in the offline list, so fall back to its city, then its province. null for a code
 * that fails its check, or a region the list does not know at any level.
 */
export function regionFromCreditCode(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const code = normalizeCreditCode(raw);
  if (creditCodeProblem(code)) return null;
  const digits = code.slice(2, 8);
  if (!/^\d{6}$/.test(digits)) return null;
  for (const candidate of [digits, `${digits.slice(0, 4)}00`, `${digits.slice(0, 2)}0000`]) {
    const region = regionByAdcode(Number(candidate));
    if (region) return region.adcode;
  }
  return null;
}
