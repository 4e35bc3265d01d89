// Receptions of visiting delegations (接待), company requests after signing (企业诉求), and this
// year's targets (目标任务), sized from what the generated data already achieved.
import type { IndicatorCode } from '@contract/targets/indicators';
import type { StaffCalendar } from './calendar';
import type { Ctx } from './context';
import { TRIES } from './trips';
import { addDays, daysBetween, roundTo, stampOn, WAN } from './random';
import { ISSUES } from './text';

const ITINERARIES = [
  '参观智能制造产业园→项目推介座谈会→考察拟选地块',
  '考察标准化厂房→与配套企业交流→签约意向洽谈',
  '听取开发区整体情况介绍→实地查看用地→晚餐交流',
  '参观规划展示馆→走访同行业企业→项目协调会',
];
// prettier-ignore
const OUTCOMES = ['企业对区位和政策表示满意，拟近期报董事会', '双方就用地规模达成初步共识', '企业提出用电和物流方面的诉求，已交办', '达成投资意向，约定下月再次洽谈'];

export function makeReceptions(ctx: Ctx, calendar: StaffCalendar): void {
  const { db, rng, today, plan } = ctx;
  const candidates = ctx.projects.filter((p) => p.path.length >= 3);
  if (candidates.length === 0) return;
  const hosts = ctx.staff.filter((s) => s.role === 'leader');
  const insert = db.prepare(
    `INSERT INTO receptions (starts_on, ends_on, company_id, project_id, delegation, headcount, host_id, itinerary, outcome,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < plan.receptions; i++) {
    // A visit during the project's talks, hosted by a leader who is at home then (not away on a
    // trip, not with another delegation); only the stress size runs out of free leaders.
    let p = rng.pick(candidates);
    let startsOn = p.endOn;
    let endsOn = p.endOn;
    let host = rng.pick(hosts);
    for (let k = 0; k < TRIES; k++) {
      p = rng.pick(candidates);
      const from = (p.path[1] as { on: string }).on;
      startsOn = addDays(from, rng.int(0, Math.max(0, daysBetween(from, p.endOn))));
      endsOn = addDays(startsOn, rng.weighted(STAY_DAYS));
      const free = hosts.filter((h) => calendar.free([h.id], startsOn, endsOn));
      host = free.length > 0 ? rng.pick(free) : rng.pick(hosts);
      if (free.length > 0) break;
    }
    calendar.book([host.id], startsOn, endsOn);
    const head = p.company.contactNames[0] ?? '企业负责人';
    const headcount = rng.weighted([
      [rng.int(2, 5), 6],
      [rng.int(6, 12), 3],
      [rng.int(13, 30), 1],
    ]);
    const stamp = stampOn(rng, startsOn);
    insert.run(
      startsOn,
      endsOn,
      p.company.id,
      p.id,
      `${p.company.short}${head}一行`,
      headcount,
      host.id,
      rng.pick(ITINERARIES),
      endsOn < today ? rng.pick(OUTCOMES) : null,
      stamp,
      stamp,
    );
    ctx.progress.add(1);
  }
}

// prettier-ignore
const STAY_DAYS: readonly (readonly [number, number])[] = [[0, 6], [1, 3], [2, 1]];

const CATEGORIES = Object.keys(ISSUES) as (keyof typeof ISSUES)[];
const STATUSES = ['open', 'in_progress', 'closed'] as const;

export function makeServiceIssues(ctx: Ctx): void {
  const { db, rng, today } = ctx;
  const owners = ctx.staff.filter((s) => s.role === 'commissioner');
  const insert = db.prepare(
    `INSERT INTO service_issues (company_id, project_id, category, description, reported_on, owner_id, due_on, status,
       resolution, closed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  for (const p of ctx.projects) {
    const signed = p.path.find((s) => s.stage === 'signed')?.on;
    if (!signed || p.stage === 'dropped' || !rng.chance(0.6)) continue;
    for (let k = rng.int(1, 3); k > 0; k--, n++) {
      // The first ones walk through every category and status, so each appears even in size S.
      const category =
        n < 24 ? (CATEGORIES[n % CATEGORIES.length] as keyof typeof ISSUES) : rng.pick(CATEGORIES);
      const { problem, resolution } = rng.pick(ISSUES[category]);
      const reported = addDays(signed, rng.int(0, Math.max(0, daysBetween(signed, today))));
      const old = daysBetween(reported, today) > 45;
      const status =
        n < 24
          ? STATUSES[Math.floor(n / CATEGORIES.length) % 3]
          : old && rng.chance(0.9)
            ? 'closed'
            : rng.weighted([
                ['open', 3],
                ['in_progress', 4],
                ['closed', 3],
              ] as const);
      const closedOn = status === 'closed' ? minDate(addDays(reported, rng.int(1, 40)), today) : null;
      const stamp = stampOn(rng, reported);
      insert.run(
        p.company.id,
        p.id,
        category,
        problem,
        reported,
        owners.length > 0 ? rng.pick(owners).id : null,
        addDays(reported, rng.int(7, 45)),
        status,
        closedOn ? resolution : null,
        closedOn,
        stamp,
        stampOn(rng, closedOn ?? reported),
      );
      ctx.progress.add(1);
    }
  }
}

const minDate = (a: string, b: string): string => (a < b ? a : b);

const num = (ctx: Ctx, sql: string, from: string, to: string): number =>
  Number((ctx.db.prepare(sql).get({ from, to }) as { v: number | null }).v ?? 0);

/**
 * This year's targets, set so the demo shows a zone 40–70% of the way: from the year-to-date
 * figure of each indicator, or, so early in January that nothing has happened yet, from the last
 * twelve months.
 */
export function makeTargets(ctx: Ctx): void {
  const { db, rng, today } = ctx;
  const year = Number(today.slice(0, 4));
  const from = `${year}-01-01`;
  const lastYear = addDays(today, -365);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO targets (year, indicator, team_id, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const stamp = stampOn(rng, from);
  const bigSigned = `coalesce(contract_amount, planned_amount) >= 100000000`;
  // [indicator, SQL over @from..@to, amount in yuan?, also per team?]
  const defs: [IndicatorCode, string, boolean, boolean][] = [
    [
      'contractAmount',
      `SELECT sum(contract_amount) v FROM projects WHERE signed_on BETWEEN @from AND @to`,
      true,
      true,
    ],
    [
      'arrivedAmount',
      `SELECT sum(a.amount) v FROM investment_arrivals a JOIN projects p ON p.id = a.project_id WHERE a.arrived_on BETWEEN @from AND @to`,
      true,
      true,
    ],
    [
      'newBigProjects',
      `SELECT count(*) v FROM projects WHERE signed_on BETWEEN @from AND @to AND ${bigSigned}`,
      false,
      true,
    ],
    [
      'negotiatingBigCount',
      `SELECT count(*) v FROM projects WHERE stage = 'negotiating' AND planned_amount >= 100000000 AND @from <= @to`,
      false,
      false,
    ],
    [
      'negotiatingBigAmount',
      `SELECT sum(planned_amount) v FROM projects WHERE stage = 'negotiating' AND planned_amount >= 100000000 AND @from <= @to`,
      true,
      false,
    ],
    [
      'majorIndustrial',
      `SELECT count(*) v FROM projects WHERE signed_on BETWEEN @from AND @to AND is_industrial = 1 AND contract_amount >= 500000000`,
      false,
      false,
    ],
    [
      'startedProjects',
      `SELECT count(*) v FROM projects WHERE started_on BETWEEN @from AND @to`,
      false,
      false,
    ],
    [
      'producedProjects',
      `SELECT count(*) v FROM projects WHERE produced_on BETWEEN @from AND @to`,
      false,
      false,
    ],
    [
      'trips',
      `SELECT count(*) v FROM trips WHERE starts_on BETWEEN @from AND @to AND status <> 'cancelled'`,
      false,
      true,
    ],
    [
      'companiesVisited',
      `SELECT count(DISTINCT v.company_id) v FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id WHERE v.status = 'done' AND v.planned_on BETWEEN @from AND @to`,
      false,
      false,
    ],
    [
      'visitorPersonTimes',
      `SELECT sum(headcount) v FROM receptions WHERE starts_on BETWEEN @from AND @to`,
      false,
      false,
    ],
  ];
  const teams = ctx.teams.filter((t) => t.kind === 'squad' || t.kind === 'taskforce');
  for (const [indicator, sql, money, perTeam] of defs) {
    const scopes: (number | null)[] = [null, ...(perTeam ? teams.map((t) => t.id) : [])];
    for (const teamId of scopes) {
      const alias = sql.includes(' p ON ') ? 'p.' : '';
      const scoped = teamId === null ? sql : `${sql} AND ${alias}team_id = ${teamId}`;
      const ytd = num(ctx, scoped, from, today);
      const basis =
        ytd > 0
          ? ytd / (0.4 + rng.next() * 0.3)
          : num(ctx, scoped, lastYear, today) * (0.9 + rng.next() * 0.3);
      // A team with nothing of the kind in a year gets no target rather than an unreachable 1.
      if (basis <= 0) continue;
      const value = money ? roundTo(basis, 100 * WAN) : Math.max(1, Math.round(basis));
      insert.run(year, indicator, teamId, value, stamp, stamp);
      ctx.progress.add(1);
    }
  }
  // A rate, not a count: most zones promise to settle 95% of company requests.
  insert.run(year, 'serviceClosureRate' satisfies IndicatorCode, null, 9500, stamp, stamp);
}
