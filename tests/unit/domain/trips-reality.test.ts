import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { addDays } from '@contract/indicators/period';
import { todayLocal } from '@contract/shared/time';
import { createReception } from '../../../main/domain/receptions';
import { addStop, addVisit, createTrip, getTrip, updateTrip } from '../../../main/domain/trips';
import { visitElsewhere } from '@contract/trips/elsewhere';
import type { BusyItem } from '@contract/trips/planningSchema';
import { actor, world } from './fixtures-trips';
import { rowCount, ctx } from '../testDb';

describe('a plan cannot claim what has not happened', () => {
  it('refuses to mark a visit 已走访 on a day after today, through the contract, writing nothing', async () => {
    const w = world();
    const today = todayLocal();
    const trip = createTrip(w.db, actor, {
      title: '珠三角招商',
      leaderId: w.leaderId,
      startsOn: today,
      endsOn: addDays(today, 5),
    });
    const stop = addStop(w.db, actor, { tripId: trip.id, adcode: 440300, placeName: '深圳' });
    const visit = addVisit(w.db, actor, {
      stopId: stop.id,
      companyId: w.companyId,
      plannedOn: addDays(today, 2),
    });
    const interactions = rowCount(w.db, 'interactions');

    const planned = await dispatch(ctx(w.db), 'trips.markVisitDone', {
      visitId: visit.id,
      summary: '初次拜访',
    });
    expect(planned.ok ? '' : planned.error.message).toBe(
      `走访日期 ${addDays(today, 2)} 晚于今天，尚未发生的走访不能标记为已走访`,
    );
    const stated = await dispatch(ctx(w.db), 'trips.markVisitDone', {
      visitId: visit.id,
      summary: '初次拜访',
      on: addDays(today, 1),
    });
    expect(stated.ok).toBe(false);
    expect(rowCount(w.db, 'interactions')).toBe(interactions);
    expect(getTrip(w.db, trip.id).stops[0]?.visits[0]?.status).not.toBe('done');

    const met = await dispatch(ctx(w.db), 'trips.markVisitDone', {
      visitId: visit.id,
      summary: '初次拜访',
      on: today,
    });
    expect(met.ok).toBe(true);
  });
});

describe('a plan warns when it contradicts the rest of the calendar', () => {
  const busy = async (db: Parameters<typeof ctx>[0], input: Record<string, unknown>) => {
    const r = await dispatch(ctx(db), 'trips.busy', input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as BusyItem[];
  };

  it('names the leader already leading another trip, or a member on it, on overlapping days', async () => {
    const w = world();
    const [member] = w.memberIds;
    const first = createTrip(w.db, actor, {
      title: '长三角招商考察',
      leaderId: w.leaderId,
      memberIds: [member],
      startsOn: '2024-05-20',
      endsOn: '2024-05-23',
    });
    // Touching on the last day still clashes: a leader cannot set out the day he is still away.
    const warnings = await busy(w.db, {
      startsOn: '2024-05-23',
      endsOn: '2024-05-25',
      staffIds: [w.leaderId, member, w.memberIds[1]],
    });
    expect(warnings.map((b) => b.message)).toEqual([
      '王主任 已在「长三角招商考察」行程中（5月20日—5月23日）',
      '赵专员 已在「长三角招商考察」行程中（5月20日—5月23日）',
    ]);
    // The next day is free; a trip never clashes with itself; a cancelled trip holds nobody.
    expect(
      await busy(w.db, { startsOn: '2024-05-24', endsOn: '2024-05-25', staffIds: [w.leaderId] }),
    ).toEqual([]);
    expect(
      await busy(w.db, {
        startsOn: '2024-05-21',
        endsOn: '2024-05-22',
        staffIds: [w.leaderId],
        exceptTripId: first.id,
      }),
    ).toEqual([]);
    updateTrip(w.db, actor, { id: first.id, patch: { status: 'cancelled' } });
    expect(
      await busy(w.db, { startsOn: '2024-05-21', endsOn: '2024-05-22', staffIds: [w.leaderId] }),
    ).toEqual([]);
  });

  it('names a leader who hosts a delegation at home on those days', async () => {
    const w = world();
    const reception = createReception(w.db, actor, {
      startsOn: '2024-06-03',
      endsOn: '2024-06-04',
      delegation: '德国巴斯夫考察团',
      headcount: 6,
      hostId: w.leaderId,
    });
    const warnings = await busy(w.db, {
      startsOn: '2024-06-01',
      endsOn: '2024-06-03',
      staffIds: [w.leaderId],
    });
    expect(warnings).toMatchObject([{ kind: 'reception', refId: reception.id }]);
    expect(warnings[0]?.message).toBe('王主任 需接待「德国巴斯夫考察团」（6月3日—6月4日）');
    // Editing that reception itself is no clash.
    expect(
      await busy(w.db, {
        startsOn: '2024-06-03',
        endsOn: '2024-06-03',
        staffIds: [w.leaderId],
        exceptReceptionId: reception.id,
      }),
    ).toEqual([]);
  });

  it('refuses a period that ends before it starts, in Chinese', async () => {
    const w = world();
    const r = await dispatch(ctx(w.db), 'trips.busy', {
      startsOn: '2024-06-03',
      endsOn: '2024-06-01',
      staffIds: [w.leaderId],
    });
    expect(r.ok ? '' : r.error.message).toContain('返回日期不能早于出发日期');
  });

  it("flags a visit to a company whose headquarters are in another city than the stop's", () => {
    const w = world();
    const at = (id: number, adcode: number | null) =>
      w.db.prepare(`UPDATE companies SET hq_adcode = ? WHERE id = ?`).run(adcode, id);
    at(w.companyId, 330108); // 杭州市滨江区
    at(w.otherCompanyId, 330203); // 宁波市海曙区
    const trip = createTrip(w.db, actor, { title: '浙江招商', startsOn: '2024-05-20', endsOn: '2024-05-22' });
    const stop = addStop(w.db, actor, { tripId: trip.id, adcode: 330100, placeName: '杭州' });
    addVisit(w.db, actor, { stopId: stop.id, companyId: w.companyId });
    addVisit(w.db, actor, { stopId: stop.id, companyId: w.otherCompanyId });
    const visits = getTrip(w.db, trip.id).stops[0]!.visits;
    const byCompany = new Map(visits.map((v) => [v.companyId, v.elsewhere]));
    expect(byCompany.get(w.companyId)).toBeNull();
    expect(byCompany.get(w.otherCompanyId)).toBe('该企业总部在宁波市，不在本站所在的杭州市');
  });

  it('reads a municipality as one city and a province-wide stop by province', () => {
    expect(visitElsewhere(310000, 310115)).toBeNull(); // 上海 stop, 浦东 company
    expect(visitElsewhere(310115, 310104)).toBeNull(); // 浦东 vs 徐汇: the same city
    expect(visitElsewhere(330000, 330203)).toBeNull(); // 浙江省 stop, 宁波 company
    expect(visitElsewhere(330000, 320500)).toBe('该企业总部在江苏省，不在本站所在的浙江省');
    expect(visitElsewhere(330100, null)).toBeNull(); // no headquarters on file: nothing to say
  });
});
