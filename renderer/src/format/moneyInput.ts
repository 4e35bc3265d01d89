import { readMoney } from '@contract/shared/money';
import { MONEY_UNIT_LABEL, moneyScale, type MoneyUnit } from './money';

/** A money field's text that cannot be stored, with what to fix; the form refuses to save it. */
export interface MoneyRefusal {
  refused: string;
}

/** What a money field holds: whole yuan, null (left empty), or a refusal. */
export type MoneyFieldValue = number | null | MoneyRefusal;

export const isRefusal = (v: unknown): v is MoneyRefusal =>
  typeof v === 'object' && v !== null && 'refused' in v;

/**
 * What a person typed into a money field or grid cell → whole yuan. A bare number is in the
 * user's 万元/亿元; "1.2亿", "8000万", "3000元" say their own unit. The same parser as import.
 */
export function typedMoney(text: string, unit: MoneyUnit): MoneyFieldValue {
  const r = readMoney(text, unit);
  return r.ok ? r.yuan : { refused: r.message };
}

/**
 * A money column's value parser: the cell editor hands yuan through; text from any other path
 * is read by the same parser, and text it cannot read keeps the cell's old value.
 */
export function moneyCellValue(newValue: unknown, oldValue: unknown, unit: MoneyUnit): unknown {
  if (typeof newValue === 'number' || newValue === null || newValue === undefined) return newValue ?? null;
  const v = typedMoney(String(newValue), unit);
  return isRefusal(v) ? oldValue : v;
}

/** Stored yuan → the plain number a field opens on (no grouping, every digit kept). */
export function moneyEditText(yuan: MoneyFieldValue | undefined, unit: MoneyUnit): string {
  if (yuan === null || yuan === undefined || isRefusal(yuan)) return '';
  return String(yuan / moneyScale(unit));
}

/** "12,000 万元" / "1.20 亿元": what will be saved, in the user's unit, down to the yuan. */
export function moneyPreview(yuan: number, unit: MoneyUnit): string {
  const shown = (yuan / moneyScale(unit)).toLocaleString('zh-CN', {
    minimumFractionDigits: unit === 'yi' ? 2 : 0,
    maximumFractionDigits: unit === 'yi' ? 8 : 4,
  });
  return `${shown} ${MONEY_UNIT_LABEL[unit]}`;
}
