// Pure: how a value reads against its target and against the calendar.
import type { IndicatorCode, IndicatorMeasure } from '../targets/indicators';
import { isWholeYear, yearShares, type DateRange } from './period';

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

export interface Progress {
  /** Percent of the target reached; null without a (non-zero) target. */
  percentDone: number | null;
  /** Percent of the period elapsed; null for `level` indicators, which do not accrue. */
  percentElapsed: number | null;
  /** Behind time (time) or below target (level). */
  behind: boolean;
  /** 任务过半: at least half done and not behind time. Only `time` indicators take part. */
  halfDone: boolean;
}

export function readProgress(
  measure: IndicatorMeasure,
  value: number | null,
  target: number | null,
  elapsed: number,
): Progress {
  const percentDone =
    value !== null && target !== null && target > 0 ? oneDecimal((value / target) * 100) : null;
  if (measure === 'level') {
    return {
      percentDone,
      percentElapsed: null,
      behind: percentDone !== null && percentDone < 100,
      halfDone: false,
    };
  }
  const percentElapsed = oneDecimal(elapsed);
  return {
    percentDone,
    percentElapsed,
    behind: percentDone !== null && percentDone < percentElapsed,
    halfDone: percentDone !== null && percentDone >= 50 && percentDone >= percentElapsed,
  };
}

/**
 * The target of a period from annual targets. A `time` target is prorated by days (a quarter
 * of 365 days gets 90/365 of the year's target; a range over two years takes its share of
 * each), so progress can be read for any period; null when a year it touches has no target.
 * A `level` target is the one of the year the period ends in.
 */
export function periodTarget(
  measure: IndicatorMeasure,
  range: DateRange,
  annual: (year: number) => number | undefined,
): number | null {
  if (measure === 'level') return annual(Number(range.to.slice(0, 4))) ?? null;
  let total = 0;
  for (const share of yearShares(range)) {
    const t = annual(share.year);
    if (t === undefined) return null;
    total += (t * share.days) / share.yearDays;
  }
  return Math.round(total);
}

export const DOUBLE_HALF_STATUSES = ['achieved', 'pending', 'missed'] as const;
export type DoubleHalfStatus = (typeof DOUBLE_HALF_STATUSES)[number];

export interface DoubleHalf {
  status: DoubleHalfStatus;
  passed: number;
  total: number;
  /** The indicators not yet half done, in catalogue order. */
  lagging: IndicatorCode[];
  /**
   * The statistics day the verdict was read on: the report's own day up to 30 June, and
   * 30 June itself after it — 双过半 is a mid-year judgement, never re-read against December.
   */
  judgedOn: string;
}

/** 30 June of the year a whole-year range covers: the day 双过半 is judged. */
export const midYearDay = (range: DateRange): string => `${range.from.slice(0, 4)}-06-30`;

/** The day a whole year's 双过半 is read on: the statistics day, at the latest 30 June. */
export function doubleHalfDay(range: DateRange, asOf: string): string {
  const mid = midYearDay(range);
  return asOf < mid ? asOf : mid;
}

/**
 * 过半 on a card is the mid-year reading: it is shown only for a whole year up to 30 June.
 * Later in the year (or for a quarter or a month) a card is 正常 or 滞后, never 过半.
 */
export const halfDoneShown = (range: DateRange, asOf: string): boolean =>
  isWholeYear(range) && asOf <= midYearDay(range);

/**
 * Percentage points ahead of (+) or behind (−) 序时进度, one decimal; null without a target or
 * for a `level` indicator.
 */
export function pointsAhead(p: Pick<Progress, 'percentDone' | 'percentElapsed'>): number | null {
  if (p.percentDone === null || p.percentElapsed === null) return null;
  return oneDecimal(p.percentDone - p.percentElapsed);
}

/**
 * 双过半 (时间过半、任务过半) of a whole year: every `time` indicator with a target at least
 * half done and not behind time. Reached before mid-year it is 提前实现 (achieved); still open
 * before 30 June it is pending; open on 30 June it is missed. `cards` must be read on
 * `doubleHalfDay(range, asOf)`. Null for other periods or when no target is set.
 */
export function doubleHalf(
  range: DateRange,
  asOf: string,
  cards: { code: IndicatorCode; measure: IndicatorMeasure; percentDone: number | null; halfDone: boolean }[],
): DoubleHalf | null {
  if (!isWholeYear(range)) return null;
  const judged = cards.filter((c) => c.measure === 'time' && c.percentDone !== null);
  if (judged.length === 0) return null;
  const lagging = judged.filter((c) => !c.halfDone).map((c) => c.code);
  const judgedOn = doubleHalfDay(range, asOf);
  const status: DoubleHalfStatus =
    lagging.length === 0 ? 'achieved' : judgedOn >= midYearDay(range) ? 'missed' : 'pending';
  return { status, passed: judged.length - lagging.length, total: judged.length, lagging, judgedOn };
}
