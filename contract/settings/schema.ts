import { z } from 'zod';
import { now } from '../shared/clock';
import { enumOf } from '../shared/fields';

/** 直线距离×1.25≈公路里程: the plains' rule of thumb (the reason is shown next to the setting). */
export const DEFAULT_ROAD_FACTOR = 1.25;

export const MONEY_UNITS = ['wan', 'yi'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

const whole = (label: string, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能超过${max}`);

/**
 * Every setting the app knows, with its schema. Rules that differ between zones (trip quotas,
 * quiet-day limits) live here rather than in code, as the zones set them themselves.
 */
export const settingSchemas = {
  /** Unit money is displayed in; storage is always whole yuan. */
  moneyUnit: enumOf(MONEY_UNITS, '金额单位'),
  /** Name written into the audit log and on records this person creates. */
  currentUser: z.string({ error: '当前用户应为文字' }).trim().max(50, '当前用户不能超过50个字'),
  /**
   * Road distance ÷ straight-line distance, for trip kilometre estimates. 1.25 by default: road
   * km run about a quarter over the straight line on the plains; hillier zones set it higher.
   */
  roadFactor: z
    .number({ error: '道路系数应为数字' })
    .min(1, '道路系数应在1至2之间')
    .max(2, '道路系数应在1至2之间'),
  /** Minimum outbound trips a year a leader must lead, by leader level. */
  leaderTripQuota: z.strictObject({
    city: whole('市级领导年度外出招商次数', 365),
    zone: whole('园区领导年度外出招商次数', 365),
  }),
  /** 企业安静日: a service team's on-site visits to one company per month. */
  quietDayLimits: z.strictObject({
    visitsPerMonth: whole('每月到企业走访次数上限', 31),
    daysPerMonth: whole('每月到企业走访天数上限', 31),
  }),
  /** Year assumed for imported rows that carry no year. */
  importDefaultYear: z
    .number({ error: '默认年度应为数字' })
    .int('默认年度应为整数')
    .min(2000, '默认年度应在2000至2100之间')
    .max(2100, '默认年度应在2000至2100之间'),
  /** 操作记录保留期限 in months; 0 keeps the whole history. */
  auditRetentionMonths: whole('操作记录保留月数', 120),
};

export type SettingKey = keyof typeof settingSchemas;
export type Settings = { [K in SettingKey]: z.output<(typeof settingSchemas)[K]> };
export const SETTING_KEYS = Object.keys(settingSchemas) as SettingKey[];

export function settingDefaults(today: Date = now()): Settings {
  return {
    moneyUnit: 'wan',
    currentUser: '',
    roadFactor: DEFAULT_ROAD_FACTOR,
    leaderTripQuota: { city: 6, zone: 12 },
    quietDayLimits: { visitsPerMonth: 3, daysPerMonth: 5 },
    importDefaultYear: today.getFullYear(),
    auditRetentionMonths: 0,
  };
}

const entry = <K extends SettingKey>(key: K) =>
  z.strictObject({ key: z.literal(key), value: settingSchemas[key] as (typeof settingSchemas)[K] });

export const settingSet = z.discriminatedUnion(
  'key',
  [
    entry('moneyUnit'),
    entry('currentUser'),
    entry('roadFactor'),
    entry('leaderTripQuota'),
    entry('quietDayLimits'),
    entry('importDefaultYear'),
    entry('auditRetentionMonths'),
  ],
  { error: '未知的设置项' },
);
export type SettingSet = z.input<typeof settingSet>;
