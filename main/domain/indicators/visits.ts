import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { overMonths, type DayRange } from './monthly';

/**
 * 走访企业数: the distinct companies visited in the period. A visit record (kind visit_out)
 * counts for every team one of whose members attended it; a visit done on a trip normally has
 * its visit record, and a done visit without one (e.g. its record was deleted) is counted on its
 * planned day, for the trip's team.
 *
 * The companies are told apart here rather than by SQL's count(DISTINCT): on the L demo a year
 * holds 62,000 visits of 40,000 companies, and SQLite's temporary b-tree for the DISTINCT costs
 * 25 ms where handing the ids over as one JSON array and marking them in a bitmap costs 8. Each
 * whole month's bitmap is kept until a visit of that month changes (family 'visits').
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
 * Distinct companies as one bit per company id: 125 KB at 1,000,000 companies, nothing
 * allocated per visit. A month's set is kept (monthly.ts) and the months' sets are joined, since
 * a company visited in March and in May is one company visited in the year.
 */
type Marks = Uint32Array;

function mark(marks: Marks, company: unknown): Marks {
  if (typeof company !== 'number') return marks;
  const word = company >>> 5;
  let out = marks;
  if (word >= out.length) {
    out = new Uint32Array(Math.max(word + 1, out.length * 2));
    out.set(marks);
  }
  out[word] = (out[word] as number) | (1 << (company & 31));
  return out;
}

/** `a` joined with `b` (reusing `a` when it is large enough). */
function join(a: Marks, b: Marks): Marks {
  const out = a.length >= b.length ? a : Uint32Array.from({ length: b.length }, (_, i) => a[i] ?? 0);
  for (let i = 0; i < b.length; i++) out[i] = (out[i] as number) | (b[i] as number);
  return out;
}

function count(marks: Marks): number {
  let n = 0;
  for (let v of marks) {
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

const joinByTeam = (a: Map<number, Marks>, b: Map<number, Marks>): Map<number, Marks> => {
  for (const [team, marks] of b) a.set(team, join(a.get(team) ?? new Uint32Array(0), marks));
  return a;
};

export function companiesVisited(db: Db, params: Params): number {
  const read = (days: DayRange): Marks => {
    const ids = JSON.parse(
      prepareCached(db, OFFICE, { pluck: true }).get({ ...days, team: params.team }) as string,
    ) as (number | null)[];
    let marks: Marks = new Uint32Array(1024);
    for (const id of ids) marks = mark(marks, id);
    return marks;
  };
  return count(overMonths(db, 'visits', `office|${params.team}`, params, read, join));
}

/** Every team's 走访企业数 in one pass; a team that visited nobody is missing. */
export function companiesVisitedByTeam(db: Db, params: Omit<Params, 'team'>): Map<number, number> {
  const teamOf = new Map(prepareCached(db, TEAM_OF_STAFF, { raw: true }).all() as [number, number][]);
  const read = (days: DayRange): Map<number, Marks> => {
    const byTeam = new Map<number, Marks>();
    const add = (team: number, company: unknown) =>
      byTeam.set(team, mark(byTeam.get(team) ?? new Uint32Array(1024), company));
    const [staffJson, companyJson] = prepareCached(db, ATTENDANCES, { raw: true }).get(days) as [
      string,
      string,
    ];
    const staff = JSON.parse(staffJson) as number[];
    const companies = JSON.parse(companyJson) as (number | null)[];
    for (let i = 0; i < staff.length; i++) {
      const team = teamOf.get(staff[i] as number);
      if (team !== undefined) add(team, companies[i]);
    }
    const trips = prepareCached(db, TRIP_VISITS_BY_TEAM, { raw: true }).all(days) as [
      number,
      number | null,
    ][];
    for (const [team, company] of trips) add(team, company);
    return byTeam;
  };
  const byTeam = overMonths(db, 'visits', 'byTeam', params, read, joinByTeam);
  return new Map(Array.from(byTeam, ([team, marks]) => [team, count(marks)]));
}
