import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import {
  addStop,
  addVisit,
  createTrip,
  nearbyLeads,
  tripYearMap,
  visitPlaces,
} from '../../../main/domain/trips';
import { actor, world, type World } from './fixtures-trips';
import { ctx } from '../testDb';

const NOW = '2024-01-01T00:00:00.000Z';
const HANGZHOU = 330100;

function company(w: World, name: string, place: { adcode?: number; lng?: number; lat?: number }): number {
  return Number(
    w.db
      .prepare(
        `INSERT INTO companies (name, name_key, hq_adcode, lng, lat, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(name, name, place.adcode ?? null, place.lng ?? null, place.lat ?? null, NOW, NOW).lastInsertRowid,
  );
}

function project(w: World, companyId: number, stage: string, amount: number | null): number {
  return Number(
    w.db
      .prepare(
        `INSERT INTO projects (name, company_id, stage, stage_since, planned_amount, drop_reason, created_at, updated_at)
         VALUES (?, ?, ?, '2024-01-01', ?, ?, ?, ?)`,
      )
      .run(
        `项目${companyId}-${stage}`,
        companyId,
        stage,
        amount,
        stage === 'dropped' ? '转投他处' : null,
        NOW,
        NOW,
      ).lastInsertRowid,
  );
}

function contacted(w: World, companyId: number, on: string): void {
  w.db
    .prepare(
      `INSERT INTO interactions (company_id, kind, occurred_on, summary, created_by, created_at, updated_at)
       VALUES (?, 'call', ?, '电话联系', '李主任', ?, ?)`,
    )
    .run(companyId, on, NOW, NOW);
}

function hangzhouStop(w: World) {
  const trip = createTrip(w.db, actor, { title: '杭州招商', startsOn: '2024-05-20', endsOn: '2024-05-23' });
  return addStop(w.db, actor, { tripId: trip.id, adcode: HANGZHOU, placeName: '杭州' });
}

describe('nearby leads of a stop', () => {
  it('finds companies within the radius by coordinates or headquarters, best prospects first', () => {
    const w = world();
    const stop = hangzhouStop(w);
    const negotiating = company(w, '杭州在谈企业', { lng: 120.2, lat: 30.3 });
    project(w, negotiating, 'negotiating', 50_000_000);
    const bigLead = company(w, '余杭线索企业', { adcode: 330110 }); // 余杭区 seat, ~20 km
    project(w, bigLead, 'lead', 2_000_000_000);
    const signed = company(w, '萧山签约企业', { adcode: 330109 });
    project(w, signed, 'signed', 300_000_000);
    const richNegotiating = company(w, '滨江在谈企业', { adcode: 330108 });
    project(w, richNegotiating, 'negotiating', 900_000_000);
    project(w, richNegotiating, 'dropped', 5_000_000_000);
    const bare = company(w, '无项目企业', { adcode: 330100 });
    company(w, '宁波企业', { adcode: 330200 }); // ~150 km: outside 50 km
    company(w, '仅填省份的企业', { adcode: 330000 }); // 浙江省 only: too coarse to be near
    company(w, '坐标在宁波的杭州企业', { adcode: 330100, lng: 121.55, lat: 29.87 }); // coordinates win
    contacted(w, negotiating, '2024-05-01');
    contacted(w, negotiating, '2024-03-01');

    const leads = nearbyLeads(w.db, { stopId: stop.id, radiusKm: 50 }, '2024-05-11');
    expect(leads.map((l) => l.companyName)).toEqual([
      '滨江在谈企业',
      '杭州在谈企业',
      '萧山签约企业',
      '余杭线索企业',
      '无项目企业',
    ]);
    const first = leads[0]!;
    expect(first).toMatchObject({
      stage: 'negotiating',
      amount: 900_000_000,
      located: 'region',
      onTrip: false,
    });
    expect(leads[1]).toMatchObject({ located: 'exact', lastContactOn: '2024-05-01', daysSinceContact: 10 });
    expect(leads[4]).toMatchObject({ projectId: null, stage: null, daysSinceContact: null });
    for (const l of leads) expect(l.distanceKm).toBeLessThanOrEqual(50);

    addVisit(w.db, actor, { stopId: stop.id, companyId: bare });
    const wider = nearbyLeads(w.db, { stopId: stop.id, radiusKm: 200 }, '2024-05-11');
    expect(wider.find((l) => l.companyId === bare)?.onTrip).toBe(true);
    expect(wider.map((l) => l.companyName)).toContain('宁波企业');
    expect(wider.map((l) => l.companyName)).not.toContain('仅填省份的企业');
  });

  it('keeps only the 产业链 and tiers asked for, the rest of the ranking unchanged', async () => {
    const w = world();
    const stop = hangzhouStop(w);
    const of = (name: string, chain: string | null, tier: string | null, stage: string, amount: number) => {
      const id = company(w, name, { adcode: 330108 });
      w.db.prepare(`UPDATE companies SET chain = ?, tier = ? WHERE id = ?`).run(chain, tier, id);
      project(w, id, stage, amount);
    };
    of('新能源世界500强', '新能源汽车', 'global500', 'lead', 100_000_000);
    of('新能源上市公司', '新能源汽车', 'listed', 'negotiating', 800_000_000);
    of('新能源民企', '新能源汽车', null, 'signed', 50_000_000);
    of('电子信息世界500强', '电子信息', 'global500', 'negotiating', 900_000_000);
    of('未定链企业', null, 'specialized', 'visit', 10_000_000);
    const all = nearbyLeads(w.db, { stopId: stop.id, radiusKm: 50 }, '2024-05-11');
    const names = (leads: typeof all) => leads.map((l) => l.companyName);
    const only = (keep: (l: (typeof all)[number]) => boolean) => names(all.filter(keep));

    const chain = nearbyLeads(w.db, { stopId: stop.id, radiusKm: 50, chain: '新能源汽车' }, '2024-05-11');
    expect(names(chain)).toEqual(only((l) => l.chain === '新能源汽车'));
    expect(names(chain)).toEqual(['新能源上市公司', '新能源民企', '新能源世界500强']);

    const big = ['global500', 'listed'] as const;
    const tiers = nearbyLeads(w.db, { stopId: stop.id, radiusKm: 50, tiers: [...big] }, '2024-05-11');
    expect(names(tiers)).toEqual(only((l) => (big as readonly string[]).includes(l.tier ?? '')));
    expect(names(tiers)).toHaveLength(3);

    const both = await dispatch(ctx(w.db), 'trips.nearby', {
      stopId: stop.id,
      radiusKm: 50,
      chain: '新能源汽车',
      tiers: ['global500'],
    });
    expect(both.ok && (both.value as typeof all).map((l) => [l.companyName, l.chain, l.tier])).toEqual([
      ['新能源世界500强', '新能源汽车', 'global500'],
    ]);
    // No tier asked for is the same as no filter.
    expect(names(nearbyLeads(w.db, { stopId: stop.id, radiusKm: 50, tiers: [] }, '2024-05-11'))).toEqual(
      names(all),
    );
    const wrong = await dispatch(ctx(w.db), 'trips.nearby', {
      stopId: stop.id,
      radiusKm: 50,
      tiers: ['top10'],
    });
    expect(wrong.ok).toBe(false);
  });

  it('refuses a radius out of range in Chinese, through the contract', async () => {
    const w = world();
    const stop = hangzhouStop(w);
    const r = await dispatch(ctx(w.db), 'trips.nearby', { stopId: stop.id, radiusKm: 5000 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain('搜索半径应在1至1000公里之间');
  });
});

describe('year map', () => {
  it('puts each city once, sized by its visits, with each trip’s route', () => {
    const w = world();
    const mk = (startsOn: string, stops: number[]) => {
      const trip = createTrip(w.db, actor, {
        title: `行程${startsOn}`,
        startsOn,
        endsOn: startsOn,
        homeAdcode: 420625,
      });
      return stops.map((adcode) =>
        addStop(w.db, actor, { tripId: trip.id, adcode, placeName: String(adcode) }),
      );
    };
    const [yuhang, shanghai] = mk('2024-03-01', [330110, 310115]);
    const [hangzhou] = mk('2024-06-01', [330100]);
    mk('2023-06-01', [440300]);
    addVisit(w.db, actor, { stopId: yuhang!.id, companyId: w.companyId });
    addVisit(w.db, actor, { stopId: hangzhou!.id, companyId: w.otherCompanyId });
    addVisit(w.db, actor, { stopId: shanghai!.id, companyId: w.companyId, status: 'cancelled' });

    const map = tripYearMap(w.db, { year: 2024 });
    expect(map.cities.map((c) => [c.name, c.visits, c.trips])).toEqual([
      ['杭州', 2, 2],
      ['上海', 0, 1],
    ]);
    expect(map.routes).toHaveLength(2);
    expect(map.routes[0]!.points).toHaveLength(4); // home, 余杭, 浦东, home
    expect(map.homeCenter).not.toBeNull();
  });
});

describe('visit places on the trip map', () => {
  it('places a company by its coordinates, else its headquarters, else nowhere', () => {
    const w = world();
    const stop = hangzhouStop(w);
    const exact = company(w, '有坐标的企业', { lng: 120.21, lat: 30.25 });
    const region = company(w, '只填总部的企业', { adcode: 330110 });
    addVisit(w.db, actor, { stopId: stop.id, companyId: exact });
    addVisit(w.db, actor, { stopId: stop.id, companyId: region });
    addVisit(w.db, actor, { stopId: stop.id, companyId: w.companyId });
    const places = visitPlaces(w.db, stop.tripId);
    expect(places.map((p) => [p.companyName, p.located])).toEqual([
      ['有坐标的企业', 'exact'],
      ['只填总部的企业', 'region'],
      ['海康威视数字技术股份有限公司', null],
    ]);
    expect(places[0]!.center).toEqual([120.21, 30.25]);
    expect(places[2]!.center).toBeNull();
  });
});
