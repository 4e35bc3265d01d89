import { toHalfWidth } from '@contract/shared/companyName';
import type { Cell } from '../files/grid';
import { isBlank, problem, value, type Parsed } from './result';

import { readMoney } from '@contract/shared/money';
import { AMOUNT_UNITS, type AmountUnit } from '@contract/importers/schema';

export { AMOUNT_UNITS, type AmountUnit };

/**
 * Money as ledgers write it, to whole yuan: "84.57亿元", "8000万", "约5亿", "3,000" (in the
 * column's unit, from its header), a plain number from Excel — read by the same parser as the
 * app's own money fields, so a figure imports exactly as it would be typed.
 */
export function parseAmount(raw: Cell, columnUnit: AmountUnit): Parsed<number> {
  if (raw === null || raw === '') return value(null);
  if (typeof raw === 'boolean') return problem('金额应为数字');
  if (typeof raw === 'string' && isBlank(toHalfWidth(raw).replace(/\s+/g, ''))) return value(null);
  const r = readMoney(raw, columnUnit);
  return r.ok ? value(r.yuan) : problem(r.message);
}

/** The unit a header names, e.g. 总投资(亿元), 计划投资（万元）, 金额/万元, 投资额万元. */
export function unitInText(text: string): AmountUnit | null {
  const s = toHalfWidth(text).replace(/\s+/g, '');
  if (/亿/.test(s)) return 'yi';
  if (/万/.test(s)) return 'wan';
  if (/[(（/]元[)）]?$|单位:?元|\(元\)|（元）/.test(s) || /元$/.test(s)) return 'yuan';
  return null;
}
