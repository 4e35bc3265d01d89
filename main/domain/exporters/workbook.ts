import type { Db } from '../../db/open';
import { TARGET_FIELDS, TARGET_LABELS, type ImportTarget } from '@contract/importers/fields';
import type { ExportKind } from '@contract/exporters/schema';
import { writeWorkbook, type SheetColumn, type SheetSpec } from './sheetWriter';

/**
 * The whole ledger in one workbook, one sheet per object, with the importer's own column names:
 * exported and imported into an empty database, it gives the same records back.
 */
const col = (
  target: ImportTarget,
  key: string,
  kind: ExportKind,
  value?: (r: Record<string, unknown>) => unknown,
): SheetColumn => {
  const field = TARGET_FIELDS[target].find((f) => f.key === key);
  if (!field) throw new Error(`no import field ${target}.${key}`);
  return { header: field.label, kind, value: value ?? ((r) => r[key]) };
};

const SHEETS: { target: ImportTarget; sql: string; columns: SheetColumn[] }[] = [
  {
    target: 'companies',
    sql: `SELECT name, credit_code AS creditCode, industry, chain, tier, is_chain_leader AS isChainLeader, hq_adcode AS hqAdcode,
      hq_address AS hqAddress, source_channel AS sourceChannel, registered_capital AS registeredCapital, website, intro,
      talking_points AS talkingPoints, notes FROM companies ORDER BY id`,
    columns: [
      col('companies', 'name', 'text'),
      col('companies', 'creditCode', 'text'),
      col('companies', 'industry', 'text'),
      col('companies', 'chain', 'text'),
      col('companies', 'tier', 'tier'),
      col('companies', 'isChainLeader', 'bool'),
      col('companies', 'hqAdcode', 'region'),
      col('companies', 'hqAddress', 'text'),
      col('companies', 'sourceChannel', 'text'),
      col('companies', 'registeredCapital', 'money'),
      col('companies', 'website', 'text'),
      col('companies', 'intro', 'text'),
      col('companies', 'talkingPoints', 'text'),
      col('companies', 'notes', 'text'),
    ],
  },
  {
    target: 'contacts',
    sql: `SELECT c.name AS companyName, c.credit_code AS companyCreditCode, k.name, k.title, k.mobile, k.phone, k.wechat,
      k.email, k.is_key AS isKey, k.notes FROM contacts k JOIN companies c ON c.id = k.company_id ORDER BY k.id`,
    columns: [
      col('contacts', 'companyName', 'text'),
      col('contacts', 'companyCreditCode', 'text'),
      col('contacts', 'name', 'text'),
      col('contacts', 'title', 'text'),
      col('contacts', 'mobile', 'phone'),
      col('contacts', 'phone', 'phone'),
      col('contacts', 'wechat', 'text'),
      col('contacts', 'email', 'text'),
      col('contacts', 'isKey', 'bool'),
      col('contacts', 'notes', 'text'),
    ],
  },
  {
    target: 'projects',
    sql: `SELECT p.name, c.name AS companyName, c.credit_code AS companyCreditCode, p.stage, p.stage_since AS stageSince,
      p.drop_reason AS dropReason, p.industry, p.chain, p.source_channel AS sourceChannel, p.planned_amount AS plannedAmount,
      p.contract_amount AS contractAmount, p.annual_plan_amount AS annualPlanAmount, p.completed_amount AS completedAmount,
      p.key_level AS keyLevel, p.is_industrial AS isIndustrial, p.site, p.land_mu AS landMu, t.name AS teamName,
      o.name AS ownerName, p.first_contact_on AS firstContactOn, p.signed_on AS signedOn, p.registered_on AS registeredOn,
      p.started_on AS startedOn, p.produced_on AS producedOn, p.full_on AS fullOn, p.next_follow_up_on AS nextFollowUpOn,
      p.next_follow_up_note AS nextFollowUpNote, p.notes
      FROM projects p LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN staff o ON o.id = p.owner_id
      LEFT JOIN teams t ON t.id = p.team_id ORDER BY p.id`,
    columns: [
      col('projects', 'name', 'text'),
      col('projects', 'companyName', 'text'),
      col('projects', 'companyCreditCode', 'text'),
      col('projects', 'stage', 'stage'),
      col('projects', 'stageSince', 'date'),
      col('projects', 'dropReason', 'text'),
      col('projects', 'industry', 'text'),
      col('projects', 'chain', 'text'),
      col('projects', 'sourceChannel', 'text'),
      col('projects', 'plannedAmount', 'money'),
      col('projects', 'contractAmount', 'money'),
      col('projects', 'annualPlanAmount', 'money'),
      col('projects', 'completedAmount', 'money'),
      col('projects', 'keyLevel', 'keyLevel'),
      col('projects', 'isIndustrial', 'bool'),
      col('projects', 'site', 'text'),
      col('projects', 'landMu', 'number'),
      col('projects', 'teamName', 'text'),
      col('projects', 'ownerName', 'text'),
      col('projects', 'firstContactOn', 'date'),
      col('projects', 'signedOn', 'date'),
      col('projects', 'registeredOn', 'date'),
      col('projects', 'startedOn', 'date'),
      col('projects', 'producedOn', 'date'),
      col('projects', 'fullOn', 'date'),
      col('projects', 'nextFollowUpOn', 'date'),
      col('projects', 'nextFollowUpNote', 'text'),
      col('projects', 'notes', 'text'),
    ],
  },
  {
    target: 'interactions',
    sql: `SELECT i.occurred_on AS occurredOn, c.name AS companyName, c.credit_code AS companyCreditCode, p.name AS projectName,
      i.kind, i.place, i.their_attendees_text AS theirAttendeesText, i.summary, i.sticking_points AS stickingPoints,
      i.promises, i.next_step AS nextStep, i.next_step_on AS nextStepOn, i.next_step_done AS nextStepDone, i.created_by AS createdBy
      FROM interactions i LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN projects p ON p.id = i.project_id ORDER BY i.id`,
    columns: [
      'occurredOn',
      'companyName',
      'companyCreditCode',
      'projectName',
      'kind',
      'place',
      'theirAttendeesText',
      'summary',
      'stickingPoints',
      'promises',
      'nextStep',
      'nextStepOn',
      'nextStepDone',
      'createdBy',
    ].map((k) =>
      col(
        'interactions',
        k,
        k.endsWith('On') ? 'date' : k === 'kind' ? 'interactionKind' : k === 'nextStepDone' ? 'bool' : 'text',
      ),
    ),
  },
  {
    target: 'serviceIssues',
    sql: `SELECT c.name AS companyName, c.credit_code AS companyCreditCode, p.name AS projectName, s.category, s.description,
      s.reported_on AS reportedOn, o.name AS ownerName, s.due_on AS dueOn, s.status, s.resolution, s.closed_on AS closedOn
      FROM service_issues s LEFT JOIN companies c ON c.id = s.company_id LEFT JOIN projects p ON p.id = s.project_id
      LEFT JOIN staff o ON o.id = s.owner_id ORDER BY s.id`,
    columns: [
      col('serviceIssues', 'companyName', 'text'),
      col('serviceIssues', 'companyCreditCode', 'text'),
      col('serviceIssues', 'projectName', 'text'),
      col('serviceIssues', 'category', 'issueCategory'),
      col('serviceIssues', 'description', 'text'),
      col('serviceIssues', 'reportedOn', 'date'),
      col('serviceIssues', 'ownerName', 'text'),
      col('serviceIssues', 'dueOn', 'date'),
      col('serviceIssues', 'status', 'issueStatus'),
      col('serviceIssues', 'resolution', 'text'),
      col('serviceIssues', 'closedOn', 'date'),
    ],
  },
];

/** Which sheet holds which object, for importing the workbook back sheet by sheet. */
export const WORKBOOK_SHEETS: { target: ImportTarget; name: string }[] = SHEETS.map((s) => ({
  target: s.target,
  name: TARGET_LABELS[s.target],
}));

export function exportWorkbook(db: Db): Promise<Buffer> {
  const sheets: SheetSpec[] = SHEETS.map((s) => ({
    name: TARGET_LABELS[s.target],
    columns: s.columns,
    rows: db.prepare(s.sql).iterate() as Iterable<Record<string, unknown>>,
  }));
  return writeWorkbook(sheets, 'wan');
}
