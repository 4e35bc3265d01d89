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
}

/**
 * 双过半 (时间过半、任务过半) of a whole year: every `time` indicator with a target at least
 * half done and not behind time. Reached before mid-year it is 提前实现 (achieved); still open
 * before 30 June it is pending; open on or after 30 June it is missed. Null for other periods
 * or when no target is set.
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
  const midYear = `${range.from.slice(0, 4)}-06-30`;
  const status: DoubleHalfStatus = lagging.length === 0 ? 'achieved' : asOf >= midYear ? 'missed' : 'pending';
  return { status, passed: judged.length - lagging.length, total: judged.length, lagging };
}
