import { z } from 'zod';
import { creditCodeMessages, creditCodeProblem, normalizeCreditCode } from '../shared/creditCode';
import { enumOf, flag, id, optionalAdcode, optionalText, optionalYuan, requiredText } from '../shared/fields';

export const COMPANY_TIERS = [
  'global500',
  'china500',
  'soe',
  'private100',
  'listed',
  'specialized',
  'other',
] as const;
export type CompanyTier = (typeof COMPANY_TIERS)[number];

export const creditCodeField = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? null : normalizeCreditCode(v)) : v),
  z
    .string()
    .superRefine((code, ctx) => {
      const problem = creditCodeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: creditCodeMessages[problem] });
    })
    .nullable()
    .optional(),
);

const coordinate = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .min(min, `${label}超出范围`)
    .max(max, `${label}超出范围`)
    .nullable()
    .optional();

export const companyFields = {
  name: requiredText('企业名称', 100),
  creditCode: creditCodeField,
  industry: optionalText('行业', 50),
  chain: optionalText('产业链', 50),
  tier: enumOf(COMPANY_TIERS, '企业层级').nullable().optional(),
  isChainLeader: flag(),
  hqAdcode: optionalAdcode('总部所在地'),
  hqAddress: optionalText('总部地址', 200),
  lng: coordinate('经度', 70, 140),
  lat: coordinate('纬度', 0, 60),
  sourceChannel: optionalText('信息来源', 50),
  registeredCapital: optionalYuan('注册资本'),
  website: optionalText('网址', 200),
  intro: optionalText('企业简介', 4000),
  talkingPoints: optionalText('洽谈要点', 4000),
  notes: optionalText('备注', 4000),
};

export const companyCreate = z.strictObject(companyFields);
export type CompanyCreate = z.input<typeof companyCreate>;

export const companyUpdate = z.strictObject({
  id: id('企业编号'),
  patch: z.strictObject(companyFields).partial(),
});
export type CompanyUpdate = z.input<typeof companyUpdate>;

export interface Company {
  id: number;
  name: string;
  creditCode: string | null;
  industry: string | null;
  chain: string | null;
  tier: CompanyTier | null;
  isChainLeader: boolean;
  hqAdcode: number | null;
  hqAddress: string | null;
  lng: number | null;
  lat: number | null;
  sourceChannel: string | null;
  registeredCapital: number | null;
  website: string | null;
  intro: string | null;
  talkingPoints: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A grid row: the company plus counts people scan for. */
export interface CompanyRow extends Company {
  projectCount: number;
  contactCount: number;
}
