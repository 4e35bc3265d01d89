import { describe, expect, it } from 'vitest';
import { tripReport } from '../../../main/domain/reports';
import { addStop, createTrip, getTrip, reorderStops, updateStop } from '../../../main/domain/trips';
import { optimiseTrip } from '../../../main/domain/trips/shorterStopOrder';
import { actor, world } from './fixtures-trips';
import { domainError } from '../testDb';

/** 谷城 → 上海, 武汉, 杭州 in that order of dates: the map alone would put 武汉 first. */
function datedTrip() {
  const w = world();
  const trip = createTrip(w.db, actor, {
    title: '长三角招商',
    leaderId: w.leaderId,
    startsOn: '2024-05-19',
    endsOn: '2024-05-30',
    homeAdcode: 420625,
    returnHome: true,
  });
  const add = (placeName: string, adcode: number, arriveOn?: string) =>
    addStop(w.db, actor, { tripId: trip.id, adcode, placeName, arriveOn });
  return {
    ...w,
    trip,
    shanghai: add('上海', 310000, '2024-05-20'),
    wuhan: add('武汉', 420100, '2024-05-22'),
    hangzhou: add('杭州', 330100, '2024-05-24'),
  };
}

/** Places in the order the printed itinerary first lists them, day by day. */
function itineraryOrder(db: ReturnType<typeof world>['db'], tripId: number): string[] {
  const places: string[] = [];
  for (const day of tripReport(db, { id: tripId }).days) {
    for (const p of day.places) if (!places.includes(p)) places.push(p);
  }
  return places;
}

const routeOrder = (db: ReturnType<typeof world>['db'], tripId: number): string[] =>
  tripReport(db, { id: tripId }).stops.map((s) => s.placeName);

describe('dated stops constrain the route', () => {
  it('the optimiser never proposes an order against the stops’ dates; undated stops still move', () => {
    const w = datedTrip();
    const undated = (placeName: string, adcode: number) =>
      addStop(w.db, actor, { tripId: w.trip.id, adcode, placeName });
    const xiangyang = undated('襄阳', 420600);
    const shaoxing = undated('绍兴', 330600);
    // Dated stops hold their places; the undated two sit where the other would be better.
    reorderStops(w.db, actor, {
      tripId: w.trip.id,
      stopIds: [w.shanghai.id, xiangyang.id, w.wuhan.id, w.hangzhou.id, shaoxing.id],
    });
    const result = optimiseTrip(w.db, { tripId: w.trip.id });
    expect(result.proposed).toEqual([w.shanghai.id, shaoxing.id, w.wuhan.id, w.hangzhou.id, xiangyang.id]);
    expect(result.kmAfter).toBeLessThan(result.kmBefore);
  });

  it('refuses to apply an order that contradicts the dates, in Chinese, and writes nothing', () => {
    const w = datedTrip();
    const err = domainError(() =>
      reorderStops(w.db, actor, { tripId: w.trip.id, stopIds: [w.wuhan.id, w.shanghai.id, w.hangzhou.id] }),
    );
    expect(err.message).toContain('与日期不符');
    expect(err.message).toContain('上海');
    expect(getTrip(w.db, w.trip.id).stops.map((s) => s.placeName)).toEqual(['上海', '武汉', '杭州']);
  });

  it('a stop whose date changes moves to its day, so the dossier’s route and itinerary agree', () => {
    const w = datedTrip();
    expect(routeOrder(w.db, w.trip.id)).toEqual(itineraryOrder(w.db, w.trip.id));
    updateStop(w.db, actor, { id: w.hangzhou.id, patch: { arriveOn: '2024-05-21' } });
    addStop(w.db, actor, { tripId: w.trip.id, adcode: 320100, placeName: '南京', arriveOn: '2024-05-19' });
    const route = routeOrder(w.db, w.trip.id);
    expect(route).toEqual(itineraryOrder(w.db, w.trip.id));
    expect(route).toEqual(['南京', '上海', '杭州', '武汉']);
  });
});
