// Pure: the one reading of typed money, for forms, grid cells and import alike (the renderer imports it).
import { toHalfWidth } from './companyName';

export const MONEY_UNITS = ['yuan', 'wan', 'yi'] as const;
/** The unit a bare number is in: the field's own (万元 on a form, a column's header on import). */
export type MoneyTextUnit = (typeof MONEY_UNITS)[number];
export const MONEY_FACTOR: Record<MoneyTextUnit, number> = { yuan: 1, wan: 10_000, yi: 100_000_000 };

/** Whole yuan (null = left empty), or what to fix, in words the office uses. */
export type MoneyReading = { ok: true; yuan: number | null } | { ok: false; message: string };

/** No ledger holds more than this; a bigger figure is a unit typed twice (万 in a 万元 field). */
export const MAX_YUAN = 1e15;

// Written units, longest first so 千万 wins over 万.
const UNITS: [string, number][] = [
  ['亿元', 1e8],
  ['亿', 1e8],
  ['千万元', 1e7],
  ['千万', 1e7],
  ['百万元', 1e6],
  ['百万', 1e6],
  ['万元', 1e4],
  ['万', 1e4],
  ['元', 1],
];
const HEDGES = /^(约|大约|近|逾|超|超过|总计|合计|共|计)|(左右|以上|多|余|上下|人民币)$/g;
const FOREIGN = /(美元|美金|USD|US\$|欧元|EUR|日元|港元|港币|HKD|英镑)/i;
// 1.2e8 reads as the number it is (Excel writes large figures so), in the field's unit.
const NUMBER = /^([-−]?)(\d+(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?(.*)$/i;

const refuse = (message: string): MoneyReading => ({ ok: false, message });

/**
 * Money as people write it, to whole yuan: "1.2亿", "1.2 亿元", "12,000万", "约1.2亿",
 * "120000000元", or a bare number in the field's unit. Approximate words (约, 近, 多) are
 * dropped; negatives, ranges, percentages, foreign currencies and anything else are refused
 * with what to type instead — never guessed, never turned into 0.
 */
export function readMoney(raw: string | number | null | undefined, fieldUnit: MoneyTextUnit): MoneyReading {
  if (raw === null || raw === undefined) return { ok: true, yuan: null };
  if (typeof raw === 'number') return toYuan(raw, MONEY_FACTOR[fieldUnit], String(raw));
  const original = raw.trim();
  let s = toHalfWidth(raw).replace(/\s+/g, '').replace(/[,，]/g, '');
  if (s === '') return { ok: true, yuan: null };
  s = s.replace(/[(（][^)）]*[)）]/g, '').replace(/[¥￥]|RMB|CNY/gi, '');
  if (FOREIGN.test(s)) return refuse(`“${original}”是外币金额，请换算为人民币后填写`);
  if (s.includes('%')) return refuse(`“${original}”是百分比，不是金额`);
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(HEDGES, '');
  }
  if (/\d[-~～至到]\d/.test(s)) return refuse(`“${original}”是一个范围，请填写一个确定的数`);
  const m = NUMBER.exec(s);
  if (!m) return refuse(`无法识别金额“${original}”，请填写数字，如 1.2亿、8000万`);
  const n = Number(`${m[2]}e${m[3] ?? 0}`);
  if (m[1]) return refuse('金额不能为负数，请填写 0 或正数');
  const rest = m[4] ?? '';
  if (rest === '') return toYuan(n, MONEY_FACTOR[fieldUnit], original);
  const unit = UNITS.find(([u]) => rest === u);
  if (!unit) return refuse(`无法识别金额单位“${rest}”，可用：亿元、万元、元`);
  return toYuan(n, unit[1], original);
}

function toYuan(n: number, factor: number, original: string): MoneyReading {
  if (!Number.isFinite(n)) return refuse(`无法识别金额“${original}”，请填写数字`);
  if (n < 0) return refuse('金额不能为负数，请填写 0 或正数');
  const yuan = Math.round(n * factor);
  if (yuan > MAX_YUAN) return refuse(`金额“${original}”过大，请检查单位`);
  return { ok: true, yuan };
}
