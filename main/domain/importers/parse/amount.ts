import { toHalfWidth } from '../../shared/companyName';
import type { Cell } from '../files/grid';
import { isBlank, problem, value, type Parsed } from './result';

import { AMOUNT_UNITS, type AmountUnit } from '../schema';

export { AMOUNT_UNITS, type AmountUnit };
export const UNIT_FACTOR: Record<AmountUnit, number> = { yuan: 1, wan: 10_000, yi: 100_000_000 };
export const UNIT_LABEL: Record<AmountUnit, string> = { yuan: '元', wan: '万元', yi: '亿元' };

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

/**
 * Money as ledgers write it, to whole yuan: "84.57亿元", "8000万", "约5亿", "3,000" (in the
 * column's unit, from its header), a plain number from Excel. Approximate words (约, 近, 多)
 * are dropped; ranges, percentages and foreign currencies are refused rather than guessed.
 */
export function parseAmount(raw: Cell, columnUnit: AmountUnit): Parsed<number> {
  if (raw === null || raw === '') return value(null);
  if (typeof raw === 'boolean') return problem('金额应为数字');
  if (typeof raw === 'number') return toYuan(raw, UNIT_FACTOR[columnUnit], String(raw));
  const original = raw;
  let s = toHalfWidth(raw).replace(/\s+/g, '').replace(/[,，]/g, '');
  if (isBlank(s)) return value(null);
  s = s.replace(/[(（][^)）]*[)）]/g, '').replace(/[¥￥]|RMB|CNY/gi, '');
  if (FOREIGN.test(s)) return problem(`“${original}”是外币金额，请换算为人民币后导入`);
  if (s.includes('%')) return problem(`“${original}”是百分比，不是金额`);
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(HEDGES, '');
  }
  if (/\d\s*[-~～至到]\s*\d/.test(s)) return problem(`“${original}”是一个范围，请填写一个确定的数`);
  const m = /^(\d+(?:\.\d+)?|\.\d+)(.*)$/.exec(s);
  if (!m) return problem(`无法识别金额“${original}”`);
  const rest = m[2] ?? '';
  if (rest === '') return toYuan(Number(m[1]), UNIT_FACTOR[columnUnit], original);
  const unit = UNITS.find(([u]) => rest === u);
  if (!unit) return problem(`无法识别金额单位“${rest}”（可用：亿元、万元、元）`);
  return toYuan(Number(m[1]), unit[1], original);
}

function toYuan(n: number, factor: number, original: string): Parsed<number> {
  if (!Number.isFinite(n)) return problem(`无法识别金额“${original}”`);
  if (n < 0) return problem('金额不能为负数');
  const yuan = Math.round(n * factor);
  if (yuan > 1e15) return problem(`金额“${original}”过大，请检查单位`);
  return value(yuan);
}

/** The unit a header names, e.g. 总投资(亿元), 计划投资（万元）, 金额/万元, 投资额万元. */
export function unitInText(text: string): AmountUnit | null {
  const s = toHalfWidth(text).replace(/\s+/g, '');
  if (/亿/.test(s)) return 'yi';
  if (/万/.test(s)) return 'wan';
  if (/[(（/]元[)）]?$|单位:?元|\(元\)|（元）/.test(s) || /元$/.test(s)) return 'yuan';
  return null;
}
