import { z } from 'zod';
import { enumOf, id, optionalId } from '../shared/fields';
import { INDICATOR_CODES, INDICATORS, UNIT_MAX, type IndicatorCode, type IndicatorUnit } from './indicators';

const year = z
  .number({ error: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度应在2000至2100之间')
  .max(2100, '年度应在2000至2100之间');

const tooLarge: Record<IndicatorUnit, string> = {
  yuan: '目标值过大（单位：元）',
  count: '目标个数过大',
  personTimes: '目标人次过大',
  percent: '比率目标不能超过100%（10000）',
};

export const targetSet = z
  .strictObject({
    year,
    indicator: enumOf(INDICATOR_CODES, '指标'),
    /** Absent or null: the target of the whole office, not of one team. */
    teamId: optionalId('小分队'),
    value: z.number({ error: '目标值应为数字' }).int('目标值应为整数').min(0, '目标值不能为负数'),
  })
  .superRefine((t, ctx) => {
    const unit = INDICATORS[t.indicator].unit;
    if (t.value > UNIT_MAX[unit]) ctx.addIssue({ code: 'custom', path: ['value'], message: tooLarge[unit] });
  });
export type TargetSet = z.input<typeof targetSet>;

export const targetList = z.strictObject({ year });
export type TargetList = z.input<typeof targetList>;

export const targetDelete = z.strictObject({ id: id('目标编号') });

export const targetCopy = z
  .strictObject({ fromYear: year, toYear: year })
  .refine((c) => c.fromYear !== c.toYear, { message: '复制的来源年度和目标年度不能相同', path: ['toYear'] });
export type TargetCopy = z.input<typeof targetCopy>;

export interface Target {
  id: number;
  year: number;
  indicator: IndicatorCode;
  teamId: number | null;
  value: number;
  createdAt: string;
  updatedAt: string;
}

export interface TargetRow extends Target {
  teamName: string | null;
  indicatorName: string;
  unit: IndicatorUnit;
}
