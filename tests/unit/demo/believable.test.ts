import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { CHAINS } from '../../../main/domain/demo/catalog';
import { followUpCounts } from '../../../main/domain/followUps';
import { periodRange } from '@contract/indicators/period';
import { scopeOn } from '../../../main/domain/indicators/scope';
import { indicatorValues } from '../../../main/domain/indicators/values';
import { cityOf } from '@contract/shared/regions';
import { staffBusy } from '../../../main/domain/trips/busy';
import { freshDb, rowCount } from '../testDb';

const TODAY = '2026-06-15';
const YI = 100_000_000;

// The M demo is what a new user is offered: it should read like one real development zone, the
// way the app itself shows it (dashboard figures, 工作台 badges, the planner's busy warnings).
describe('the M demo reads like one development zone', () => {
  let db: Db;
  const count = (sql: string): number => db.prepare(`SELECT count(*) ${sql}`).pluck().get() as number;

  beforeAll(() => {
    db = freshDb();
    generateDemo(db, 'M', undefined, { today: TODAY });
  });

  it('has a few hundred live projects and a staff of 20–60', () => {
    const live = count(`FROM projects WHERE stage NOT IN ('dropped', 'full')`);
    expect(live).toBeGreaterThanOrEqual(200);
    expect(live).toBeLessThan(1000);
    const staff = rowCount(db, 'staff');
    expect(staff).toBeGreaterThanOrEqual(20);
    expect(staff).toBeLessThanOrEqual(60);
  });

  it('signs tens of projects a year worth tens to low hundreds of 亿元, as the dashboard counts them', () => {
    for (const year of [2024, 2025]) {
      const figures = indicatorValues(db, scopeOn(periodRange('year', year), TODAY, null));
      const signed = figures.signedProjects.value as number;
      const contract = figures.contractAmount.value as number;
      expect(signed, `${year} 签约项目`).toBeGreaterThanOrEqual(10);
      expect(signed, `${year} 签约项目`).toBeLessThan(100);
      expect(contract / YI, `${year} 合同投资额（亿元）`).toBeGreaterThanOrEqual(10);
      expect(contract / YI, `${year} 合同投资额（亿元）`).toBeLessThan(300);
    }
  });

  it('never has anyone on two trips at once, or hosting a delegation while away', () => {
    const trips = db
      .prepare(
        `SELECT t.id, t.starts_on AS startsOn, t.ends_on AS endsOn,
           json_group_array(m.staff_id) AS staff
         FROM trips t JOIN trip_members m ON m.trip_id = t.id
         WHERE t.status <> 'cancelled' GROUP BY t.id`,
      )
      .all() as { id: number; startsOn: string; endsOn: string; staff: string }[];
    expect(trips.length).toBeGreaterThan(50);
    for (const t of trips) {
      const staffIds = JSON.parse(t.staff) as number[];
      expect(staffBusy(db, { staffIds, startsOn: t.startsOn, endsOn: t.endsOn, exceptTripId: t.id })).toEqual(
        [],
      );
    }
    const receptions = db
      .prepare(`SELECT id, host_id AS host, starts_on AS startsOn, ends_on AS endsOn FROM receptions`)
      .all() as { id: number; host: number; startsOn: string; endsOn: string }[];
    expect(receptions.length).toBeGreaterThan(50);
    for (const r of receptions) {
      const busy = staffBusy(db, {
        staffIds: [r.host],
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        exceptReceptionId: r.id,
      });
      expect(busy).toEqual([]);
    }
  });

  it('keeps most follow-ups: the overdue ones, as the 工作台 badge counts them, are a minority', () => {
    const { overdue } = followUpCounts(db, TODAY);
    const kept = count(`FROM interactions WHERE next_step_done = 1`);
    const scheduled = count(`FROM projects WHERE next_follow_up_on IS NOT NULL AND stage <> 'dropped'`);
    expect(overdue).toBeGreaterThan(0);
    expect(overdue / (kept + overdue)).toBeLessThan(0.1);
    expect(overdue).toBeLessThan(scheduled * 0.3);
  });

  it('gives company landlines their own city’s area code', () => {
    const rows = db
      .prepare(
        `SELECT k.phone, c.hq_adcode AS adcode FROM contacts k JOIN companies c ON c.id = k.company_id
         WHERE k.phone IS NOT NULL`,
      )
      .all() as { phone: string; adcode: number }[];
    const known: Record<number, string> = { 310000: '021', 110000: '010', 440300: '0755', 330100: '0571' };
    // The zone's own city (谷城 is in 襄阳): local companies dial 0710.
    known[420600] = '0710';
    const seen = new Set<number>();
    const codeOfCity = new Map<number, string>();
    for (const r of rows) {
      const city = cityOf(r.adcode)?.adcode as number;
      const area = r.phone.split('-')[0] as string;
      expect(r.phone).toMatch(/^0\d{2,3}-\d{7,8}$/);
      // One code per city, and the right one where we know it.
      expect(codeOfCity.get(city) ?? area, `${r.phone} in ${city}`).toBe(area);
      codeOfCity.set(city, area);
      if (known[city]) {
        expect(area, `${r.phone} in ${city}`).toBe(known[city]);
        seen.add(city);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(known).map(Number).sort());
  });

  it('names projects by a scale that matches their planned amount', () => {
    const rows = db.prepare(`SELECT name, planned_amount AS planned FROM projects`).all() as {
      name: string;
      planned: number;
    }[];
    const templates = CHAINS.flatMap((c) => c.projects);
    for (const r of rows) {
      const match = templates
        .map(([text, low, high, sizes]) => {
          const pattern = new RegExp(`${text.replace(/[()（）]/g, '.').replace('{n}', '(\\d+)')}$`);
          const found = pattern.exec(r.name);
          const n = sizes ? Number(found?.[1]) : 1;
          return found && (!sizes || sizes.includes(n)) ? { low: low * n * YI, high: high * n * YI } : null;
        })
        .find((m) => m !== null);
      expect(match, r.name).toBeTruthy();
      // Rounded to 100 万元, and never under 2,000 万元.
      expect(r.planned, r.name).toBeGreaterThanOrEqual(Math.min(match!.low, 2e7) - 1e6);
      expect(r.planned, r.name).toBeLessThanOrEqual(match!.high + 1e6);
    }
    const battery = rows.filter((r) => /\d+GWh/.test(r.name));
    expect(battery.length).toBeGreaterThan(0);
    for (const r of battery)
      expect(r.planned / YI, r.name).toBeGreaterThanOrEqual(Number(/(\d+)GWh/.exec(r.name)![1]));
  });
});
