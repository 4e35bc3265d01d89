import { describe, expect, it } from 'vitest';
import { itineraryDays } from '../../../main/domain/reports/itinerary';
import { tripReport } from '../../../main/domain/reports';
import type { StopView } from '@contract/trips/schema';
import { ledger } from './ledger';

describe('出访手册 (reports.trip)', () => {
  const w = ledger();
  const d = tripReport(w.db, { id: w.trip });

  it("the cover: trip, leader, members, home and the totals in the reports' words", () => {
    expect(d.trip).toMatchObject({
      title: '长三角招商考察',
      leaderName: '梁主任',
      startsOn: '2024-05-18',
      endsOn: '2024-05-24',
    });
    expect(d.trip.members.map((m) => m.name)).toEqual(['赵专员']);
    expect(d.home?.name).toBe('谷城县');
    expect(d.statusLabel).toBe('计划');
    // 宁海 and 余姚 are both in 宁波: one province, two cities; two companies still to visit.
    expect(d.totalsText).toContain('跨1省2地');
    expect(d.totalsText).toContain('另有2家企业计划走访');
  });

  it('stops in travel order with their place on the map and the visits not cancelled', () => {
    expect(d.stops.map((s) => [s.seq, s.placeName, s.visitCount])).toEqual([
      [1, '宁海县', 0],
      [2, '余姚市', 1],
      [3, '杭州市', 2],
    ]);
    for (const s of d.stops) expect(s.center).not.toBeNull();
  });

  it('one-pagers in visit order, each company once, cancelled visits left out', () => {
    expect(d.visits.map((v) => [v.stopNo, v.placeName, v.brief.company.name, v.plannedOn])).toEqual([
      [2, '余姚市', '余姚兰山机电有限公司', '2024-05-20'],
      [3, '杭州市', '杭州海康威视数字技术股份有限公司', '2024-05-22'],
    ]);
    expect(d.visits[1]?.brief.projects).toHaveLength(2);
  });

  it('the itinerary has every day of the trip, with places, visits and events on their days', () => {
    expect(
      d.days.map((x) => [
        x.date,
        x.places.join('、'),
        x.visits.map((v) => v.companyName).join('、'),
        x.events.length,
      ]),
    ).toEqual([
      ['2024-05-18', '', '', 0],
      ['2024-05-19', '宁海县', '', 1],
      ['2024-05-20', '余姚市', '余姚兰山机电有限公司', 0],
      ['2024-05-21', '杭州市', '', 0],
      ['2024-05-22', '杭州市', '杭州海康威视数字技术股份有限公司', 0],
      ['2024-05-23', '杭州市', '杭州海康威视数字技术股份有限公司', 0],
      ['2024-05-24', '', '', 0],
    ]);
  });

  it('a trip that is gone is NOT_FOUND', () => {
    expect(() => tripReport(w.db, { id: 999 })).toThrow(/不存在/);
  });
});

describe('itineraryDays', () => {
  const stop = (over: Partial<StopView>): StopView => ({
    id: 1,
    tripId: 1,
    seq: 0,
    adcode: 330100,
    placeName: '杭州市',
    arriveOn: null,
    departOn: null,
    pinned: false,
    notes: null,
    createdAt: '',
    updatedAt: '',
    visits: [],
    events: [],
    ...over,
  });
  const visit = (plannedOn: string | null, companyName: string) => ({
    id: 1,
    stopId: 1,
    companyId: 1,
    projectId: null,
    plannedOn,
    status: 'planned' as const,
    interactionId: null,
    notes: null,
    createdAt: '',
    updatedAt: '',
    companyName,
    projectName: null,
    elsewhere: null,
  });

  it("an undated visit falls on its stop's arrival day; one at an undated stop goes to 日期待定", () => {
    const days = itineraryDays('2024-05-01', '2024-05-02', [
      stop({ placeName: '杭州市', arriveOn: '2024-05-02', visits: [visit(null, '甲公司')] }),
      stop({ placeName: '上海市', visits: [visit(null, '乙公司')] }),
    ]);
    expect(days.map((x) => [x.date, x.places, x.visits.map((v) => v.companyName)])).toEqual([
      ['2024-05-01', [], []],
      ['2024-05-02', ['杭州市'], ['甲公司']],
      [null, ['上海市'], ['乙公司']],
    ]);
  });
});
