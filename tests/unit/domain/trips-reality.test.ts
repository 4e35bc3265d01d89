import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { addDays } from '../../../main/domain/indicators/period';
import { todayLocal } from '../../../main/domain/shared/time';
import { addStop, addVisit, createTrip, getTrip } from '../../../main/domain/trips';
import { actor, count, ctx, world } from './fixtures-trips';

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
    const interactions = count(w.db, 'interactions');

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
    expect(count(w.db, 'interactions')).toBe(interactions);
    expect(getTrip(w.db, trip.id).stops[0]?.visits[0]?.status).not.toBe('done');

    const met = await dispatch(ctx(w.db), 'trips.markVisitDone', {
      visitId: visit.id,
      summary: '初次拜访',
      on: today,
    });
    expect(met.ok).toBe(true);
  });
});
