import { describe, expect, it } from 'vitest';
import { historyOf } from '../../../main/domain/store/audit';
import {
  addEvent,
  addVisit,
  deleteTrip,
  getTrip,
  markVisitDone,
  removeEvent,
  updateVisit,
} from '../../../main/domain/trips';
import { actor, plannedTrip, world } from './fixtures-trips';
import { rowCount, domainError } from '../testDb';

describe('trip visits and events', () => {
  it('validates who a visit is with: a lone project brings its company, a foreign project is refused', () => {
    const w = world();
    const { stops } = plannedTrip(w);
    const stopId = stops[2]!.id;
    expect(addVisit(w.db, actor, { stopId, projectId: w.otherProjectId }).companyId).toBe(w.otherCompanyId);
    const before = rowCount(w.db, 'stop_visits');
    expect(domainError(() => addVisit(w.db, actor, { stopId })).fields?.companyId).toContain(
      '请选择企业或项目',
    );
    const foreign = domainError(() =>
      addVisit(w.db, actor, { stopId, companyId: w.companyId, projectId: w.otherProjectId }),
    );
    expect(foreign.fields?.projectId).toBe('所选项目不属于所选企业');
    expect(domainError(() => addVisit(w.db, actor, { stopId, companyId: 4242 })).fields?.companyId).toContain(
      '不存在',
    );
    const late = domainError(() =>
      addVisit(w.db, actor, { stopId, companyId: w.companyId, plannedOn: '2021-06-01' }),
    );
    expect(late.fields?.plannedOn).toContain('之内');
    expect(rowCount(w.db, 'stop_visits')).toBe(before);
  });

  it('marks a visit done as exactly one interaction linked to the visit, its company and project', () => {
    const w = world();
    const { trip, stops } = plannedTrip(w);
    const visit = addVisit(w.db, actor, {
      stopId: stops[2]!.id,
      projectId: w.projectId,
      plannedOn: '2021-05-22',
    });

    const before = rowCount(w.db, 'interactions');
    expect(
      domainError(() => markVisitDone(w.db, actor, { visitId: visit.id, summary: '  ' })).fields?.summary,
    ).toBe('请填写洽谈内容');
    expect(rowCount(w.db, 'interactions')).toBe(before);

    const done = markVisitDone(w.db, actor, {
      visitId: visit.id,
      summary: '对方同意下月来园区考察',
      nextStep: '发送园区资料',
    });
    expect(rowCount(w.db, 'interactions')).toBe(before + 1);
    expect(done.visit).toMatchObject({ status: 'done', interactionId: done.interactionId });
    const row = w.db
      .prepare(
        `SELECT kind, occurred_on, place, company_id, project_id, summary, created_by FROM interactions WHERE id = ?`,
      )
      .get(done.interactionId);
    expect(row).toEqual({
      kind: 'visit_out',
      occurred_on: '2021-05-22',
      place: '杭州',
      company_id: w.companyId,
      project_id: w.projectId,
      summary: '对方同意下月来园区考察',
      created_by: '李主任',
    });
    const staff = w.db
      .prepare(`SELECT staff_id FROM interaction_staff WHERE interaction_id = ? ORDER BY staff_id`)
      .pluck()
      .all(done.interactionId);
    expect(staff).toEqual([w.leaderId, ...w.memberIds].sort((x, y) => x - y));
    expect(historyOf(w.db, 'interaction', done.interactionId)[0]?.action).toBe('create');
    expect(getTrip(w.db, trip.id).stops[2]!.visits[0]!.interactionId).toBe(done.interactionId);

    expect(
      domainError(() => markVisitDone(w.db, actor, { visitId: visit.id, summary: '再记一次' })).code,
    ).toBe('CONFLICT');
    expect(rowCount(w.db, 'interactions')).toBe(before + 1);
    expect(
      domainError(() => updateVisit(w.db, actor, { id: visit.id, patch: { projectId: w.otherProjectId } }))
        .code,
    ).toBe('CONFLICT');
    expect(updateVisit(w.db, actor, { id: visit.id, patch: { notes: '董事长亲自接待' } }).notes).toBe(
      '董事长亲自接待',
    );

    const other = addVisit(w.db, actor, { stopId: stops[1]!.id, companyId: w.otherCompanyId });
    const onDay = markVisitDone(w.db, actor, { visitId: other.id, summary: '初次拜访', on: '2021-05-20' });
    expect(
      w.db.prepare(`SELECT occurred_on FROM interactions WHERE id = ?`).pluck().get(onDay.interactionId),
    ).toBe('2021-05-20');

    deleteTrip(w.db, actor, trip.id);
    expect(rowCount(w.db, 'stop_visits')).toBe(0);
    expect(rowCount(w.db, 'interactions')).toBe(before + 2);
  });

  it('adds and removes events; an unknown kind is refused', () => {
    const w = world();
    const { trip, stops } = plannedTrip(w);
    const ev = addEvent(w.db, actor, { stopId: stops[2]!.id, kind: 'signing', title: '项目集中签约仪式' });
    expect(
      domainError(() => addEvent(w.db, actor, { stopId: stops[2]!.id, kind: 'party', title: 'x' } as never))
        .code,
    ).toBe('VALIDATION');
    removeEvent(w.db, actor, ev.id);
    expect(getTrip(w.db, trip.id).stops[2]!.events).toEqual([]);
    expect(historyOf(w.db, 'stopEvent', ev.id).map((h) => h.action)).toEqual(['delete', 'create']);
  });
});
