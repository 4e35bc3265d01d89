import dayjs, { type Dayjs } from 'dayjs';
import type { ProjectCreate, ProjectRow } from '../../../../../main/domain/projects/schema';
import type { ProjectStage } from '../../../../../main/domain/projects/stages';
import { moneyScale, toYuan, type MoneyUnit } from '../../../format/money';

export const MONEY_FIELDS = [
  'plannedAmount',
  'contractAmount',
  'annualPlanAmount',
  'completedAmount',
] as const;
export const DATE_FIELDS = [
  'firstContactOn',
  'signedOn',
  'registeredOn',
  'startedOn',
  'producedOn',
  'fullOn',
  'nextFollowUpOn',
] as const;
type MoneyField = (typeof MONEY_FIELDS)[number];
type DateField = (typeof DATE_FIELDS)[number];

/** What the form holds: money in the person's unit (万元/亿元), dates as dayjs. */
export type ProjectFormValues = Omit<ProjectCreate, MoneyField | DateField | 'stageSince'> & {
  [K in MoneyField]?: number | null;
} & { [K in DateField]?: Dayjs | null } & { stageSince?: Dayjs | null; stage?: ProjectStage };

const day = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null);
const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

export function toFormValues(p: ProjectRow, unit: MoneyUnit): ProjectFormValues {
  const scale = moneyScale(unit);
  const values: ProjectFormValues = {
    name: p.name,
    companyId: p.companyId,
    industry: p.industry,
    chain: p.chain,
    sourceChannel: p.sourceChannel,
    keyLevel: p.keyLevel,
    isIndustrial: p.isIndustrial,
    site: p.site,
    landMu: p.landMu,
    ownerId: p.ownerId,
    teamId: p.teamId,
    nextFollowUpNote: p.nextFollowUpNote,
    notes: p.notes,
  };
  for (const f of MONEY_FIELDS) values[f] = p[f] === null ? null : p[f] / scale;
  for (const f of DATE_FIELDS) values[f] = day(p[f]);
  return values;
}

/** Back to the contract's shape: whole yuan, ISO dates, blanks as null. */
export function fromFormValues(v: ProjectFormValues, unit: MoneyUnit): ProjectCreate {
  const { stageSince, stage, dropReason, ...rest } = v;
  const out: ProjectCreate = { ...rest, name: v.name };
  for (const f of MONEY_FIELDS) {
    const n = v[f];
    out[f] = n === null || n === undefined ? null : toYuan(n, unit);
  }
  for (const f of DATE_FIELDS) out[f] = iso(v[f]);
  if (stage) {
    out.stage = stage;
    out.stageSince = iso(stageSince) ?? undefined;
    out.dropReason = stage === 'dropped' ? dropReason : undefined;
  }
  return out;
}

export const newProjectValues = (): ProjectFormValues => ({
  name: '',
  stage: 'lead',
  stageSince: dayjs(),
  isIndustrial: true,
});

/** Money typed in 万元/亿元 reads with thousands separators, like everywhere else it is shown. */
export const moneyInputProps = {
  formatter: (v: number | string | undefined): string => {
    const [int = '', frac] = String(v ?? '').split('.');
    return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
  },
  // A string back, so an emptied box stays empty (null) instead of becoming 0.
  parser: (v: string | undefined): string => (v ?? '').replace(/,/g, ''),
};
