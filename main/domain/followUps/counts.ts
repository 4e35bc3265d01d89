import type { Db } from '../../db/open';
import { keptWhileUnchanged } from '../../db/keptAnswers';
import { prepareCached } from '../../db/statements';
import { todayLocal } from '@contract/shared/time';
import type { FollowUpCounts } from '@contract/followUps/schema';

/**
 * The 工作台 badge's numbers, asked on every navigation, so each part is counted from an index
 * alone: all follow-ups due minus those of dropped projects (few), all pending next steps minus
 * those that are also their project's follow-up (listed once, as the project's). That last part
 * walks the projects due and looks each one's step up by (day, project) in migration 9's index
 * (CROSS JOIN keeps that order: projects due are bounded by the projects, pending steps grow
 * with every meeting; on L 20,000 against 49,000).
 * The whole answer is kept until the data changes.
 */

/**
 * Rows due by today, and of them those due today: two counts, one index range each. One
 * statement summing `day = today` over the range reads every entry's value (8 ms on L's 48,000
 * pending steps); a bare count over the range skips that (1 ms).
 */
const DUE = (from: string, col: string): [string, string] => [
  `SELECT count(*) FROM ${from} AND ${col} <= @today`,
  `SELECT count(*) FROM ${from} AND ${col} = @today`,
];

const PROJECTS_DUE = DUE(`projects WHERE next_follow_up_on IS NOT NULL`, 'next_follow_up_on');
const DROPPED_DUE = DUE(
  `projects WHERE stage = 'dropped' AND next_follow_up_on IS NOT NULL`,
  'next_follow_up_on',
);
const STEPS_DUE = DUE(`interactions WHERE next_step_on IS NOT NULL AND next_step_done = 0`, 'next_step_on');
const STEPS_AS_FOLLOW_UP = DUE(
  `projects p CROSS JOIN interactions i ON i.next_step_on = p.next_follow_up_on AND i.project_id = p.id
   WHERE p.next_follow_up_on IS NOT NULL AND i.next_step_on IS NOT NULL AND i.next_step_done = 0`,
  'p.next_follow_up_on',
);
const ISSUES_OVERDUE = `SELECT count(*) FROM service_issues
  WHERE status <> 'closed' AND due_on IS NOT NULL AND due_on < @today`;

export const FOLLOW_UP_COUNT_SQL = {
  projects: PROJECTS_DUE,
  dropped: DROPPED_DUE,
  steps: STEPS_DUE,
  stepsAsFollowUp: STEPS_AS_FOLLOW_UP,
  issues: [ISSUES_OVERDUE],
} as const;

/** Kept until the data changes, for the day: "due" moves at midnight. */
export function followUpCounts(db: Db, today = todayLocal()): FollowUpCounts {
  return keptWhileUnchanged(db, `followUpCounts|${today}`, () => countFollowUps(db, today));
}

function countFollowUps(db: Db, today: string): FollowUpCounts {
  const count = (sql: string): number => prepareCached(db, sql, { pluck: true }).get({ today }) as number;
  const due = ([all, onToday]: readonly [string, string]): [number, number] => [count(all), count(onToday)];
  const [projects, projectsToday] = due(PROJECTS_DUE);
  const [dropped, droppedToday] = due(DROPPED_DUE);
  const [steps, stepsToday] = due(STEPS_DUE);
  const [twice, twiceToday] = due(STEPS_AS_FOLLOW_UP);
  const overdueIssues = count(ISSUES_OVERDUE);
  const all = projects - dropped + steps - twice;
  const dueToday = projectsToday - droppedToday + stepsToday - twiceToday;
  return { today: dueToday, overdue: all - dueToday, overdueIssues };
}
