import type { SyncChange } from '../../main/sync/change';
import { ATTACHMENT_OWNERS_012 } from '../../main/db/migrations/012_syncTables';
import { syncedSpec } from '../../main/sync/syncedTables';
import type { TeamOf } from '../seams';
import type { Sql } from '../store/sql';

type Row = Record<string, unknown>;
/** A row's carried values (references as gids), or undefined when unknown. */
type RowOf = (tbl: string, gid: string) => Promise<Row | undefined>;

/**
 * Where a synced row belongs, as the office's ledger (mirror.*) says:
 * - a team belongs to itself; staff, projects, trips and targets to their team_id;
 * - a company to the team of its projects: the team of its earliest project (created_at, then
 *   gid) that has one; no team when none of its projects has one (a company nobody follows up
 *   yet, or only the office's own). A company two teams follow (撞单) thus has one team here;
 *   the 撞单 list, not this rule, tells the other team;
 * - contacts by their company; interactions, receptions and service issues by their project,
 *   else their company; stage history and arrivals by their project;
 * - trip members and stops by their trip, a stop's visits and events by its stop;
 * - memberships (interaction_staff, interaction_contacts, trip_members) by their first side;
 * - a 不是重复 mark by its lower company; an attachment by its owner; a sync conflict by the row
 *   it is about.
 * Unknown rows (and rows whose parent is unknown) answer undefined.
 */
export function makeTeamOf(sql: Sql, pending: readonly SyncChange[] = []): TeamOf {
  const overlay = pendingRows(pending);
  const rowOf: RowOf = async (tbl, gid) => {
    if (!syncedSpec(tbl) || syncedSpec(tbl)!.join) return undefined;
    const [stored] = await sql.query<Row>(`SELECT * FROM mirror.${tbl} WHERE gid = $1`, [gid]);
    const fresh = overlay.get(`${tbl}\n${gid}`);
    return stored || fresh ? { ...stored, ...fresh } : undefined;
  };
  const teamOf: TeamOf = (tbl, gid) => teamOfRow(sql, rowOf, teamOf, tbl, gid);
  return teamOf;
}

/**
 * The rows a push is about to create or change, so a change is judged with its parent from the
 * same push (a new project and its first stage history travel together).
 */
function pendingRows(changes: readonly SyncChange[]): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const c of changes) {
    if (c.op !== 'put' || !c.fields) continue;
    const key = `${c.tbl}\n${c.gid}`;
    rows.set(key, { ...rows.get(key), ...c.fields });
  }
  return rows;
}

const ref = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

async function teamOfRow(
  sql: Sql,
  rowOf: RowOf,
  teamOf: TeamOf,
  tbl: string,
  gid: string,
): Promise<string | null | undefined> {
  const spec = syncedSpec(tbl);
  if (!spec) return undefined;
  if (spec.join) {
    const first = gid.split('|')[0]!;
    return teamOf(tbl === 'trip_members' ? 'trips' : 'interactions', first);
  }
  if (tbl === 'companies') return companyTeam(sql, rowOf, gid);
  const row = await rowOf(tbl, gid);
  if (!row) return undefined;
  const parent = (t: string, column: string) => (ref(row[column]) ? teamOf(t, ref(row[column])!) : null);
  const projectElseCompany = async () =>
    ref(row.project_id)
      ? teamOf('projects', ref(row.project_id)!)
      : ref(row.company_id)
        ? teamOf('companies', ref(row.company_id)!)
        : null;
  switch (tbl) {
    case 'teams':
      return gid;
    case 'staff':
    case 'projects':
    case 'trips':
    case 'targets':
      return ref(row.team_id);
    case 'contacts':
      return parent('companies', 'company_id');
    case 'interactions':
    case 'receptions':
    case 'service_issues':
      return projectElseCompany();
    case 'project_stage_history':
    case 'investment_arrivals':
      return parent('projects', 'project_id');
    case 'trip_stops':
      return parent('trips', 'trip_id');
    case 'stop_visits':
    case 'stop_events':
      return parent('trip_stops', 'stop_id');
    case 'company_not_twins':
      return parent('companies', 'low_id');
    case 'attachments': {
      const owner = ATTACHMENT_OWNERS_012[String(row.owner_kind)];
      return owner ? parent(owner, 'owner_id') : null;
    }
    case 'sync_conflicts':
      return typeof row.tbl === 'string' && ref(row.gid_of_row)
        ? teamOf(row.tbl, ref(row.gid_of_row)!)
        : null;
    default:
      return null;
  }
}

async function companyTeam(sql: Sql, rowOf: RowOf, gid: string): Promise<string | null | undefined> {
  if (!(await rowOf('companies', gid))) return undefined;
  const [first] = await sql.query<{ team_id: string }>(
    `SELECT team_id FROM mirror.projects WHERE company_id = $1 AND team_id IS NOT NULL
     ORDER BY created_at, gid LIMIT 1`,
    [gid],
  );
  return first?.team_id ?? null;
}
