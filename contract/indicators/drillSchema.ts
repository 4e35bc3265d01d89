import { z } from 'zod';
import { enumOf, id } from '../shared/fields';
import { listQuery } from '../shared/listQuery';
import { INDICATOR_CODES } from '../targets/indicators';
import { BREAKDOWN_DIMENSIONS, checkPeriod, periodShape } from './schema';

// Pure: the dashboard builds drill-down links from these names and the lists take them back.

/**
 * The figures a dashboard card or chart segment shows, each a set of records of one list. An
 * indicator (contractAmount …) is its 目标任务 card; the others are chart segments:
 * - stageNow / stageReached (key: stage): a funnel row; dropped: 本期终止;
 * - signedInMonth / arrivedInMonth (key: 'YYYY-MM'): a month of the trend;
 * - signedBy / talksBy (dimension, key; null = 未填写): a slice of the breakdown;
 * - ownerOpen / ownerOverdue (key: staff id): a person's row of the workload;
 * - cycle (key: cycle kind), sameYearProduced: the speed figures.
 */
export const SEGMENT_FIGURES = [
  'stageNow',
  'stageReached',
  'dropped',
  'signedInMonth',
  'arrivedInMonth',
  'signedBy',
  'talksBy',
  'ownerOpen',
  'ownerOverdue',
  'cycle',
  'sameYearProduced',
] as const;
export const DRILL_FIGURES = [...INDICATOR_CODES, ...SEGMENT_FIGURES] as const;
export type DrillFigure = (typeof DRILL_FIGURES)[number];

/** The lists a figure opens. */
export const DRILL_AREAS = ['projects', 'companies', 'trips', 'receptions', 'serviceIssues'] as const;
export type DrillArea = (typeof DRILL_AREAS)[number];

const OTHER_LISTS: Partial<Record<DrillFigure, DrillArea>> = {
  trips: 'trips',
  visitorPersonTimes: 'receptions',
  serviceClosureRate: 'serviceIssues',
  // Distinct companies: the list of those companies, so its count is the figure.
  companiesVisited: 'companies',
};

/** The list a figure opens: the projects, unless it counts other records. */
export const figureArea = (figure: DrillFigure): DrillArea => OTHER_LISTS[figure] ?? 'projects';

/** A figure for a period (its lived part up to `asOf` is what was counted) and scope. */
export const drillInput = z
  .strictObject({
    ...periodShape,
    figure: enumOf(DRILL_FIGURES, '指标'),
    key: z.union([z.string().max(200), z.number().int(), z.null()]).optional(),
    dimension: enumOf(BREAKDOWN_DIMENSIONS, '分类维度').optional(),
  })
  .superRefine(checkPeriod);
export type DrillInput = z.input<typeof drillInput>;

/** A list's query that may also carry a drill-down: the list then holds exactly the figure's records. */
export const drillListQuery = listQuery.extend({ drill: drillInput.optional() });

/** The projects grid: a drill, or one company's projects (the company page). Here, not in
 * projects/, because the figures read the projects' stages: projects/ stays below indicators/. */
export const projectListQuery = drillListQuery.extend({ companyId: id('企业编号').optional() });
export type ProjectListQuery = z.input<typeof projectListQuery>;

/** What the records of a drill-down add up to, shown beside the list's count. */
export interface DrillTotals {
  area: DrillArea;
  /** Records in the list. */
  count: number;
  /** The money or people the figure sums over those records; null for a plain count. */
  sum: { of: DrillSumKind; value: number } | null;
  /** For 办结率: closed by the period's end, of those received in it. */
  parts?: { done: number; total: number; rate: number | null };
}

export type DrillSumKind = 'contractAmount' | 'plannedAmount' | 'arrivedAmount' | 'openAmount' | 'headcount';
