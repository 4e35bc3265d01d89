import type { Db } from '../../db/open';
import { getSettings } from '../settings';
import { parseOrThrow } from '../shared/validate';
import { quietDayInput, type QuietDayWarning } from '@contract/trips/planningSchema';
import { quietDayWarnings, type OnSiteVisit } from './quietDayCount';
import { trips } from './tables';

function dayRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to) && days.length < 366; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

const monthStart = (iso: string): string => `${iso.slice(0, 7)}-01`;
const monthEnd = (iso: string): string => {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
};

interface VisitRow {
  companyId: number;
  companyName: string;
  tripId: number | null;
  day: string | null;
  arriveOn: string | null;
  departOn: string | null;
  startsOn: string | null;
}

/**
 * Every on-site visit to a company in the window: visits on trips (planned or done, the done
 * ones dated by their meeting record) and visits logged directly as meetings. A meeting that a
 * trip visit created is counted once, through the visit.
 */
function onSiteVisits(
  db: Db,
  from: string,
  to: string,
  companyIds: number[] | null,
): (OnSiteVisit & { tripId: number | null })[] {
  const params = { from, to, ids: companyIds ? JSON.stringify(companyIds) : null };
  const companyFilter = `(@ids IS NULL OR c.id IN (SELECT value FROM json_each(@ids)))`;
  const rows = db
    .prepare(
      `SELECT c.id AS companyId, c.name AS companyName, t.id AS tripId, coalesce(i.occurred_on, v.planned_on) AS day,
         s.arrive_on AS arriveOn, s.depart_on AS departOn, t.starts_on AS startsOn
       FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id JOIN trips t ON t.id = s.trip_id
       JOIN companies c ON c.id = v.company_id LEFT JOIN interactions i ON i.id = v.interaction_id
       WHERE v.status <> 'cancelled' AND t.status <> 'cancelled' AND ${companyFilter}
         AND coalesce(i.occurred_on, v.planned_on, s.depart_on, t.ends_on) >= @from
         AND coalesce(i.occurred_on, v.planned_on, s.arrive_on, t.starts_on) <= @to
       UNION ALL
       SELECT c.id, c.name, NULL, i.occurred_on, NULL, NULL, NULL
       FROM interactions i JOIN companies c ON c.id = i.company_id
       WHERE i.kind = 'visit_out' AND ${companyFilter} AND i.occurred_on BETWEEN @from AND @to
         AND NOT EXISTS (SELECT 1 FROM stop_visits v WHERE v.interaction_id = i.id)`,
    )
    .all(params) as VisitRow[];
  return rows.map((r) => ({
    companyId: r.companyId,
    companyName: r.companyName,
    tripId: r.tripId,
    days: r.day
      ? [r.day]
      : r.arriveOn
        ? dayRange(r.arriveOn, r.departOn ?? r.arriveOn)
        : r.startsOn
          ? [r.startsOn]
          : [],
  }));
}

/**
 * Quiet-day warnings for one trip (the companies it visits, in the months it visits them, counting
 * every other visit to them too) or for a period.
 */
export function quietDayWarningsFor(db: Db, input: unknown): QuietDayWarning[] {
  const q = parseOrThrow(quietDayInput, input);
  const limits = getSettings(db).quietDayLimits;
  if (q.tripId == null) {
    return quietDayWarnings(onSiteVisits(db, q.from as string, q.to as string, null), limits);
  }
  const trip = trips.require(db, q.tripId);
  const from = monthStart(trip.startsOn);
  const to = monthEnd(trip.endsOn);
  const companyIds = db
    .prepare(
      `SELECT DISTINCT v.company_id FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id
       WHERE s.trip_id = ? AND v.status <> 'cancelled' AND v.company_id IS NOT NULL`,
    )
    .pluck()
    .all(trip.id) as number[];
  if (!companyIds.length) return [];
  const all = onSiteVisits(db, from, to, companyIds);
  const concerned = new Set(
    all
      .filter((v) => v.tripId === trip.id)
      .flatMap((v) => v.days.map((d) => `${v.companyId}|${d.slice(0, 7)}`)),
  );
  return quietDayWarnings(all, limits).filter((w) => concerned.has(`${w.companyId}|${w.month}`));
}
