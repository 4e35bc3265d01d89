import type { Db } from '../../db/open';
import type { DateRange } from '@contract/indicators/period';
import { listTrips } from '../trips';
import type {
  Listed,
  WeeklyArrival,
  WeeklyProject,
  WeeklyStageMove,
  WeeklyTrip,
} from '@contract/reports/schema';
import { WEEKLY_LIST_LIMIT } from '@contract/reports/schema';

// The lists of 周调度 that no grid query answers as such. Every condition is on an indexed
// date column (stage history by changed_on, arrivals by arrived_on, trips by starts_on).

const NAMES = `JOIN projects p ON p.id = h.project_id LEFT JOIN companies c ON c.id = p.company_id`;

/** Projects entered into the ledger in the range: the first stage row has no `from`. */
export function newProjects(db: Db, r: DateRange): Listed<WeeklyProject> & { plannedAmount: number } {
  const where = `h.from_stage IS NULL AND h.changed_on BETWEEN @from AND @to`;
  const rows = db
    .prepare(
      `SELECT p.id, p.name, c.name AS companyName, p.stage, p.planned_amount AS plannedAmount, o.name AS ownerName,
         h.changed_on AS "on"
       FROM project_stage_history h ${NAMES} LEFT JOIN staff o ON o.id = p.owner_id
       WHERE ${where} ORDER BY h.changed_on, p.id LIMIT @limit`,
    )
    .all({ ...r, limit: WEEKLY_LIST_LIMIT }) as WeeklyProject[];
  const sum = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(p.planned_amount), 0) AS plannedAmount
       FROM project_stage_history h ${NAMES} WHERE ${where}`,
    )
    .get(r) as { total: number; plannedAmount: number };
  return { rows, ...sum };
}

/** Every move from one stage to another in the range, 终止 and 退回 included. */
export function stageMoves(db: Db, r: DateRange): Listed<WeeklyStageMove> {
  const where = `h.from_stage IS NOT NULL AND h.changed_on BETWEEN @from AND @to`;
  const rows = db
    .prepare(
      `SELECT p.id AS projectId, p.name AS projectName, c.name AS companyName, h.from_stage AS fromStage,
         h.to_stage AS toStage, h.changed_on AS changedOn, h.reason
       FROM project_stage_history h ${NAMES} WHERE ${where} ORDER BY h.changed_on, h.id LIMIT @limit`,
    )
    .all({ ...r, limit: WEEKLY_LIST_LIMIT }) as WeeklyStageMove[];
  const total = db
    .prepare(`SELECT count(*) FROM project_stage_history h WHERE ${where}`)
    .pluck()
    .get(r) as number;
  return { rows, total };
}

export function arrivalsIn(db: Db, r: DateRange): Listed<WeeklyArrival> {
  const where = `a.arrived_on BETWEEN @from AND @to`;
  const rows = db
    .prepare(
      `SELECT p.name AS projectName, c.name AS companyName, a.arrived_on AS arrivedOn, a.amount, a.note
       FROM investment_arrivals a JOIN projects p ON p.id = a.project_id LEFT JOIN companies c ON c.id = p.company_id
       WHERE ${where} ORDER BY a.arrived_on, a.id LIMIT @limit`,
    )
    .all({ ...r, limit: WEEKLY_LIST_LIMIT }) as WeeklyArrival[];
  const total = db
    .prepare(`SELECT count(*) FROM investment_arrivals a WHERE ${where}`)
    .pluck()
    .get(r) as number;
  return { rows, total };
}

/** Trips on the road at any time in the range (cancelled ones are not), with their places in order. */
export function tripsDuring(db: Db, r: DateRange): WeeklyTrip[] {
  const page = listTrips(db, {
    limit: WEEKLY_LIST_LIMIT,
    sort: [{ col: 'startsOn', dir: 'asc' }],
    filters: {
      startsOn: { type: 'date', op: 'inRange', value: '0001-01-01', valueTo: r.to },
      endsOn: { type: 'date', op: 'inRange', value: r.from, valueTo: '9999-12-31' },
      status: { type: 'set', values: ['planned', 'ongoing', 'done'] },
    },
  });
  const places = db.prepare(
    `SELECT group_concat(place_name, '、') FROM (SELECT place_name FROM trip_stops WHERE trip_id = ? ORDER BY seq, id)`,
  );
  const visits = db.prepare(
    `SELECT count(*) FILTER (WHERE v.status = 'done') AS done, count(*) FILTER (WHERE v.status = 'planned') AS planned
     FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id WHERE s.trip_id = ?`,
  );
  return page.rows.map((t) => {
    const v = visits.get(t.id) as { done: number; planned: number };
    return {
      id: t.id,
      title: t.title,
      leaderName: t.leaderName,
      startsOn: t.startsOn,
      endsOn: t.endsOn,
      status: t.status,
      places: (places.pluck().get(t.id) as string | null) ?? '',
      visitsDone: v.done,
      visitsPlanned: v.planned,
    };
  });
}
