import { z } from 'zod';
import { isIsoDate } from './time';

// Every schema speaks Chinese to the person who typed the value.
z.config(z.locales.zhCN());

/** Empty strings from forms and spreadsheets mean "no value". */
const blankToNull = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? null : v);

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);

export const optionalText = (label: string, max = 200) =>
  z.preprocess(blankToNull, z.string().trim().max(max, `${label}不能超过${max}个字`).nullable()).optional();

export const isoDate = (label: string) =>
  z.string({ error: `请填写${label}` }).refine(isIsoDate, `${label}应为有效日期（YYYY-MM-DD）`);

export const optionalDate = (label: string) =>
  z.preprocess(blankToNull, isoDate(label).nullable()).optional();

/** Money in whole yuan. 1e15 yuan is far beyond any project and far inside 2^53. */
export const yuan = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数（元）`)
    .min(0, `${label}不能为负数`)
    .max(1e15, `${label}过大`);

export const optionalYuan = (label: string) => z.preprocess(blankToNull, yuan(label).nullable()).optional();

export const id = (label = '编号') =>
  z
    .number({ error: `${label}无效` })
    .int(`${label}无效`)
    .positive(`${label}无效`)
    .max(Number.MAX_SAFE_INTEGER);

export const optionalId = (label: string) => z.preprocess(blankToNull, id(label).nullable()).optional();

/** Six-digit administrative division code (行政区划代码). */
export const adcode = (label = '行政区划') =>
  z
    .number({ error: `请选择${label}` })
    .int(`${label}代码无效`)
    .min(110000, `${label}代码无效`)
    .max(829999, `${label}代码无效`);

export const optionalAdcode = (label?: string) =>
  z.preprocess(blankToNull, adcode(label).nullable()).optional();

export const flag = () => z.boolean().optional();

export function enumOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `${label}取值无效` });
}
