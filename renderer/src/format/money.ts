export type MoneyUnit = 'wan' | 'yi';

const DIVISOR: Record<MoneyUnit, number> = { wan: 10_000, yi: 100_000_000 };
const DIGITS: Record<MoneyUnit, number> = { wan: 0, yi: 2 };
export const MONEY_UNIT_LABEL: Record<MoneyUnit, string> = { wan: '万元', yi: '亿元' };

/** Whole yuan → "84.57" (亿元) or "845,700" (万元), grouped with thousands separators. */
export function formatMoney(yuan: number | null | undefined, unit: MoneyUnit): string {
  if (yuan === null || yuan === undefined) return '';
  const v = yuan / DIVISOR[unit];
  return v.toLocaleString('zh-CN', {
    minimumFractionDigits: DIGITS[unit],
    maximumFractionDigits: unit === 'wan' ? 2 : 2,
  });
}

/** What a person typed in the display unit → whole yuan. */
export function toYuan(value: number, unit: MoneyUnit): number {
  return Math.round(value * DIVISOR[unit]);
}

export function moneyScale(unit: MoneyUnit): number {
  return DIVISOR[unit];
}
