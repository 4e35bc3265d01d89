import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createReception, receptionTotals } from '../../../main/domain/receptions';
import { setSetting } from '../../../main/domain/settings';
import {
  addStop,
  addVisit,
  createTrip,
  leaderQuotas,
  markVisitDone,
  quietDayWarningsFor,
  tripTimeline,
  updateTrip,
} from '../../../main/domain/trips';
import { quietDayWarnings } from '../../../main/domain/trips/quietDayCount';
import { actor, world, type World } from './fixtures-trips';
import { ctx, domainError } from '../testDb';

const NOW = '2024-01-01T00:00:00.000Z';

function leader(w: World, name: string, level: 'city' | 'county' | 'zone'): number {
  return Number(
    w.db
      .prepare(
        `INSERT INTO staff (name, role, leader_level, team_id, created_at, updated_at) VALUES (?, 'leader', ?, ?, ?, ?)`,
      )
      .run(name, level, w.teamId, NOW, NOW).lastInsertRowid,
  );
}

function trips(
  w: World,
  leaderId: number,
  n: number,
  status: 'done' | 'planned' | 'cancelled',
  month: number,
) {
  for (let i = 0; i < n; i++) {
    const day = `2024-${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`;
    const t = createTrip(w.db, actor, { title: `外出${day}`, leaderId, startsOn: day, endsOn: day });
    if (status !== 'planned') updateTrip(w.db, actor, { id: t.id, patch: { status } });
  }
}

describe('leader trip quotas', () => {
  it('reads each leader’s completed trips against the quota for their level and the time gone', () => {
    const w = world();
    const mayor = leader(w, '陈市长', 'city');
    const director = leader(w, '周主任', 'zone');
    const county = leader(w, '吴县长', 'county');
    trips(w, mayor, 6, 'done', 3);
    trips(w, director, 4, 'done', 2);
    trips(w, director, 3, 'planned', 9);
    trips(w, director, 2, 'cancelled', 4);
    trips(w, county, 1, 'done', 5);

    // Mid-year: a zone leader owes 6 of 12 by now.
    const rows = leaderQuotas(w.db, { year: 2024 }, '2024-07-01');
    const byName = new Map(rows.map((r) => [r.leaderName, r]));
    expect(byName.get('陈市长')).toMatchObject({ quota: 6, done: 6, status: 'met' });
    expect(byName.get('周主任')).toMatchObject({
      quota: 12,
      done: 4,
      planned: 3,
      expectedByNow: 6,
      status: 'behind',
    });
    expect(byName.get('吴县长')).toMatchObject({ quota: null, done: 1, status: 'noQuota' });
    expect(rows[0]!.leaderName).toBe('周主任');
    // 王主任 of the fixture leads but has no level: listed, without a quota.
    expect(byName.get('王主任')).toMatchObject({ quota: null, done: 0 });

    setSetting(w.db, actor, { key: 'leaderTripQuota', value: { city: 8, zone: 4 } });
    const after = new Map(leaderQuotas(w.db, { year: 2024 }, '2024-07-01').map((r) => [r.leaderName, r]));
    expect(after.get('陈市长')).toMatchObject({ quota: 8, status: 'onTrack' });
    expect(after.get('周主任')).toMatchObject({ quota: 4, status: 'met' });
  });
});

describe('quiet-day rule (企业安静日)', () => {
  const limits = { visitsPerMonth: 3, daysPerMonth: 5 };
  const visit = (days: string[]) => ({ companyId: 1, companyName: '海康威视', days });

  it('warns above 3 visits a month, naming the company and the dates', () => {
    const four = ['2024-05-03', '2024-05-10', '2024-05-17', '2024-05-24'].map((d) => visit([d]));
    expect(quietDayWarnings(four.slice(0, 3), limits)).toEqual([]);
    const [w] = quietDayWarnings(four, limits);
    expect(w).toMatchObject({ month: '2024-05', visits: 4, days: 4, exceeds: ['visits'] });
    expect(w!.message).toBe(
      '海康威视：2024年5月安排入企走访4次、共4天（5月3日、5月10日、5月17日、5月24日），超出企业安静日规定（每月不超过3次）',
    );
  });

  it('warns above 5 days a month, counting a multi-day visit by its days and its month by its first day', () => {
    const long = visit(['2024-05-06', '2024-05-07', '2024-05-08', '2024-05-09']);
    const more = visit(['2024-05-20', '2024-05-21']);
    const [w] = quietDayWarnings([long, more], limits);
    expect(w).toMatchObject({ visits: 2, days: 6, exceeds: ['days'] });
    expect(w!.message).toContain('累计不超过5天');
    // Four days plus one in May (the second visit's other day falls in June): within the limit.
    const straddle = visit(['2024-05-31', '2024-06-01']);
    expect(quietDayWarnings([straddle, long], limits)).toEqual([]);
  });

  it('checks a trip’s visits together with the company’s other visits that month, from the settings', () => {
    const w = world();
    const t = createTrip(w.db, actor, { title: '杭州', startsOn: '2024-05-01', endsOn: '2024-05-31' });
    const stop = addStop(w.db, actor, { tripId: t.id, adcode: 330100, placeName: '杭州' });
    const other = createTrip(w.db, actor, {
      title: '再去杭州',
      startsOn: '2024-05-20',
      endsOn: '2024-05-22',
    });
    const otherStop = addStop(w.db, actor, { tripId: other.id, adcode: 330100, placeName: '杭州' });
    addVisit(w.db, actor, { stopId: stop.id, companyId: w.companyId, plannedOn: '2024-05-03' });
    const done = addVisit(w.db, actor, { stopId: stop.id, companyId: w.companyId, plannedOn: '2024-05-08' });
    markVisitDone(w.db, actor, { visitId: done.id, summary: '洽谈', on: '2024-05-09' });
    addVisit(w.db, actor, { stopId: otherStop.id, companyId: w.companyId, plannedOn: '2024-05-21' });
    addVisit(w.db, actor, { stopId: stop.id, companyId: w.otherCompanyId, plannedOn: '2024-05-04' });
    expect(quietDayWarningsFor(w.db, { tripId: t.id })).toEqual([]);

    // A meeting logged directly as an on-site visit counts too.
    w.db
      .prepare(
        `INSERT INTO interactions (company_id, kind, occurred_on, summary, created_by, created_at, updated_at)
         VALUES (?, 'visit_out', '2024-05-15', '上门服务', '赵专员', ?, ?)`,
      )
      .run(w.companyId, NOW, NOW);
    const [warning, ...rest] = quietDayWarningsFor(w.db, { tripId: t.id });
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      companyId: w.companyId,
      visits: 4,
      dates: ['2024-05-03', '2024-05-09', '2024-05-15', '2024-05-21'],
    });
    expect(quietDayWarningsFor(w.db, { from: '2024-05-01', to: '2024-05-31' })).toHaveLength(1);

    setSetting(w.db, actor, { key: 'quietDayLimits', value: { visitsPerMonth: 4, daysPerMonth: 5 } });
    expect(quietDayWarningsFor(w.db, { tripId: t.id })).toEqual([]);
    expect(domainError(() => quietDayWarningsFor(w.db, {})).message).toContain('请指定行程，或起止日期');
  });
});

describe('trip timeline', () => {
  it('shows the year’s trips and marks a person on two trips at once', () => {
    const w = world();
    const a = createTrip(w.db, actor, {
      title: '长三角',
      leaderId: w.leaderId,
      startsOn: '2024-05-19',
      endsOn: '2024-05-26',
    });
    const b = createTrip(w.db, actor, {
      title: '珠三角',
      leaderId: w.memberIds[0],
      memberIds: [w.leaderId],
      startsOn: '2024-05-25',
      endsOn: '2024-05-28',
    });
    const c = createTrip(w.db, actor, {
      title: '京津冀',
      leaderId: w.leaderId,
      startsOn: '2024-05-27',
      endsOn: '2024-05-29',
    });
    const cancelled = createTrip(w.db, actor, {
      title: '取消',
      leaderId: w.leaderId,
      startsOn: '2024-05-20',
      endsOn: '2024-05-21',
    });
    updateTrip(w.db, actor, { id: cancelled.id, patch: { status: 'cancelled' } });
    createTrip(w.db, actor, {
      title: '跨年',
      leaderId: w.leaderId,
      startsOn: '2023-12-30',
      endsOn: '2024-01-02',
    });

    const tl = tripTimeline(w.db, { year: 2024 });
    expect(tl.trips.map((t) => t.title)).toEqual(['跨年', '长三角', '取消', '珠三角', '京津冀']);
    expect(tl.clashes.map((c) => [c.staffName, c.tripIds, c.from, c.to])).toEqual([
      ['王主任', [a.id, b.id], '2024-05-25', '2024-05-26'],
      ['王主任', [b.id, c.id], '2024-05-27', '2024-05-28'],
    ]);
  });
});

describe('reception totals', () => {
  it('counts companies once and sums visitor headcounts, in the seeds’ words', async () => {
    const w = world();
    const add = (startsOn: string, headcount: number, companyId: number | null) =>
      createReception(w.db, actor, {
        startsOn,
        endsOn: startsOn,
        delegation: '考察团',
        headcount,
        companyId,
      });
    add('2024-03-01', 5, w.companyId);
    add('2024-04-01', 3, w.companyId);
    add('2024-04-15', 8, null);
    add('2023-12-01', 20, w.otherCompanyId);
    expect(receptionTotals(w.db, { from: '2024-01-01', to: '2024-05-31' })).toEqual({
      receptions: 3,
      companies: 2,
      visitors: 16,
      text: '接待考察企业2家、客商16人次',
    });
    const r = await dispatch(ctx(w.db), 'receptions.totals', { from: '2024-06-01', to: '2024-01-01' });
    expect(!r.ok && r.error.message).toContain('截止日期不能早于起始日期');
  });
});
