import { keptWhileUnchanged } from '../../db/keptAnswers';
import type { Db } from '../../db/open';
import { parseOrThrow } from '../shared/validate';
import { fillSortKeys } from '../store/sortKeys';
import {
  COLLISION_LIST_LIMIT,
  collisionQuery,
  type Collision,
  type CollisionList,
  type CollisionProject,
} from '@contract/projects/collisionSchema';

interface Active {
  id: number;
  updatedAt: string;
  teamId: number;
  companyId: number;
  creditCode: string | null;
  twinKey: string | null;
}

/** Companies that are one firm for 撞单: joined when their names meet (union-find over company ids). */
class Firms {
  private parent = new Map<number, number>();

  root(c: number): number {
    let r = c;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(c, r);
    return r;
  }

  join(a: number, b: number): void {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

const ACTIVE = `SELECT p.id, p.updated_at AS updatedAt, p.team_id AS teamId, p.company_id AS companyId, c.credit_code AS creditCode,
    c.twin_key AS twinKey
  FROM projects p JOIN companies c ON c.id = p.company_id
  WHERE p.team_id IS NOT NULL AND p.stage <> 'dropped'`;

/** Active projects with a team, from an index holding stage, team and company: no wide row is read. */
const LEAN_ACTIVE = `SELECT id, company_id, team_id FROM projects INDEXED BY projects_stage_amounts
  WHERE stage <> 'dropped' AND team_id IS NOT NULL`;
const UPDATED = `SELECT id, updated_at FROM projects INDEXED BY projects_stage_updated WHERE stage <> 'dropped'`;
/** Companies sharing their twin key with another: the only ones a name can join to others. */
const SHARED_TWINS = `SELECT id, twin_key, credit_code FROM companies WHERE twin_key IN (
  SELECT twin_key FROM companies INDEXED BY companies_twin_key WHERE twin_key IS NOT NULL
  GROUP BY twin_key HAVING count(*) > 1)`;

/**
 * The active projects of every name group (or lone company) more than one team works on: only
 * those can be in a collision. Read from three index scans and put together here, instead of
 * joining every active project to its company row (a random read each: 0.3–0.5 s on 100,000
 * projects). A twin key no other company has joins nothing, so it is left out (null).
 */
function contestedProjects(db: Db): Active[] {
  const twins = new Map(
    (db.prepare(SHARED_TWINS).raw().all() as [number, string, string | null][]).map(
      ([id, twinKey, creditCode]) => [id, { twinKey, creditCode }],
    ),
  );
  const rows = db.prepare(LEAN_ACTIVE).raw().all() as [number, number, number][];
  const groupOf = (companyId: number): string | number => twins.get(companyId)?.twinKey ?? companyId;
  // The group's one team, or -1 once a second team is seen.
  const teamOf = new Map<string | number, number>();
  for (const [, companyId, teamId] of rows) {
    const k = groupOf(companyId);
    const seen = teamOf.get(k);
    if (seen === undefined) teamOf.set(k, teamId);
    else if (seen !== teamId) teamOf.set(k, -1);
  }
  const contested = rows.filter(([, companyId]) => teamOf.get(groupOf(companyId)) === -1);
  if (contested.length === 0) return [];
  const updatedAt = new Map(db.prepare(UPDATED).raw().all() as [number, string][]);
  return contested.map(([id, companyId, teamId]) => {
    const twin = twins.get(companyId);
    return {
      id,
      updatedAt: updatedAt.get(id) ?? '',
      teamId,
      companyId,
      creditCode: twin?.creditCode ?? null,
      twinKey: twin?.twinKey ?? null,
    };
  });
}

/**
 * Active projects with a team: those of contested groups, or for one project only those on its
 * company or on companies of its twin key — every firm is made of companies of one twin key, so
 * that is exact.
 */
function activeProjects(db: Db, projectId?: number): Active[] {
  if (projectId === undefined) return contestedProjects(db);
  return db
    .prepare(
      `${ACTIVE} AND c.id IN (
         SELECT company_id FROM projects WHERE id = @projectId
         UNION SELECT k.id FROM companies k WHERE k.twin_key = (
           SELECT m.twin_key FROM projects q JOIN companies m ON m.id = q.company_id WHERE q.id = @projectId))`,
    )
    .all({ projectId }) as Active[];
}

/**
 * Groups of active projects on one firm that more than one team works on. The credit code is
 * unique in a ledger, so one code is one company row; companies whose names meet (twin key, as
 * 疑似重复 finds them) are one firm too, unless someone marked them 不是重复 or both carry
 * different credit codes (two legal entities).
 */
interface Group {
  via: Collision['via'];
  ids: number[];
  /** The group's most recent project update: the list shows the most recently active first. */
  latest: string;
  /** Its first project's id: the order among groups updated at the same moment. */
  first: number;
}

function collidingGroups(db: Db, projectId?: number): Group[] {
  fillSortKeys(db);
  const rows = activeProjects(db, projectId);
  const firms = new Firms();
  const notTwins = new Set(
    (db.prepare(`SELECT low_id, high_id FROM company_not_twins`).raw().all() as [number, number][]).map(
      ([a, b]) => `${a}:${b}`,
    ),
  );
  const byName = new Map<string, Active[]>();
  for (const r of rows) {
    if (r.twinKey === null) continue;
    const alike = byName.get(r.twinKey) ?? [];
    if (alike.length === 0) byName.set(r.twinKey, alike);
    if (alike.some((o) => o.companyId === r.companyId)) continue;
    for (const o of alike) {
      const pair =
        o.companyId < r.companyId ? `${o.companyId}:${r.companyId}` : `${r.companyId}:${o.companyId}`;
      const twoEntities = o.creditCode !== null && r.creditCode !== null && o.creditCode !== r.creditCode;
      if (!notTwins.has(pair) && !twoEntities) firms.join(o.companyId, r.companyId);
    }
    alike.push(r);
  }
  const groups = new Map<number, Active[]>();
  for (const r of rows) {
    const root = firms.root(r.companyId);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  }
  return [...groups.values()]
    .filter((g) => new Set(g.map((r) => r.teamId)).size > 1)
    .map((g) => ({
      via: new Set(g.map((r) => r.companyId)).size > 1 ? 'name' : 'company',
      ids: g.map((r) => r.id),
      latest: g.reduce((m, r) => (r.updatedAt > m ? r.updatedAt : m), ''),
      first: g.reduce((m, r) => Math.min(m, r.id), Infinity),
    }));
}

function projectsOf(db: Db, ids: number[]): Map<number, CollisionProject> {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.stage, p.team_id AS teamId, t.name AS teamName, s.name AS ownerName,
         p.company_id AS companyId, c.name AS companyName, p.updated_at AS updatedAt
       FROM projects p JOIN teams t ON t.id = p.team_id JOIN companies c ON c.id = p.company_id
       LEFT JOIN staff s ON s.id = p.owner_id
       WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as CollisionProject[];
  return new Map(rows.map((r) => [r.id, r]));
}

// Timestamps are ISO text: compared as strings they sort like time, without a collator per
// comparison (sorting 17,000 groups with localeCompare alone took about 0.2 s).
const later = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

const newestFirst = (a: CollisionProject, b: CollisionProject) =>
  later(a.updatedAt, b.updatedAt) || a.id - b.id;

/**
 * 撞单 list: every firm that projects of two or more teams work on, the most recently active
 * first; or, for one project, the collision it is part of (the project drawer's warning).
 */
export function listCollisions(db: Db, input: unknown): CollisionList {
  const { projectId } = parseOrThrow(collisionQuery, input);
  if (projectId !== undefined) return collisionsNow(db, projectId);
  // The whole list is asked each time the projects page opens: given again until a write.
  return keptWhileUnchanged(db, 'collisions', () => collisionsNow(db));
}

function collisionsNow(db: Db, projectId?: number): CollisionList {
  let groups = collidingGroups(db, projectId);
  if (projectId !== undefined) groups = groups.filter((g) => g.ids.includes(projectId));
  const shown = groups
    .sort((a, b) => later(a.latest, b.latest) || a.first - b.first)
    .slice(0, COLLISION_LIST_LIMIT);
  const details = projectsOf(
    db,
    shown.flatMap((g) => g.ids),
  );
  const collisions = shown.map((g): Collision => {
    const projects = g.ids.map((i) => details.get(i)!).sort(newestFirst);
    return { via: g.via, companyName: projects[0]!.companyName, projects };
  });
  return { collisions, total: groups.length };
}
