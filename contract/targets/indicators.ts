/**
 * The annual indicators a zone is measured on (目标任务). Pure: the renderer shows the same
 * names, units and definitions the reports use.
 *
 * Storage unit of a target value, by `unit`:
 * - yuan: whole yuan (84.57亿 = 8457000000), shown as 万元/亿元;
 * - count / personTimes: a plain integer;
 * - percent: basis points, i.e. hundredths of a percent (95.5% = 9550, 100% = 10000), so an
 *   INTEGER column keeps two decimals.
 */
export type IndicatorUnit = 'yuan' | 'count' | 'percent' | 'personTimes';

/**
 * How progress is read. `time`: a total that grows through the year, read against the share of
 * the period elapsed (时间过半、任务过半) and prorated for shorter periods. `level`: a state on
 * the statistics day (在谈项目, 办结率), read against the target itself.
 */
export type IndicatorMeasure = 'time' | 'level';

export interface Indicator {
  code: string;
  name: string;
  unit: IndicatorUnit;
  measure: IndicatorMeasure;
  definition: string;
}

/** 100% in the stored percent unit. */
export const PERCENT_FULL = 10_000;

export const INDICATOR_CODES = [
  'contractAmount',
  'arrivedAmount',
  'newBigProjects',
  'negotiatingBigCount',
  'negotiatingBigAmount',
  'majorIndustrial',
  'signedProjects',
  'startedProjects',
  'producedProjects',
  'trips',
  'companiesVisited',
  'visitorPersonTimes',
  'serviceClosureRate',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const INDICATORS: Record<IndicatorCode, Indicator> = {
  contractAmount: {
    code: 'contractAmount',
    name: '合同投资额',
    unit: 'yuan',
    measure: 'time',
    definition:
      '本期签约项目的合同投资额之和，按签约日期计入（12月31日签约的计入当年）；签约后又终止或退回洽谈的不计。',
  },
  arrivedAmount: {
    code: 'arrivedAmount',
    name: '实到投资额',
    unit: 'yuan',
    measure: 'time',
    definition: '本期项目实际到位的投资之和，按到资日期计入。',
  },
  newBigProjects: {
    code: 'newBigProjects',
    name: '新引进亿元以上项目',
    unit: 'count',
    measure: 'time',
    definition: '本期签约且合同投资额在1亿元及以上的项目个数；签约后又终止或退回洽谈的不计。',
  },
  negotiatingBigCount: {
    code: 'negotiatingBigCount',
    name: '亿元以上在谈项目（个）',
    unit: 'count',
    measure: 'level',
    definition:
      '统计日处于考察或洽谈阶段、计划投资在1亿元及以上的项目个数；线索、接洽阶段和已终止的项目不计。',
  },
  negotiatingBigAmount: {
    code: 'negotiatingBigAmount',
    name: '亿元以上在谈项目总投资',
    unit: 'yuan',
    measure: 'level',
    definition:
      '统计日处于考察或洽谈阶段、计划投资在1亿元及以上的项目的计划投资之和；线索、接洽阶段和已终止的项目不计。',
  },
  majorIndustrial: {
    code: 'majorIndustrial',
    name: '5亿元以上重大工业项目',
    unit: 'count',
    measure: 'time',
    definition: '本期签约的工业项目中，合同投资额在5亿元及以上的项目个数。',
  },
  signedProjects: {
    code: 'signedProjects',
    name: '签约项目',
    unit: 'count',
    measure: 'time',
    definition: '本期签约的项目个数，按签约日期计入；签约后又终止或退回洽谈的不计。',
  },
  startedProjects: {
    code: 'startedProjects',
    name: '开工项目',
    unit: 'count',
    measure: 'time',
    definition: '开工日期在本期内、目前处于开工及以后阶段的项目个数。',
  },
  producedProjects: {
    code: 'producedProjects',
    name: '投产项目',
    unit: 'count',
    measure: 'time',
    definition: '投产日期在本期内、目前处于投产或达产阶段的项目个数。',
  },
  trips: {
    code: 'trips',
    name: '外出招商次数',
    unit: 'count',
    measure: 'time',
    definition: '本期出发的外出招商行程次数，已取消的行程不计。',
  },
  companiesVisited: {
    code: 'companiesVisited',
    name: '走访企业数',
    unit: 'count',
    measure: 'time',
    definition:
      '本期实际走访的企业家数（外出招商中已完成的走访和“走访”类洽谈记录），同一企业多次走访计为一家。',
  },
  visitorPersonTimes: {
    code: 'visitorPersonTimes',
    name: '接待客商人次',
    unit: 'personTimes',
    measure: 'time',
    definition: '本期来访接待的客商人数之和，按人次累计，按接待开始日期计入。',
  },
  serviceClosureRate: {
    code: 'serviceClosureRate',
    name: '企业诉求办结率',
    unit: 'percent',
    measure: 'level',
    definition: '本期受理的企业诉求中，截至期末已办结件数所占比例。',
  },
};

/** 1亿元 and 5亿元 in yuan: the thresholds of 亿元以上项目 and 重大工业项目. */
export const BIG_PROJECT_YUAN = 100_000_000;
export const MAJOR_PROJECT_YUAN = 500_000_000;

/**
 * 在谈: a site visit (考察) already means talks about a concrete investment, so it counts with
 * 洽谈; 线索 and 接洽 are too early to report, and 终止 never counts.
 */
export const IN_TALKS_STAGES = ['visit', 'negotiating'] as const;

/**
 * The stages a project still holds after reaching a milestone. The milestone date is kept when a
 * project is dropped or sent back, so the indicators also ask for the current stage: a contract
 * that was cancelled (终止) or reopened (退回洽谈) no longer counts as signed.
 */
export const SIGNED_STAGES = ['signed', 'registered', 'started', 'producing', 'full'] as const;
export const STARTED_STAGES = ['started', 'producing', 'full'] as const;
export const PRODUCED_STAGES = ['producing', 'full'] as const;

/** A project stays someone's work until it produces (投产): 线索 … 开工, the workload's 在办. */
export const OPEN_STAGES = [
  'lead',
  'contact',
  'visit',
  'negotiating',
  'signed',
  'registered',
  'started',
] as const;

/** Largest sensible target per unit: catches a value typed in the wrong unit. */
export const UNIT_MAX: Record<IndicatorUnit, number> = {
  yuan: 1e15,
  count: 1_000_000,
  personTimes: 100_000_000,
  percent: PERCENT_FULL,
};
