import type { Db } from '../../db/open';
import { notFound } from '@contract/shared/errors';
import { defineTable } from '../store/table';
import type { Project, ProjectRow } from '@contract/projects/schema';

export const projects = defineTable<Project>({
  table: 'projects',
  entity: 'project',
  label: '项目',
  columns: {
    id: 'id',
    name: 'name',
    companyId: 'company_id',
    stage: 'stage',
    stageSince: 'stage_since',
    dropReason: 'drop_reason',
    industry: 'industry',
    chain: 'chain',
    sourceChannel: 'source_channel',
    plannedAmount: 'planned_amount',
    contractAmount: 'contract_amount',
    keyLevel: 'key_level',
    annualPlanAmount: 'annual_plan_amount',
    completedAmount: 'completed_amount',
    isIndustrial: 'is_industrial',
    site: 'site',
    landMu: 'land_mu',
    ownerId: 'owner_id',
    teamId: 'team_id',
    firstContactOn: 'first_contact_on',
    signedOn: 'signed_on',
    registeredOn: 'registered_on',
    startedOn: 'started_on',
    producedOn: 'produced_on',
    fullOn: 'full_on',
    droppedOn: 'dropped_on',
    nextFollowUpOn: 'next_follow_up_on',
    nextFollowUpNote: 'next_follow_up_note',
    notes: 'notes',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  booleans: ['isIndustrial'],
});

export const PROJECT_FROM = `projects p
  LEFT JOIN companies c ON c.id = p.company_id
  LEFT JOIN staff o ON o.id = p.owner_id
  LEFT JOIN teams t ON t.id = p.team_id`;

// Counted in the office's local days, so a stage entered today shows 0 all day long.
export const DAYS_IN_STAGE = `CAST(julianday(office_today()) - julianday(p.stage_since) AS INTEGER)`;
export const ARRIVED_AMOUNT = `(SELECT coalesce(sum(a.amount), 0) FROM investment_arrivals a WHERE a.project_id = p.id)`;

export const PROJECT_SELECT = [
  ...Object.entries(projects.def.columns).map(([field, col]) => `p.${col} AS "${field}"`),
  'c.name AS companyName',
  'o.name AS ownerName',
  't.name AS teamName',
  `${DAYS_IN_STAGE} AS daysInStage`,
  `${ARRIVED_AMOUNT} AS arrivedAmount`,
].join(', ');

export const toProjectRow = (r: Record<string, unknown>): ProjectRow =>
  ({ ...r, isIndustrial: r.isIndustrial === 1 }) as ProjectRow;

export function getProject(db: Db, id: number): ProjectRow {
  const raw = db.prepare(`SELECT ${PROJECT_SELECT} FROM ${PROJECT_FROM} WHERE p.id = ?`).get(id) as
    Record<string, unknown> | undefined;
  if (!raw) throw notFound('项目', id);
  return toProjectRow(raw);
}
