import dayjs, { type Dayjs } from 'dayjs';
import type { ProjectCreate, ProjectRow } from '@contract/projects/schema';
import type { ProjectStage } from '@contract/projects/pipelineStages';

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

/** What the form holds: money in whole yuan (MoneyField reads what is typed), dates as dayjs. */
export type ProjectFormValues = Omit<ProjectCreate, MoneyField | DateField | 'stageSince'> & {
  [K in MoneyField]?: number | null;
} & { [K in DateField]?: Dayjs | null } & { stageSince?: Dayjs | null; stage?: ProjectStage };

const day = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null);
const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

export function toFormValues(p: ProjectRow): ProjectFormValues {
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
  for (const f of MONEY_FIELDS) values[f] = p[f];
  for (const f of DATE_FIELDS) values[f] = day(p[f]);
  return values;
}

/** Back to the contract's shape: whole yuan, ISO dates, blanks as null. */
export function fromFormValues(v: ProjectFormValues): ProjectCreate {
  const { stageSince, stage, dropReason, ...rest } = v;
  const out: ProjectCreate = { ...rest, name: v.name };
  for (const f of MONEY_FIELDS) {
    const n = v[f];
    out[f] = n ?? null;
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
