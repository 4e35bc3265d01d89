import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { setSetting } from '../../../main/domain/settings';
import { greatCircleKm, regionByAdcode } from '@contract/shared/regions';
import {
  addEvent,
  addStop,
  addVisit,
  createTrip,
  markVisitDone,
  periodTotals,
  tripTotals,
  updateTrip,
} from '../../../main/domain/trips';
import { routeKm } from '../../../main/domain/trips/routeDistance';
import { formatKm, formatTripTotals } from '@contract/trips/totalsWording';
import { actor, plannedTrip, world, type World } from './fixtures-trips';
import { ctx, domainError } from '../testDb';

const centre = (code: number) => regionByAdcode(code)!.center;
const GUCHENG = 420625;

describe('route kilometres', () => {
  it('measures 北京 → 上海 at about 1,070 km and adds the return leg home', () => {
    const oneWay = routeKm({ homeAdcode: 110000, returnHome: false, stops: [310000] });
    expect(oneWay).toBeGreaterThan(1070 * 0.99);
    expect(oneWay).toBeLessThan(1070 * 1.01);
    expect(routeKm({ homeAdcode: 110000, returnHome: true, stops: [310000] })).toBeCloseTo(2 * oneWay, 6);
    expect(routeKm({ homeAdcode: 110000, returnHome: false, stops: [310000] }, 1.25)).toBeCloseTo(
      oneWay * 1.25,
      6,
    );
  });

  it('chains the stops in order and starts at the first stop when no home is set', () => {
    const viaHangzhou = routeKm({ homeAdcode: null, returnHome: true, stops: [110000, 330100, 310000] });
    const expected =
      greatCircleKm(centre(110000), centre(330100)) + greatCircleKm(centre(330100), centre(310000));
    expect(viaHangzhou).toBeCloseTo(expected, 6);
    // A county missing from the dataset is placed at its province instead of being dropped.
    expect(routeKm({ homeAdcode: 110000, returnHome: false, stops: [654321] })).toBeGreaterThan(2000);
  });
});

describe('totals in the reports’ words', () => {
  it('writes the seeds’ sentence', () => {
    const t = {
      trips: 5,
      days: 36,
      km: 21_234,
      provinces: 8,
      cities: 23,
      companiesVisited: 76,
      companiesPlanned: 0,
      meetings: 0,
    };
    expect(formatTripTotals(t)).toBe('外出招商5次36天，总行程2.1万公里，跨8省23地，走访企业76家');
    expect(formatTripTotals({ ...t, meetings: 3, companiesPlanned: 4 })).toBe(
      '外出招商5次36天，总行程2.1万公里，跨8省23地，走访企业76家，举办推介会、座谈会等活动3场（另有4家企业计划走访）',
    );
    expect(formatKm(3456.4)).toBe('3456公里');
    expect(formatKm(20_010)).toBe('2万公里');
  });
});

function doneVisit(w: World, stopId: number, companyId: number, plannedOn: string) {
  const v = addVisit(w.db, actor, { stopId, companyId, plannedOn });
  markVisitDone(w.db, actor, { visitId: v.id, summary: '介绍园区政策' });
}

describe('trip and period totals', () => {
  it('counts one trip: days, km with home and return, provinces, cities, companies, events', () => {
    const w = world();
    const { trip, stops } = plannedTrip(w); // 宁海, 余姚, 杭州: one province, two cities
    updateTrip(w.db, actor, { id: trip.id, patch: { homeAdcode: GUCHENG, returnHome: true } });
    doneVisit(w, stops[2]!.id, w.companyId, '2021-05-21');
    doneVisit(w, stops[1]!.id, w.companyId, '2021-05-20'); // same company twice: one company
    addVisit(w.db, actor, { stopId: stops[2]!.id, companyId: w.otherCompanyId });
    addEvent(w.db, actor, { stopId: stops[0]!.id, kind: 'promotion', title: '宁海推介会' });

    const got = tripTotals(w.db, trip.id);
    const straight = routeKm({ homeAdcode: GUCHENG, returnHome: true, stops: [330226, 330281, 330100] });
    // No road factor set: 直线距离×1.25≈公路里程.
    expect(got.roadFactor).toBe(1.25);
    const km = straight * 1.25;
    expect(got.totals).toEqual({
      trips: 1,
      days: 8,
      km: Math.round(km),
      provinces: 1,
      cities: 2,
      companiesVisited: 1,
      companiesPlanned: 1,
      meetings: 1,
    });
    expect(got.text).toBe(
      `共8天，总行程${formatKm(km)}，跨1省2地，走访企业1家，举办推介会、座谈会等活动1场（另有1家企业计划走访）`,
    );

    setSetting(w.db, actor, { key: 'roadFactor', value: 1.2 });
    expect(tripTotals(w.db, trip.id).totals.km).toBe(Math.round(straight * 1.2));
  });

  it('sums a period per leader and team, counting places and companies once, leaving out cancelled trips', () => {
    const w = world();
    const mk = (title: string, startsOn: string, endsOn: string, leaderId: number, stops: number[]) => {
      const t = createTrip(w.db, actor, {
        title,
        leaderId,
        teamId: w.teamId,
        startsOn,
        endsOn,
        homeAdcode: GUCHENG,
      });
      return {
        trip: t,
        stops: stops.map((adcode) =>
          addStop(w.db, actor, { tripId: t.id, adcode, placeName: String(adcode) }),
        ),
      };
    };
    const a = mk('长三角', '2024-03-01', '2024-03-05', w.leaderId, [330100, 310000]);
    const b = mk('珠三角', '2024-04-10', '2024-04-12', w.memberIds[0], [440300, 330100]);
    const cancelled = mk('京津冀', '2024-05-01', '2024-05-03', w.leaderId, [110000]);
    updateTrip(w.db, actor, { id: cancelled.trip.id, patch: { status: 'cancelled' } });
    mk('明年', '2025-01-05', '2025-01-06', w.leaderId, [510100]);
    doneVisit(w, a.stops[0]!.id, w.companyId, '2024-03-02');
    doneVisit(w, b.stops[1]!.id, w.companyId, '2024-04-11');
    doneVisit(w, b.stops[0]!.id, w.otherCompanyId, '2024-04-10');

    const got = periodTotals(w.db, { from: '2024-01-01', to: '2024-12-31' });
    expect(got.totals).toMatchObject({
      trips: 2,
      days: 8,
      provinces: 3,
      cities: 3,
      companiesVisited: 2,
      meetings: 0,
    });
    expect(got.text).toMatch(/^外出招商2次8天，总行程[\d.]+万?公里，跨3省3地，走访企业2家$/);
    expect(got.plannedTrips).toBe(2);
    expect(got.byLeader.map((g) => [g.name, g.totals.trips])).toEqual([
      ['王主任', 1],
      ['赵专员', 1],
    ]);
    expect(got.byTeam).toHaveLength(1);
    expect(got.byTeam[0]!.totals.km).toBe(got.totals.km);
    expect(
      periodTotals(w.db, { from: '2024-01-01', to: '2024-12-31', leaderId: w.leaderId }).totals.trips,
    ).toBe(1);
  });

  it('refuses a period that ends before it starts, through the contract', async () => {
    const w = world();
    const e = domainError(() => periodTotals(w.db, { from: '2024-12-31', to: '2024-01-01' }));
    expect(e.fields?.to).toBe('截止日期不能早于起始日期');
    const r = await dispatch(ctx(w.db), 'trips.totals', { from: '2024-01-01', to: '2024-12-31', extra: 1 });
    expect(r.ok).toBe(false);
    const ok = await dispatch(ctx(w.db), 'trips.totals', { from: '2024-01-01', to: '2024-12-31' });
    expect(ok.ok && (ok.value as { text: string }).text).toBe(
      '外出招商0次0天，总行程0公里，跨0省0地，走访企业0家',
    );
  });
});
