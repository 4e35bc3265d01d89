import type { Db } from '../../db/open';
import { monthDayZh } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { busyInput, type BusyItem } from '@contract/trips/planningSchema';

const span = (from: string, to: string): string =>
  from === to ? monthDayZh(from) : `${monthDayZh(from)}—${monthDayZh(to)}`;

/** The sentence a planner reads: who, already doing what, on which days. */
export function busyMessage(b: Omit<BusyItem, 'message'>): string {
  const when = span(b.startsOn, b.endsOn);
  return b.kind === 'trip'
    ? `${b.staffName} 已在「${b.title}」行程中（${when}）`
    : `${b.staffName} 需接待「${b.title}」（${when}）`;
}

/**
 * Every other trip (not cancelled) and every reception that already holds one of these people
 * on some of these days. A leader cannot lead two delegations out at once, nor host one at home
 * while away; the plan may still be saved, but not without the planner having seen this.
 */
export function staffBusy(db: Db, input: unknown): BusyItem[] {
  const b = parseOrThrow(busyInput, input);
  if (b.staffIds.length === 0) return [];
  const params = {
    staff: JSON.stringify([...new Set(b.staffIds)]),
    from: b.startsOn,
    to: b.endsOn,
    exceptTrip: b.exceptTripId ?? null,
    exceptReception: b.exceptReceptionId ?? null,
  };
  const rows = db
    .prepare(
      `SELECT s.id AS staffId, s.name AS staffName, 'trip' AS kind, t.id AS refId, t.title,
         t.starts_on AS startsOn, t.ends_on AS endsOn
       FROM trips t JOIN staff s ON s.id IN (SELECT value FROM json_each(@staff))
         AND (s.id = t.leader_id
           OR EXISTS (SELECT 1 FROM trip_members m WHERE m.trip_id = t.id AND m.staff_id = s.id))
       WHERE t.status <> 'cancelled' AND t.starts_on <= @to AND t.ends_on >= @from
         AND (@exceptTrip IS NULL OR t.id <> @exceptTrip)
       UNION ALL
       SELECT s.id, s.name, 'reception', r.id, r.delegation, r.starts_on, r.ends_on
       FROM receptions r JOIN staff s ON s.id = r.host_id
       WHERE r.host_id IN (SELECT value FROM json_each(@staff)) AND r.starts_on <= @to AND r.ends_on >= @from
         AND (@exceptReception IS NULL OR r.id <> @exceptReception)
       ORDER BY startsOn, staffName, refId`,
    )
    .all(params) as Omit<BusyItem, 'message'>[];
  return rows.map((r) => ({ ...r, message: busyMessage(r) }));
}
