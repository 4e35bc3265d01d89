import { describe, expect, it } from 'vitest';
import { formatIndicator, fromDisplay, toDisplay } from '../../../renderer/src/format/indicator';
import { formatMoney } from '../../../renderer/src/format/money';
import { formatTotal } from '../../../renderer/src/format/totals';

const YI = 100_000_000;

describe('totals and targets read like reports', () => {
  it('a big total in 亿元 with two decimals, not a nine-digit 万元 figure', () => {
    const total = 1_614_362_000_000; // what 万元 showed as 161,436,200
    expect(formatMoney(total, 'wan')).toBe('161,436,200');
    expect(formatTotal(total)).toBe('16,143.62');
    expect(formatIndicator('yuan', total)).toBe('16,143.62');
    expect(formatIndicator('yuan', 8_457_000_000)).toBe('84.57');
  });

  it('a prorated target is rounded to what it shows: 74.2亿 × 91/365', () => {
    expect(formatIndicator('yuan', 1_849_917_808)).toBe('18.50');
    expect(formatIndicator('yuan', 5 * YI)).toBe('5.00');
  });

  it('money targets are typed in the same 亿元 they read in', () => {
    expect(fromDisplay('yuan', 74.2)).toBe(74.2 * YI);
    expect(toDisplay('yuan', 84.57 * YI)).toBeCloseTo(84.57);
    // Counts and rates are untouched by the money unit.
    expect(formatIndicator('count', 1234)).toBe('1,234');
    expect(formatIndicator('percent', 9550)).toBe('95.5');
  });
});
