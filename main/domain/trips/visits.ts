import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError, invalid } from '@contract/shared/errors';
import { nowIso, todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { writeAudit } from '../store/audit';
import { assertStaffIds, resolveParties } from '../shared/refs';
import {
  eventAdd,
  visitAdd,
  visitDone,
  visitUpdate,
  type StopEvent,
  type StopVisit,
  type VisitDoneResult,
} from '@contract/trips/schema';
import { assertWithinTrip } from './stops';
import { events, memberIdsOf, tripOfStop, visits } from './tables';

export function addVisit(db: Db, actor: Actor, input: unknown): StopVisit {
  const { stopId, companyId, projectId, ...data } = parseOrThrow(visitAdd, input);
  return db
    .transaction(() => {
      const { trip } = tripOfStop(db, stopId);
      assertWithinTrip(trip, [['plannedOn', '计划走访日期', data.plannedOn]]);
      const parties = resolveParties(db, companyId ?? null, projectId ?? null, true);
      return visits.insert(db, actor, { ...data, ...parties, stopId });
    })
    .immediate();
}

export function updateVisit(db: Db, actor: Actor, input: unknown): StopVisit {
  const { id, patch } = parseOrThrow(visitUpdate, input);
  return db
    .transaction(() => {
      const before = visits.require(db, id);
      if (before.status === 'done') {
        // The visit and its interaction record the same meeting; only the plan's note may change here.
        const touched = Object.entries(patch).filter(
          ([k, v]) =>
            k !== 'notes' && v !== undefined && (before as unknown as Record<string, unknown>)[k] !== v,
        );
        if (touched.length) {
          throw new DomainError(
            'CONFLICT',
            '该走访已完成并记入洽谈记录，只能修改备注；其他内容请在洽谈记录中修改',
          );
        }
      }
      const { trip } = tripOfStop(db, before.stopId);
      assertWithinTrip(trip, [['plannedOn', '计划走访日期', patch.plannedOn]]);
      // A new project without a new company brings its own company along.
      const companyId =
        patch.companyId !== undefined ? patch.companyId : patch.projectId ? null : before.companyId;
      const projectId = patch.projectId !== undefined ? patch.projectId : before.projectId;
      const parties = resolveParties(db, companyId ?? null, projectId ?? null, true);
      return visits.update(db, actor, id, { ...patch, ...parties });
    })
    .immediate();
}

/** The interaction logged from a done visit stays: the meeting did take place. */
export function removeVisit(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    visits.remove(db, actor, id);
  }).immediate();
}

/**
 * A visit done on the road is a meeting like any other: it becomes an interaction (kind
 * visit_out) in the company's and project's history, and the visit points at it. Both are
 * written in one transaction so one never exists without the other.
 */
export function markVisitDone(db: Db, actor: Actor, input: unknown): VisitDoneResult {
  const data = parseOrThrow(visitDone, input);
  return db
    .transaction(() => {
      const visit = visits.require(db, data.visitId);
      if (visit.status === 'done' && visit.interactionId != null) {
        throw new DomainError('CONFLICT', '该走访已标记完成，洽谈记录已存在');
      }
      const { stop, trip } = tripOfStop(db, visit.stopId);
      const occurredOn = data.on ?? visit.plannedOn ?? todayLocal();
      // 已走访 is a fact: a visit planned for later cannot have happened yet.
      if (occurredOn > todayLocal()) {
        const msg = `走访日期 ${occurredOn} 晚于今天，尚未发生的走访不能标记为已走访`;
        throw invalid('on', msg);
      }
      if (data.nextStepOn && data.nextStepOn < occurredOn) {
        const msg = '下一步日期不能早于走访日期';
        throw invalid('nextStepOn', msg);
      }
      let staffIds = data.staffIds;
      if (staffIds) assertStaffIds(db, staffIds, 'staffIds', '参加人员');
      else staffIds = [...(trip.leaderId != null ? [trip.leaderId] : []), ...memberIdsOf(db, trip.id)];
      staffIds = [...new Set(staffIds)];

      const now = nowIso();
      const interaction = {
        companyId: visit.companyId,
        projectId: visit.projectId,
        kind: 'visit_out' as const,
        occurredOn,
        place: stop.placeName,
        theirAttendeesText: data.theirAttendeesText ?? null,
        summary: data.summary,
        stickingPoints: data.stickingPoints ?? null,
        promises: data.promises ?? null,
        nextStep: data.nextStep ?? null,
        nextStepOn: data.nextStepOn ?? null,
        createdBy: actor.name,
        createdAt: now,
        updatedAt: now,
      };
      const interactionId = Number(
        db
          .prepare(
            `INSERT INTO interactions (company_id, project_id, kind, occurred_on, place, their_attendees_text, summary,
               sticking_points, promises, next_step, next_step_on, created_by, created_at, updated_at)
             VALUES (@companyId, @projectId, @kind, @occurredOn, @place, @theirAttendeesText, @summary,
               @stickingPoints, @promises, @nextStep, @nextStepOn, @createdBy, @createdAt, @updatedAt)`,
          )
          .run(interaction).lastInsertRowid,
      );
      const link = db.prepare(`INSERT INTO interaction_staff (interaction_id, staff_id) VALUES (?, ?)`);
      for (const staffId of staffIds) link.run(interactionId, staffId);
      writeAudit(db, actor, 'interaction', interactionId, 'create', null, {
        id: interactionId,
        ...interaction,
        nextStepDone: false,
        staffIds,
        stopVisitId: visit.id,
      });
      const updated = visits.update(db, actor, visit.id, { status: 'done', interactionId });
      return { visit: updated, interactionId };
    })
    .immediate();
}

export function addEvent(db: Db, actor: Actor, input: unknown): StopEvent {
  const { stopId, ...data } = parseOrThrow(eventAdd, input);
  return db
    .transaction(() => {
      const { trip } = tripOfStop(db, stopId);
      assertWithinTrip(trip, [['heldOn', '活动日期', data.heldOn]]);
      return events.insert(db, actor, { ...data, stopId });
    })
    .immediate();
}

export function removeEvent(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    events.remove(db, actor, id);
  }).immediate();
}
