import { describe, expect, it } from 'vitest';
import { rowConverter, type MappedColumn } from '../../../main/domain/importers/convert';
import { TARGET_FIELDS } from '@contract/importers/fields';
import type { MoneyUnit } from '../../../renderer/src/format/money';
import { isRefusal, moneyCellValue, moneyPreview, typedMoney } from '../../../renderer/src/format/moneyInput';
import { prng } from '../fuzz/payloads';

/** What a form's money field saves from the text (MoneyInput hands the form exactly this). */
const formPath = (text: string, unit: MoneyUnit) => {
  const v = typedMoney(text, unit);
  return isRefusal(v) ? 'refused' : v;
};

/** What a grid cell saves from the same text: its editor's reading, then the column's parser. */
const gridPath = (text: string, unit: MoneyUnit) => {
  const before = { kept: true };
  const typed = typedMoney(text, unit);
  if (isRefusal(typed)) return 'refused';
  const v = moneyCellValue(typed, before, unit);
  return v === before || moneyCellValue(text, before, unit) !== v ? 'refused' : v;
};

/** What an import saves from the same text, in a column whose header names the user's unit. */
const importPath = (text: string, unit: MoneyUnit) => {
  const field = TARGET_FIELDS.projects.find((f) => f.key === 'plannedAmount');
  const col = { column: 0, header: '计划投资', field, unit, labelled: false } as MappedColumn;
  const r = rowConverter([col], { year: 2026, source: '导入设置' })([text]);
  return r.problems.length ? 'refused' : (r.values.plannedAmount ?? null);
};

const group = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 8 });

/** Every way the office writes one sum; bare numbers are in the field's (the setting's) unit. */
function spellings(yuan: number, unit: MoneyUnit): string[] {
  const yi = yuan / 1e8;
  const wan = yuan / 1e4;
  const bare = unit === 'wan' ? wan : yi;
  return [
    `${yi}亿`,
    `${yi} 亿元`,
    `${wan}万`,
    `${group(wan)}万元`,
    `约${yi}亿`,
    `${yuan}元`,
    `${group(yuan)} 元`,
    `${bare}`,
    `${group(bare)}`,
    bare.toExponential(),
    `￥${yi}亿元`,
  ];
}

describe('one money parser for forms, grid cells and import', () => {
  it('stores the same yuan on every path, for random sums in every spelling', () => {
    const rand = prng(20260630);
    for (let i = 0; i < 400; i++) {
      // Whole yuan from 1 元 to 9,000 亿元, skewed towards the sizes projects have.
      const yuan = Math.max(1, Math.round(10 ** (rand() * 14.95)));
      const unit: MoneyUnit = rand() < 0.5 ? 'wan' : 'yi';
      for (const text of spellings(yuan, unit)) {
        const form = formPath(text, unit);
        expect({ text, unit, form }).toEqual({ text, unit, form: yuan });
        expect({ text, unit, grid: gridPath(text, unit) }).toEqual({ text, unit, grid: form });
        expect({ text, unit, import: importPath(text, unit) }).toEqual({ text, unit, import: form });
      }
    }
  });

  it('reads 亿 and 万 whatever the setting: 1.2亿 in a 万元 field is 12,000 万元', () => {
    expect(formPath('1.2亿', 'wan')).toBe(120_000_000);
    expect(formPath('5亿', 'wan')).toBe(500_000_000);
    expect(formPath('12000', 'wan')).toBe(120_000_000);
    expect(formPath('1.2', 'yi')).toBe(120_000_000);
    expect(moneyPreview(120_000_000, 'wan')).toBe('12,000 万元');
    expect(moneyPreview(120_000_000, 'yi')).toBe('1.20 亿元');
    // Down to the yuan, so the preview is the figure that will be stored.
    expect(moneyPreview(123_456_789, 'wan')).toBe('12,345.6789 万元');
  });

  it('refuses negatives and non-numbers on every path, with what to fix', () => {
    for (const text of ['-100', '－100', 'abc', '1.2亿美元', '3-5亿', '12%', '5兆']) {
      for (const unit of ['wan', 'yi'] as const) {
        expect([text, formPath(text, unit), gridPath(text, unit), importPath(text, unit)]).toEqual([
          text,
          'refused',
          'refused',
          'refused',
        ]);
      }
    }
    const negative = typedMoney('-100', 'wan');
    expect(isRefusal(negative) && negative.refused).toContain('不能为负数');
    const word = typedMoney('abc', 'wan');
    expect(isRefusal(word) && word.refused).toContain('请填写数字');
  });

  it('leaves an emptied field empty, never 0', () => {
    expect(formPath('', 'wan')).toBeNull();
    expect(formPath('  ', 'yi')).toBeNull();
    expect(gridPath('', 'wan')).toBeNull();
  });
});
