import { describe, expect, it } from 'vitest';
import {
  daysInclusive,
  elapsedPercent,
  isWholeYear,
  monthsOf,
  periodContaining,
  periodRange,
  yearShares,
} from '@contract/indicators/period';
import { doubleHalf, periodTarget, readProgress } from '@contract/indicators/progress';

describe('periods', () => {
  it('gives the calendar ranges of a year, half, quarter and month', () => {
    expect(periodRange('year', 2021)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(periodRange('half', 2021, 2)).toEqual({ from: '2021-07-01', to: '2021-12-31' });
    expect(periodRange('quarter', 2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange('month', 2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('month', 2023, 2)).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(periodContaining('quarter', '2021-05-31')).toEqual({ from: '2021-04-01', to: '2021-06-30' });
    expect(periodContaining('half', '2021-07-01')).toEqual({ from: '2021-07-01', to: '2021-12-31' });
  });

  it('reads the share of the year elapsed, the statistics day counted as lived', () => {
    const y2021 = periodRange('year', 2021);
    expect(daysInclusive(y2021.from, y2021.to)).toBe(365);
    expect(elapsedPercent(y2021, '2021-06-30')).toBeCloseTo((181 / 365) * 100, 6); // 49.6%
    expect(elapsedPercent(y2021, '2021-05-31')).toBeCloseTo((151 / 365) * 100, 6);
    expect(elapsedPercent(y2021, '2021-01-01')).toBeCloseTo(100 / 365, 6);
    expect(elapsedPercent(y2021, '2021-12-31')).toBe(100);
    expect(elapsedPercent(y2021, '2022-03-01')).toBe(100);
    expect(elapsedPercent(y2021, '2020-12-31')).toBe(0);
    expect(elapsedPercent(periodRange('year', 2024), '2024-06-30')).toBeCloseTo((182 / 366) * 100, 6);
  });

  it('splits a range over calendar years and months', () => {
    expect(isWholeYear(periodRange('year', 2021))).toBe(true);
    expect(isWholeYear({ from: '2021-01-01', to: '2021-12-30' })).toBe(false);
    expect(yearShares({ from: '2020-12-01', to: '2021-01-31' })).toEqual([
      { year: 2020, days: 31, yearDays: 366 },
      { year: 2021, days: 31, yearDays: 365 },
    ]);
    expect(monthsOf({ from: '2020-11-15', to: '2021-02-01' })).toEqual([
      '2020-11',
      '2020-12',
      '2021-01',
      '2021-02',
    ]);
  });
});

describe('progress against target and time', () => {
  const mid = (181 / 365) * 100;

  it('on 30 June, 53% done passes 双过半 and 48% fails and is behind', () => {
    expect(readProgress('time', 53, 100, mid)).toEqual({
      percentDone: 53,
      percentElapsed: 49.6,
      behind: false,
      halfDone: true,
    });
    expect(readProgress('time', 48, 100, mid)).toMatchObject({
      percentDone: 48,
      behind: true,
      halfDone: false,
    });
    // Ahead of time but not yet half: on track, not 过半.
    expect(readProgress('time', 45, 100, 40)).toMatchObject({ behind: false, halfDone: false });
  });

  it('reads a level indicator against the target alone, and nothing without a target', () => {
    expect(readProgress('level', 7500, 9500, mid)).toMatchObject({
      percentDone: 78.9,
      percentElapsed: null,
      behind: true,
    });
    expect(readProgress('level', 11, 10, mid)).toMatchObject({ percentDone: 110, behind: false });
    expect(readProgress('time', 5, null, mid)).toMatchObject({
      percentDone: null,
      behind: false,
      halfDone: false,
    });
    expect(readProgress('time', 5, 0, mid).percentDone).toBeNull();
  });

  it('prorates annual targets to shorter periods and across years', () => {
    const annual = (y: number) => ({ 2020: 366_000, 2021: 365_000 })[y];
    expect(periodTarget('time', periodRange('year', 2021), annual)).toBe(365_000);
    expect(periodTarget('time', periodRange('quarter', 2021, 1), annual)).toBe(90_000);
    expect(periodTarget('time', { from: '2020-12-01', to: '2021-01-31' }, annual)).toBe(62_000);
    expect(periodTarget('time', { from: '2021-12-01', to: '2022-01-31' }, annual)).toBeNull();
    expect(periodTarget('level', periodRange('month', 2021, 3), annual)).toBe(365_000);
  });

  it('calls 双过半 achieved, pending before 30 June, missed from 30 June', () => {
    const y = periodRange('year', 2021);
    const card = (code: 'contractAmount' | 'trips', percentDone: number | null, halfDone: boolean) => ({
      code,
      measure: 'time' as const,
      percentDone,
      halfDone,
    });
    const level = {
      code: 'serviceClosureRate' as const,
      measure: 'level' as const,
      percentDone: 10,
      halfDone: false,
    };
    expect(doubleHalf(y, '2021-05-31', [card('contractAmount', 114, true), level])).toMatchObject({
      status: 'achieved',
      passed: 1,
      total: 1,
    });
    const mixed = [card('contractAmount', 114, true), card('trips', 41.7, false)];
    expect(doubleHalf(y, '2021-05-31', mixed)).toMatchObject({ status: 'pending', lagging: ['trips'] });
    expect(doubleHalf(y, '2021-06-30', mixed)).toMatchObject({ status: 'missed', lagging: ['trips'] });
    expect(doubleHalf(y, '2021-06-30', [card('trips', null, false)])).toBeNull();
    expect(doubleHalf(periodRange('half', 2021, 1), '2021-06-30', mixed)).toBeNull();
  });
});
