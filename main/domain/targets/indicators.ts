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

export interface Indicator {
  code: string;
  name: string;
  unit: IndicatorUnit;
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
    definition: '本年度签约项目的合同投资额之和，按签约日期计入年度。',
  },
  arrivedAmount: {
    code: 'arrivedAmount',
    name: '实到投资额',
    unit: 'yuan',
    definition: '本年度项目实际到位的投资之和，按到资日期计入年度。',
  },
  newBigProjects: {
    code: 'newBigProjects',
    name: '新引进亿元以上项目',
    unit: 'count',
    definition: '本年度签约且合同投资额（未填时按计划投资）在1亿元及以上的项目个数。',
  },
  negotiatingBigCount: {
    code: 'negotiatingBigCount',
    name: '亿元以上在谈项目（个）',
    unit: 'count',
    definition: '统计时处于洽谈阶段、计划投资在1亿元及以上的项目个数。',
  },
  negotiatingBigAmount: {
    code: 'negotiatingBigAmount',
    name: '亿元以上在谈项目总投资',
    unit: 'yuan',
    definition: '统计时处于洽谈阶段、计划投资在1亿元及以上的项目的计划投资之和。',
  },
  majorIndustrial: {
    code: 'majorIndustrial',
    name: '5亿元以上重大工业项目',
    unit: 'count',
    definition: '本年度签约的工业项目中，合同投资额在5亿元及以上的项目个数。',
  },
  startedProjects: {
    code: 'startedProjects',
    name: '开工项目',
    unit: 'count',
    definition: '开工日期在本年度内的项目个数。',
  },
  producedProjects: {
    code: 'producedProjects',
    name: '投产项目',
    unit: 'count',
    definition: '投产日期在本年度内的项目个数。',
  },
  trips: {
    code: 'trips',
    name: '外出招商次数',
    unit: 'count',
    definition: '本年度出发的外出招商行程次数，已取消的行程不计。',
  },
  companiesVisited: {
    code: 'companiesVisited',
    name: '走访企业数',
    unit: 'count',
    definition: '本年度外出招商中实际走访的企业家数，同一企业多次走访计为一家。',
  },
  visitorPersonTimes: {
    code: 'visitorPersonTimes',
    name: '接待客商人次',
    unit: 'personTimes',
    definition: '本年度来访接待的客商人数之和，按人次累计。',
  },
  serviceClosureRate: {
    code: 'serviceClosureRate',
    name: '企业诉求办结率',
    unit: 'percent',
    definition: '本年度受理的企业诉求中已办结件数所占比例，以万分之一为单位存储（95.5% 记为 9550）。',
  },
};

/** Largest sensible target per unit: catches a value typed in the wrong unit. */
export const UNIT_MAX: Record<IndicatorUnit, number> = {
  yuan: 1e15,
  count: 1_000_000,
  personTimes: 100_000_000,
  percent: PERCENT_FULL,
};
