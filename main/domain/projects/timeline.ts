import type { Db } from '../../db/open';
import { CONTACT_NAMES, STAFF_NAMES } from '../shared/attendeeNames';
import { parseOrThrow } from '../shared/validate';
import { projects } from './table';
import {
  TIMELINE_KINDS,
  timelineQuery,
  type TimelineEntry,
  type TimelineKind,
  type TimelinePage,
} from '@contract/projects/timelineSchema';

// A stage move also updates the project row; its history entry already tells it, so the
// audit rows that carry a stage are left out.
const EDITS = `l.entity = 'project' AND l.entity_id = @id AND l.action = 'update'
  AND json_extract(l.after, '$.stage') IS NULL`;

/**
 * Everything that happened to one project as one list: each source becomes rows of
 * (kind, id, on, at, data-as-JSON), so SQLite merges, orders and pages them together.
 * Every branch is served by an index on its project column (audit_log by entity, entity_id).
 */
const SOURCES: Record<TimelineKind, string> = {
  interaction: `SELECT 'interaction' AS kind, i.id AS id, i.occurred_on AS on_day, i.created_at AS at,
      json_object('interactionKind', i.kind, 'place', i.place, 'summary', i.summary,
        'stickingPoints', i.sticking_points, 'promises', i.promises, 'nextStep', i.next_step,
        'nextStepOn', i.next_step_on, 'staffNames', ${STAFF_NAMES}, 'contactNames', ${CONTACT_NAMES},
        'theirAttendeesText', i.their_attendees_text, 'createdBy', i.created_by) AS data
    FROM interactions i WHERE i.project_id = @id`,
  stage: `SELECT 'stage' AS kind, h.id AS id, h.changed_on AS on_day, h.created_at AS at,
      json_object('fromStage', h.from_stage, 'toStage', h.to_stage, 'reason', h.reason, 'actor', h.actor) AS data
    FROM project_stage_history h WHERE h.project_id = @id`,
  arrival: `SELECT 'arrival' AS kind, a.id AS id, a.arrived_on AS on_day, a.created_at AS at,
      json_object('amount', a.amount, 'note', a.note) AS data
    FROM investment_arrivals a WHERE a.project_id = @id`,
  issue: `SELECT 'issue' AS kind, s.id AS id, s.reported_on AS on_day, s.created_at AS at,
      json_object('category', s.category, 'description', s.description, 'status', s.status,
        'closedOn', s.closed_on, 'resolution', s.resolution, 'ownerName', o.name) AS data
    FROM service_issues s LEFT JOIN staff o ON o.id = s.owner_id WHERE s.project_id = @id`,
  // The audit time is UTC; the day it is filed under is the office's.
  edit: `SELECT 'edit' AS kind, l.id AS id, date(l.at, 'localtime') AS on_day, l.at AS at,
      json_object('actor', l.actor, 'before', json(l.before), 'after', json(l.after)) AS data
    FROM audit_log l WHERE ${EDITS}`,
};

/** The same rows as SOURCES, only counted: no JSON built for rows nobody will see. */
const COUNTS = `SELECT 'interaction' AS kind, count(*) AS n FROM interactions WHERE project_id = @id
  UNION ALL SELECT 'stage', count(*) FROM project_stage_history WHERE project_id = @id
  UNION ALL SELECT 'arrival', count(*) FROM investment_arrivals WHERE project_id = @id
  UNION ALL SELECT 'issue', count(*) FROM service_issues WHERE project_id = @id
  UNION ALL SELECT 'edit', count(*) FROM audit_log l WHERE ${EDITS}`;

/** One page of the chosen kinds; exported for the query-plan test. */
export const timelineSql = (kinds: readonly TimelineKind[]): string =>
  `SELECT kind, id, on_day, at, data FROM (${kinds.map((k) => SOURCES[k]).join('\nUNION ALL\n')})
   ORDER BY on_day DESC, at DESC, kind, id DESC LIMIT @limit OFFSET @offset`;

interface RawRow {
  kind: TimelineKind;
  id: number;
  on_day: string;
  at: string;
  data: string;
}

const toEntry = (r: RawRow): TimelineEntry =>
  ({ ...(JSON.parse(r.data) as object), kind: r.kind, id: r.id, on: r.on_day, at: r.at }) as TimelineEntry;

/** Newest first: by the day it happened, then by when it was written down. */
export function projectTimeline(db: Db, input: unknown): TimelinePage {
  const q = parseOrThrow(timelineQuery, input);
  projects.require(db, q.id);
  const kinds = TIMELINE_KINDS.filter((k) => !q.kinds || q.kinds.includes(k));
  const rows = db.prepare(timelineSql(kinds)).all({ id: q.id, limit: q.limit, offset: q.offset }) as RawRow[];
  const perKind = db.prepare(COUNTS).all({ id: q.id }) as { kind: TimelineKind; n: number }[];
  const counts = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, 0])) as Record<TimelineKind, number>;
  for (const { kind, n } of perKind) counts[kind] = n;
  const total = kinds.reduce((sum, k) => sum + counts[k], 0);
  return { rows: rows.map(toEntry), total, counts };
}
