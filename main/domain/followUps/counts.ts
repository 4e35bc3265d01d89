import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import { todayLocal } from '../shared/time';
import type { FollowUpCounts } from './schema';

/**
 * The 工作台 badge's numbers, asked on every navigation, so each part is counted from an index
 * alone: all follow-ups due minus those of dropped projects (few), all pending next steps minus
 * those that are also their project's follow-up (listed once, as the project's). Only that last
 * part reads rows, one per pending step, so the whole answer is kept until the data changes.
 */

/** [count, of which today] for rows due by today. */
const DUE = (from: string, col: string) =>
  `SELECT count(*), coalesce(sum(${col} = @today), 0) FROM ${from} AND ${col} <= @today`;

const PROJECTS_DUE = DUE(`projects WHERE next_follow_up_on IS NOT NULL`, 'next_follow_up_on');
const DROPPED_DUE = DUE(
  `projects WHERE stage = 'dropped' AND next_follow_up_on IS NOT NULL`,
  'next_follow_up_on',
);
const STEPS_DUE = DUE(`interactions WHERE next_step_on IS NOT NULL AND next_step_done = 0`, 'next_step_on');
const STEPS_AS_FOLLOW_UP = DUE(
  `interactions i JOIN projects p ON p.id = i.project_id
   WHERE i.next_step_on IS NOT NULL AND i.next_step_done = 0 AND p.next_follow_up_on = i.next_step_on`,
  'i.next_step_on',
);
const ISSUES_OVERDUE = `SELECT count(*), 0 FROM service_issues
  WHERE status <> 'closed' AND due_on IS NOT NULL AND due_on < @today`;

export const FOLLOW_UP_COUNT_SQL = [PROJECTS_DUE, DROPPED_DUE, STEPS_DUE, STEPS_AS_FOLLOW_UP, ISSUES_OVERDUE];

const remembered = new WeakMap<Db, { key: string; counts: FollowUpCounts }>();

/**
 * What has changed since: this connection's own writes (total_changes, triggers included) and
 * other connections' commits (data_version), with the day, since "due" moves at midnight.
 */
function stateKey(db: Db, today: string): string {
  const changes = prepareCached(db, 'SELECT total_changes()', { pluck: true }).get() as number;
  return `${today}|${changes}|${db.pragma('data_version', { simple: true }) as number}`;
}

export function followUpCounts(db: Db, today = todayLocal()): FollowUpCounts {
  const key = stateKey(db, today);
  const kept = remembered.get(db);
  if (kept?.key === key) return { ...kept.counts };
  const count = (sql: string): [number, number] =>
    prepareCached(db, sql, { raw: true }).get({ today }) as [number, number];
  const [projects, projectsToday] = count(PROJECTS_DUE);
  const [dropped, droppedToday] = count(DROPPED_DUE);
  const [steps, stepsToday] = count(STEPS_DUE);
  const [twice, twiceToday] = count(STEPS_AS_FOLLOW_UP);
  const [overdueIssues] = count(ISSUES_OVERDUE);
  const all = projects - dropped + steps - twice;
  const dueToday = projectsToday - droppedToday + stepsToday - twiceToday;
  const counts = { today: dueToday, overdue: all - dueToday, overdueIssues };
  remembered.set(db, { key, counts });
  return { ...counts };
}
