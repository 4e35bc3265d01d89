import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { historyOf } from '../../../main/domain/store/audit';
import {
  addEvent,
  addStop,
  addVisit,
  createTrip,
  getTrip,
  listTrips,
  reorderStops,
  updateStop,
  updateTrip,
} from '../../../main/domain/trips';
import { actor, plannedTrip, world } from './fixtures-trips';
import { auditCount, rowCount, ctx, domainError } from '../testDb';

describe('trips and stops', () => {
  it('round-trips a trip with members, ordered stops, visits with names, and events', () => {
    const w = world();
    const { trip, stops } = plannedTrip(w);
    addVisit(w.db, actor, { stopId: stops[2]!.id, projectId: w.projectId, plannedOn: '2021-05-21' });
    addEvent(w.db, actor, {
      stopId: stops[0]!.id,
      kind: 'promotion',
      title: '宁海招商推介会',
      heldOn: '2021-05-19',
    });

    const got = getTrip(w.db, trip.id);
    expect(got).toMatchObject({ title: '长三角招商（5月）', status: 'planned', returnHome: true });
    expect(got.leaderName).toBe('王主任');
    expect(got.teamName).toBe('第一招商小分队');
    expect(got.members.map((m) => m.id).sort()).toEqual([...w.memberIds].sort());
    expect(got.stops.map((s) => s.placeName)).toEqual(['宁海', '余姚', '杭州']);
    expect(got.stops.map((s) => s.seq)).toEqual([0, 1, 2]);
    expect(got.stops[2]!.visits[0]).toMatchObject({
      companyId: w.companyId,
      companyName: '海康威视数字技术股份有限公司',
      projectName: '智能安防产业园项目',
      status: 'planned',
    });
    expect(got.stops[0]!.events[0]).toMatchObject({ kind: 'promotion', title: '宁海招商推介会' });

    const page = listTrips(w.db, { sort: [{ col: 'startsOn', dir: 'asc' }] });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({
      leaderName: '王主任',
      teamName: '第一招商小分队',
      stopCount: 3,
      visitCount: 1,
      days: 8,
    });
    expect(listTrips(w.db, { q: '王主任' }).total).toBe(1);
    expect(listTrips(w.db, { filters: { status: { type: 'set', values: ['done'] } } }).total).toBe(0);

    const history = historyOf(w.db, 'trip', trip.id);
    expect(history.some((h) => h.action === 'create')).toBe(true);
    expect(history.find((h) => h.after && 'memberIds' in h.after)?.after).toEqual({
      memberIds: [...w.memberIds].sort(),
    });
  });

  it('refuses a return date before departure, in Chinese, writing nothing', () => {
    const w = world();
    const before = rowCount(w.db, 'trips');
    const e = domainError(() =>
      createTrip(w.db, actor, { title: '珠三角', startsOn: '2024-06-10', endsOn: '2024-06-08' }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.endsOn).toBe('返回日期不能早于出发日期');
    expect(rowCount(w.db, 'trips')).toBe(before);

    const { trip } = plannedTrip(w);
    const audits = auditCount(w.db, 'trip');
    const e2 = domainError(() => updateTrip(w.db, actor, { id: trip.id, patch: { endsOn: '2021-05-01' } }));
    expect(e2.fields?.endsOn).toBe('返回日期不能早于出发日期');
    const e3 = domainError(() => updateTrip(w.db, actor, { id: trip.id, patch: { endsOn: '2021-05-20' } }));
    // 杭州 (5/21–23) is the one stop left outside: counted once, not once per date.
    expect(e3.message).toBe(
      '有 1 个停靠点、走访或活动的日期不在 2021-05-19 至 2021-05-20 之内，请先调整它们',
    );
    expect(getTrip(w.db, trip.id).endsOn).toBe('2021-05-26');
    expect(auditCount(w.db, 'trip')).toBe(audits);
  });

  it('refuses a leader or member who does not exist', () => {
    const w = world();
    const e = domainError(() =>
      createTrip(w.db, actor, {
        title: '京津冀',
        leaderId: 999,
        startsOn: '2024-06-01',
        endsOn: '2024-06-03',
        memberIds: [998],
      }),
    );
    expect(e.fields?.leaderId).toContain('不存在');
    expect(rowCount(w.db, 'trips')).toBe(0);
    expect(rowCount(w.db, 'trip_members')).toBe(0);
  });

  it('keeps stop dates inside the trip and departure after arrival', () => {
    const w = world();
    const { trip, stops } = plannedTrip(w);
    const before = rowCount(w.db, 'trip_stops');
    const outside = domainError(() =>
      addStop(w.db, actor, { tripId: trip.id, adcode: 330400, placeName: '嘉兴', arriveOn: '2021-05-30' }),
    );
    expect(outside.fields?.arriveOn).toBe('到达日期应在行程日期（2021-05-19 至 2021-05-26）之内');
    const backwards = domainError(() =>
      updateStop(w.db, actor, { id: stops[2]!.id, patch: { departOn: '2021-05-20' } }),
    );
    expect(backwards.fields?.departOn).toBe('离开日期不能早于到达日期');
    expect(
      domainError(() => addStop(w.db, actor, { tripId: trip.id, adcode: 12345, placeName: 'x' })).fields
        ?.adcode,
    ).toBeTruthy();
    expect(rowCount(w.db, 'trip_stops')).toBe(before);
    expect(getTrip(w.db, trip.id).stops[2]!.departOn).toBe('2021-05-23');
  });

  it('reorders stops in one go and refuses a list that is not exactly the trip’s stops', () => {
    const w = world();
    const { trip, stops } = plannedTrip(w);
    const other = plannedTrip(w);
    const [a, b, c] = stops.map((s) => s.id) as [number, number, number];
    // Dated stops keep the order of their dates (trips-dated-order.test.ts): undate them to move freely.
    for (const id of [a, b, c]) updateStop(w.db, actor, { id, patch: { arriveOn: null, departOn: null } });

    const reordered = reorderStops(w.db, actor, { tripId: trip.id, stopIds: [c, a, b] });
    expect(reordered.map((s) => s.id)).toEqual([c, a, b]);
    expect(getTrip(w.db, trip.id).stops.map((s) => [s.id, s.seq])).toEqual([
      [c, 0],
      [a, 1],
      [b, 2],
    ]);
    const audit = historyOf(w.db, 'trip', trip.id).find((h) => h.after && 'stopIds' in h.after);
    expect(audit?.before).toEqual({ stopIds: [a, b, c] });

    for (const wrong of [
      [c, a],
      [c, a, b, b],
      [c, a, a],
      [c, a, other.stops[0]!.id],
    ]) {
      const e = domainError(() => reorderStops(w.db, actor, { tripId: trip.id, stopIds: wrong }));
      expect(e.code).toBe('VALIDATION');
      expect(e.fields?.stopIds).toContain('不一致');
    }
    expect(getTrip(w.db, trip.id).stops.map((s) => s.id)).toEqual([c, a, b]);
    addStop(w.db, actor, { tripId: trip.id, adcode: 330400, placeName: '嘉兴' });
    expect(getTrip(w.db, trip.id).stops.map((s) => s.seq)).toEqual([0, 1, 2, 3]);
  });

  it('works through dispatch, refusing unknown extra keys', async () => {
    const w = world();
    const c = ctx(w.db);
    const created = await dispatch(c, 'trips.create', {
      title: '成渝招商',
      startsOn: '2024-09-01',
      endsOn: '2024-09-03',
    });
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const stop = await dispatch(c, 'trips.addStop', {
      tripId: id,
      adcode: 510100,
      placeName: '成都',
      arriveOn: '2024-09-01',
    });
    expect(stop.ok).toBe(true);
    const extra = await dispatch(c, 'trips.update', { id, patch: { title: '改名' }, sneaky: 1 });
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.error.code).toBe('VALIDATION');
    const bad = await dispatch(c, 'trips.create', {
      title: '反向',
      startsOn: '2024-09-03',
      endsOn: '2024-09-01',
    });
    expect(bad.ok ? null : bad.error.fields?.endsOn).toBe('返回日期不能早于出发日期');
    const got = await dispatch(c, 'trips.get', { id });
    expect(got.ok && (got.value as { stops: unknown[] }).stops.length).toBe(1);
    expect(rowCount(w.db, 'trips')).toBe(1);
  });
});
