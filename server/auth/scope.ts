import type { SyncChange } from '@contract/sync/bundleSchema';
import { ATTACHMENT_OWNERS_012, SYNCED_TABLES_012 } from '../../main/db/migrations/012_syncTables';
import type { Caller, TeamOf } from '../seams';

/**
 * What a 小分队 member may change and receive. 局领导 and 办公室 change and receive everything.
 *
 * Where a row belongs: projects, trips and staff by their own team_id; their children through
 * the parent that owns them (stage history, arrivals → project; members, stops → trip; visits,
 * events → stop; interactions, receptions, service issues → their project, or their company
 * when they have none; contacts → company; attachments → what they are attached to).
 *
 * Companies are shared ground: several teams may pursue one company (the office's 撞单 list
 * shows it). A member may create companies, and edit a company unless only other teams have
 * projects with it. The sync engine's TeamOf answers for a company: its team when one team's
 * projects point at it, null when none do or several teams' do, so "another team's company"
 * is exactly a company TeamOf gives another team for.
 *
 * Rows of no team: a company (and what hangs off it) is open to every team; a project, trip or
 * staff member of no team (and their children) is the office's, which a member does not change.
 *
 * A member receives their team's rows, companies open to every team, the office's lists
 * (teams, targets) and every staff row, which records everywhere point at; the rest (other
 * teams' and the office's projects, trips, companies and what hangs off them) only while the
 * office setting team_reads_others is on, read only since their changes are refused.
 */

/** Where a row belongs, seen from the caller's team. */
type Owner = 'mine' | 'shared' | 'other' | 'office' | 'unknown';

type Parent = readonly [column: string, table: string];
type Rule =
  /** teams, targets: the office's own lists. */
  | { kind: 'office' }
  /** projects, trips, staff: their team_id. */
  | { kind: 'team' }
  | { kind: 'company' }
  /** The first parent column a row fills (the project before the company) owns it. */
  | { kind: 'child'; parents: readonly Parent[] }
  /** Join rows: their gid is 'parent gid|other gid' and the first parent owns them. */
  | { kind: 'join'; parent: string }
  | { kind: 'attachment' }
  | { kind: 'notTwins' }
  /** A conflict belongs where the row it is about belongs. */
  | { kind: 'conflict' };

const byProjectOrCompany: Parent[] = [
  ['project_id', 'projects'],
  ['company_id', 'companies'],
];

export const SCOPE_RULES: Readonly<Record<string, Rule>> = {
  teams: { kind: 'office' },
  targets: { kind: 'office' },
  staff: { kind: 'team' },
  projects: { kind: 'team' },
  trips: { kind: 'team' },
  companies: { kind: 'company' },
  contacts: { kind: 'child', parents: [['company_id', 'companies']] },
  project_stage_history: { kind: 'child', parents: [['project_id', 'projects']] },
  investment_arrivals: { kind: 'child', parents: [['project_id', 'projects']] },
  interactions: { kind: 'child', parents: byProjectOrCompany },
  receptions: { kind: 'child', parents: byProjectOrCompany },
  service_issues: { kind: 'child', parents: byProjectOrCompany },
  interaction_staff: { kind: 'join', parent: 'interactions' },
  interaction_contacts: { kind: 'join', parent: 'interactions' },
  trip_members: { kind: 'join', parent: 'trips' },
  trip_stops: { kind: 'child', parents: [['trip_id', 'trips']] },
  stop_visits: { kind: 'child', parents: [['stop_id', 'trip_stops']] },
  stop_events: { kind: 'child', parents: [['stop_id', 'trip_stops']] },
  attachments: { kind: 'attachment' },
  company_not_twins: { kind: 'notTwins' },
  sync_conflicts: { kind: 'conflict' },
};

/** Tables whose rows of no team hang off a company (open to every team) or may: the rest are the office's. */
const OPEN_WHEN_TEAMLESS = new Set([
  'companies',
  'contacts',
  'interactions',
  'interaction_staff',
  'interaction_contacts',
  'receptions',
  'service_issues',
  'attachments',
  'company_not_twins',
  'sync_conflicts',
]);

/** Own keys only: a table named 'constructor' or '__proto__' is no table of ours. */
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const WORST: readonly Owner[] = ['other', 'office', 'unknown', 'shared', 'mine'];
const worst = (a: Owner, b: Owner): Owner => (WORST.indexOf(a) <= WORST.indexOf(b) ? a : b);

class ScopeOf {
  constructor(
    private readonly team: string | null,
    private readonly teamOf: TeamOf,
  ) {}

  private ownerOfTeam(team: string | null, tbl: string): Owner {
    if (team !== null && team === this.team) return 'mine';
    if (team === null) return OPEN_WHEN_TEAMLESS.has(tbl) ? 'shared' : 'office';
    return 'other';
  }

  /** Where the row `gid` of `tbl` belongs now, as the server's ledger says. */
  async ofRow(tbl: string, gid: string): Promise<Owner> {
    const rule = own(SCOPE_RULES, tbl);
    if (!rule) return 'office';
    if (rule.kind === 'office') return 'office';
    if (rule.kind === 'join') return this.ofRow(rule.parent, gid.split('|')[0] ?? '');
    const team = await this.teamOf(tbl, gid);
    return team === undefined ? 'unknown' : this.ownerOfTeam(team, tbl);
  }

  /** Where the change puts its row, when its fields say (a new row, a move); undefined when they do not. */
  async ofFields(change: SyncChange): Promise<Owner | undefined> {
    const rule = own(SCOPE_RULES, change.tbl);
    const fields = change.fields ?? {};
    const ref = (table: string | undefined, value: unknown): Promise<Owner> | Owner =>
      table && typeof value === 'string' ? this.ofRow(table, value) : 'office';
    switch (rule?.kind) {
      case 'team':
        return 'team_id' in fields
          ? this.ownerOfTeam(typeof fields.team_id === 'string' ? fields.team_id : null, change.tbl)
          : undefined;
      case 'child':
        for (const [column, table] of rule.parents) {
          if (!(column in fields)) return undefined; // not changed: the row stays where it is
          if (fields[column] !== null) return ref(table, fields[column]);
        }
        return undefined;
      case 'join':
        return this.ofRow(rule.parent, change.gid.split('|')[0] ?? '');
      case 'attachment':
        return 'owner_id' in fields && 'owner_kind' in fields
          ? ref(own(ATTACHMENT_OWNERS_012, String(fields.owner_kind)), fields.owner_id)
          : undefined;
      case 'notTwins':
        return 'low_id' in fields && 'high_id' in fields
          ? worst(await ref('companies', fields.low_id), await ref('companies', fields.high_id))
          : undefined;
      case 'conflict': {
        const tbl = String(fields.tbl);
        if (!('tbl' in fields) || typeof fields.gid_of_row !== 'string' || !own(SYNCED_TABLES_012, tbl))
          return undefined;
        // A conflict on the office's own lists is found by every laptop alike: it tells no team's secret.
        const about = await this.ofRow(tbl, fields.gid_of_row);
        return about === 'office' ? 'shared' : about;
      }
      default:
        return undefined;
    }
  }
}

const reasons = {
  office: '小分队、目标任务和未分配给小分队的项目、行程、人员由办公室或局领导维护，小分队成员不能修改。',
  other: '该记录属于其他小分队，小分队成员只能修改本小分队的记录。',
  moveOffice: '记录须归属本小分队：不能把它移出本小分队或设为不属于任何小分队。',
  moveOther: '不能把记录归到其他小分队或挂到其他小分队的项目、行程、企业名下。',
  unknownTable: '服务器不认识该数据表，已拒绝。',
} as const;

const isTeam = (caller: Caller): boolean => caller.user.role === 'team';

export async function refusalOf(caller: Caller, change: SyncChange, teamOf: TeamOf): Promise<string | null> {
  const rule = own(SCOPE_RULES, change.tbl);
  if (!rule) return reasons.unknownTable;
  if (!isTeam(caller)) return null;
  if (rule.kind === 'office') return reasons.office;
  const scope = new ScopeOf(caller.user.teamGid, teamOf);
  const before = await scope.ofRow(change.tbl, change.gid);
  if (before === 'other') return reasons.other;
  if (before === 'office') return reasons.office;
  if (change.op === 'del') return null;
  // A row the server does not know yet is judged by where its fields put it; fields that do not
  // say (an edit sent with its row's creation) leave it where the creation put it.
  const after = await scope.ofFields(change);
  if (after === 'other') return reasons.moveOther;
  if (after === 'office') return reasons.moveOffice;
  return null;
}

export async function mayRead(caller: Caller, change: SyncChange, teamOf: TeamOf): Promise<boolean> {
  if (!isTeam(caller) || caller.user.readsOtherTeams) return true;
  const rule = own(SCOPE_RULES, change.tbl);
  if (!rule) return false;
  // The office's lists and its people are what every laptop's records point at (a trip's
  // leader, a project's owner): without them nothing fits.
  if (rule.kind === 'office' || change.tbl === 'staff') return true;
  const scope = new ScopeOf(caller.user.teamGid, teamOf);
  let owner: Owner | undefined = await scope.ofRow(change.tbl, change.gid);
  // A row deleted since: a deletion carries nothing; an older edit is judged by its own fields.
  if (owner === 'unknown') owner = change.op === 'del' ? 'shared' : await scope.ofFields(change);
  return owner === 'mine' || owner === 'shared';
}
