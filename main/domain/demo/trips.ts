// Outbound trips (外出招商): a leader and a few members travel through 2–7 cities of one
// economic region, visit companies there (done visits carry their meeting record) and attend
// the odd promotion event, as in the 谷城 route of May 2021 (宁海 → 余姚 → 杭州 → 嘉兴 → 上海).
import { cityOf, greatCircleKm, provinceOf, regionByAdcode, shortName } from '@contract/shared/regions';
import type { StaffCalendar } from './calendar';
import { nextId, type CompanyRef, type Ctx, type ProjectRef, type StaffRef } from './context';
import type { InteractionWriter } from './interactions';
import { addDays, daysBetween, stampOn, type Rng } from './random';

const CLUSTERS: readonly (readonly [string, readonly number[], number])[] = [
  ['长三角', [310000, 320000, 330000, 340000], 45],
  ['珠三角', [440000, 350000], 20],
  ['京津冀', [110000, 120000, 130000, 370000], 18],
  ['成渝', [510000, 500000], 7],
  ['中部', [430000, 410000, 360000, 420000], 10],
];
const EVENTS: readonly (readonly ['promotion' | 'forum' | 'signing' | 'other', string])[] = [
  ['promotion', '{city}专场招商推介会'],
  ['forum', '{city}产业链对接会'],
  ['signing', '重点项目集中签约仪式'],
  ['other', '拜访{city}湖北商会'],
];

export function makeTrips(ctx: Ctx, writer: InteractionWriter, calendar: StaffCalendar): void {
  const { db, rng, today, plan } = ctx;
  const byCity = new Map<number, CompanyRef[]>();
  for (const c of ctx.companies) {
    const list = byCity.get(c.cityCode);
    if (list) list.push(c);
    else byCity.set(c.cityCode, [c]);
  }
  const projectOf = new Map<number, ProjectRef>();
  for (const p of ctx.projects) if (!projectOf.has(p.company.id)) projectOf.set(p.company.id, p);
  const cityProvince = new Map([...byCity.keys()].map((code) => [code, provinceOf(code)?.adcode ?? 0]));
  const home = regionByAdcode(ctx.home)?.center ?? [111.65, 32.26];
  const homeCity = cityOf(ctx.home)?.adcode;

  const trip = db.prepare(
    `INSERT INTO trips (id, title, leader_id, team_id, purpose, starts_on, ends_on, status, home_adcode, return_home, notes,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const member = db.prepare(`INSERT INTO trip_members (trip_id, staff_id) VALUES (?, ?)`);
  const stop = db.prepare(
    `INSERT INTO trip_stops (id, trip_id, seq, adcode, place_name, arrive_on, depart_on, pinned, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const visit = db.prepare(
    `INSERT INTO stop_visits (stop_id, company_id, project_id, planned_on, status, interaction_id, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO stop_events (stop_id, kind, title, held_on, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  let tripId = nextId(db, 'trips');
  let stopId = nextId(db, 'trip_stops');

  for (let t = 0; t < plan.trips; t++) {
    const [region, provinces] = rng.weighted(CLUSTERS.map((c) => [c, c[2]] as const));
    const cities = [...byCity.keys()].filter(
      (code) => code !== homeCity && provinces.includes(cityProvince.get(code) ?? -1),
    );
    if (cities.length === 0) continue;
    // Nearest-neighbour order from home: the route a person would draw on the map.
    const chosen = rng.sample(cities, rng.int(2, 7));
    const route: number[] = [];
    let here = home;
    while (chosen.length > 0) {
      chosen.sort((a, b) => greatCircleKm(here, centre(a)) - greatCircleKm(here, centre(b)));
      const next = chosen.shift() as number;
      route.push(next);
      here = centre(next);
    }
    // The days at each stop, laid out from day 0; the trip is then placed where its people are free.
    let offset = 0;
    const layout = route.map((code) => {
      const arrive = offset;
      const depart = arrive + rng.int(0, 2);
      offset = rng.chance(0.6) ? depart : depart + 1;
      return { code, arrive, depart };
    });
    const returnHome = rng.chance(0.9);
    const length = (layout[layout.length - 1] as { depart: number }).depart + (returnHome ? 1 : 0);
    // Every tenth trip is still ahead: the plan for the coming weeks is never empty.
    const ahead = t % 10 === 0;
    const { leader, members, startsOn, teamId } = crew(ctx, calendar, length, () =>
      ahead ? addDays(today, rng.int(3, 60)) : addDays(today, -rng.int(0, 720)),
    );
    const stops = layout.map((x) => ({
      code: x.code,
      arrive: addDays(startsOn, x.arrive),
      depart: addDays(startsOn, x.depart),
    }));
    const last = stops[stops.length - 1] as { depart: string };
    const endsOn = returnHome ? addDays(last.depart, 1) : last.depart;
    let status: 'planned' | 'ongoing' | 'done' | 'cancelled' =
      endsOn < today ? 'done' : startsOn > today ? 'planned' : 'ongoing';
    if (status !== 'ongoing' && rng.chance(0.05)) status = 'cancelled';
    else calendar.book([leader.id, ...members.map((m) => m.id)], startsOn, endsOn);
    const names = [...new Set(route.map((c) => shortName(provinceOf(c)?.name ?? '')))];
    const planned = addDays(startsOn, -rng.int(3, 20));
    const created = stampOn(rng, planned < today ? planned : today);
    const id = tripId++;
    trip.run(
      id,
      `${region}招商考察（${names.join('、')}）`,
      leader.id,
      teamId,
      `对接${rng.pick(ctx.companies).chain.name}等重点产业链企业，推介开发区投资环境，跟进在谈项目`,
      startsOn,
      endsOn,
      status,
      ctx.home,
      returnHome ? 1 : 0,
      rng.chance(0.2) ? '行程需提前一周报市委办备案' : null,
      created,
      stampOn(rng, status === 'done' ? endsOn : startsOn),
    );
    for (const m of [leader, ...members]) member.run(id, m.id);
    let rows = 2 + members.length;

    stops.forEach((s, seq) => {
      const sid = stopId++;
      const city = regionByAdcode(s.code);
      const stamp = created;
      stop.run(
        sid,
        id,
        seq,
        s.code,
        city?.name ?? String(s.code),
        s.arrive,
        s.depart,
        rng.chance(0.2) ? 1 : 0,
        rng.chance(0.15) ? '当地商会协助对接' : null,
        stamp,
        stamp,
      );
      rows++;
      const span = Math.max(0, daysBetween(s.arrive, s.depart));
      for (const c of companiesKnownBy(rng, byCity.get(s.code) ?? [], s.arrive, rng.int(1, 4))) {
        const on = addDays(s.arrive, rng.int(0, span));
        const vStatus =
          status === 'cancelled'
            ? 'cancelled'
            : on >= today
              ? 'planned'
              : rng.chance(0.85)
                ? 'done'
                : 'cancelled';
        // Linked to the project only while it is alive: not before its lead, not after a drop.
        const p = projectOf.get(c.id);
        const project = p && (p.path[0] as { on: string }).on <= on && on <= p.endOn ? p : null;
        const interactionId =
          vStatus === 'done'
            ? writer.write({
                company: c,
                project,
                kind: 'visit_out',
                on,
                place: city?.name ?? null,
                staffIds: [leader.id, ...members.map((m) => m.id)],
                createdBy: leader.name,
              })
            : null;
        visit.run(sid, c.id, project?.id ?? null, on, vStatus, interactionId, null, stamp, stamp);
        rows++;
      }
      if (rng.chance(0.3)) {
        const [kind, title] = rng.pick(EVENTS);
        event.run(
          sid,
          kind,
          title.replace('{city}', shortName(city?.name ?? '')),
          addDays(s.arrive, rng.int(0, span)),
          null,
          stamp,
          stamp,
        );
        rows++;
      }
    });
    ctx.progress.add(rows);
  }
}

/**
 * Up to k distinct companies of a city already on file by that day (one cannot plan a visit to
 * a company the ledger does not know yet). Random probes, not a filter: the lists are long in L.
 */
function companiesKnownBy(rng: Rng, list: readonly CompanyRef[], day: string, k: number): CompanyRef[] {
  const found = new Set<CompanyRef>();
  for (let tries = 0; tries < k * 6 && found.size < k && list.length > 0; tries++) {
    const c = list[Math.floor(rng.next() * list.length)] as CompanyRef;
    if (c.createdOn <= day) found.add(c);
  }
  return [...found];
}

/** Tries before a trip (or a reception) is placed regardless: only the stress size L runs out. */
export const TRIES = 12;

/**
 * A leader and two to four of the team, all free for the whole trip (in M and S): a zone leader most often
 * (city leaders owe 6 trips a year, zone leaders 12), on a start day drawn by `day`.
 */
function crew(
  ctx: Ctx,
  calendar: StaffCalendar,
  length: number,
  day: () => string,
): { leader: StaffRef; members: StaffRef[]; startsOn: string; teamId: number } {
  const { rng } = ctx;
  const city = ctx.staff.filter((l) => l.role === 'leader' && l.leaderLevel === 'city');
  const zone = ctx.staff.filter((l) => l.role === 'leader' && l.leaderLevel === 'zone');
  let leader = rng.pick(zone);
  let startsOn = day();
  let teamId = 0;
  let pool: StaffRef[] = [];
  let free: StaffRef[] = [];
  for (let k = 0; k < TRIES; k++) {
    leader = rng.chance(0.1) ? rng.pick(city) : rng.pick(zone);
    startsOn = day();
    // A city leader travels with one of the squads.
    teamId = leader.teamId ?? rng.pick(ctx.teams.filter((x) => x.kind === 'squad')).id;
    const endsOn = addDays(startsOn, length);
    pool = ctx.staff.filter((s) => s.teamId === teamId && s.id !== leader.id && s.role !== 'leader');
    free = pool.filter((s) => calendar.free([s.id], startsOn, endsOn));
    if (free.length >= 2 && calendar.free([leader.id], startsOn, endsOn)) break;
  }
  const members = rng.sample(free.length >= 2 ? free : pool, rng.int(2, 4));
  return { leader, members, startsOn, teamId };
}

const centre = (code: number): readonly [number, number] => regionByAdcode(code)?.center ?? [0, 0];
