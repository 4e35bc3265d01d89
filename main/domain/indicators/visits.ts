import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';

/**
 * 走访企业数: the distinct companies visited in the period. A visit record (kind visit_out)
 * counts for every team one of whose members attended it; a visit done on a trip normally has
 * its visit record, and a done visit without one (e.g. its record was deleted) is counted on its
 * planned day, for the trip's team.
 *
 * The companies are told apart here rather than by SQL's count(DISTINCT): on the L demo a year
 * holds 62,000 visits of 40,000 companies, and SQLite's temporary b-tree for the DISTINCT costs
 * 25 ms where handing the ids over as one JSON array and marking them in a bitmap costs 8.
 */
const companyOfVisit =
  '(coalesce(i.company_id, (SELECT p.company_id FROM projects p WHERE p.id = i.project_id)))';

const tripVisits = (team: string) => `
  SELECT ${team}, coalesce(v.company_id, p.company_id) FROM stop_visits v
    JOIN trip_stops s ON s.id = v.stop_id JOIN trips t ON t.id = s.trip_id
    LEFT JOIN projects p ON p.id = v.project_id
  WHERE v.status = 'done' AND v.interaction_id IS NULL
    AND coalesce(v.planned_on, s.arrive_on, t.starts_on) BETWEEN @from AND @to`;

/** The company of every visit of the period (@team: by one team), a company once per visit. */
export const VISITED_COMPANIES = `
  SELECT 0, ${companyOfVisit} AS company FROM interactions i
  WHERE i.kind = 'visit_out' AND i.occurred_on BETWEEN @from AND @to
    AND (@team IS NULL OR i.id IN (SELECT x.interaction_id FROM interaction_staff x
                                   WHERE x.staff_id IN (SELECT id FROM staff WHERE team_id = @team)))
  UNION ALL ${tripVisits('0')} AND (@team IS NULL OR t.team_id = @team)`;

const OFFICE = `SELECT json_group_array(company) FROM (${VISITED_COMPANIES})`;

// The attendances carry their visit's day and company (migration 7): one range of one index,
// handed over as two JSON arrays (staff, company); the staff's teams are mapped here.
const ATTENDANCES = `SELECT json_group_array(x.staff_id), json_group_array(x.visit_company_id)
  FROM interaction_staff x INDEXED BY interaction_staff_visits WHERE x.visit_on BETWEEN @from AND @to`;
const TEAM_OF_STAFF = `SELECT id, team_id FROM staff WHERE team_id IS NOT NULL`;
const TRIP_VISITS_BY_TEAM = `${tripVisits('t.team_id')} AND t.team_id IS NOT NULL`;

interface Params {
  from: string;
  to: string;
  team: number | null;
}

/**
 * Distinct non-null company ids per group, one bitmap per group; nothing is allocated per
 * visit, so counting 90,000 attendances leaves no garbage to collect mid-way.
 */
class DistinctCompanies {
  private readonly groups = new Map<number, { marks: Uint8Array; count: number }>();

  add(group: number, company: number | null | undefined): void {
    if (company === null || company === undefined) return;
    let g = this.groups.get(group);
    if (!g) {
      g = { marks: new Uint8Array(1024), count: 0 };
      this.groups.set(group, g);
    }
    if (company >= g.marks.length) {
      const grown = new Uint8Array(Math.max(company + 1, g.marks.length * 2));
      grown.set(g.marks);
      g.marks = grown;
    }
    if (g.marks[company] === 0) {
      g.marks[company] = 1;
      g.count++;
    }
  }

  counts(): Map<number, number> {
    return new Map(Array.from(this.groups, ([group, g]) => [group, g.count]));
  }
}

export function companiesVisited(db: Db, params: Params): number {
  const ids = JSON.parse(prepareCached(db, OFFICE, { pluck: true }).get(params) as string) as (
    number | null
  )[];
  const distinct = new DistinctCompanies();
  for (const id of ids) distinct.add(0, id);
  return distinct.counts().get(0) ?? 0;
}

/** Every team's 走访企业数 in one pass; a team that visited nobody is missing. */
export function companiesVisitedByTeam(db: Db, params: Omit<Params, 'team'>): Map<number, number> {
  const teamOf = new Map(prepareCached(db, TEAM_OF_STAFF, { raw: true }).all() as [number, number][]);
  const [staffJson, companyJson] = prepareCached(db, ATTENDANCES, { raw: true }).get(params) as [
    string,
    string,
  ];
  const staff = JSON.parse(staffJson) as number[];
  const companies = JSON.parse(companyJson) as (number | null)[];
  const distinct = new DistinctCompanies();
  for (let i = 0; i < staff.length; i++) {
    const team = teamOf.get(staff[i] as number);
    if (team !== undefined) distinct.add(team, companies[i]);
  }
  const trips = prepareCached(db, TRIP_VISITS_BY_TEAM, { raw: true }).all(params) as [
    number,
    number | null,
  ][];
  for (const [team, company] of trips) distinct.add(team, company);
  return distinct.counts();
}
