import type { Db } from '../../db/open';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import {
  followUpsInput,
  type FollowUpItem,
  type FollowUpList,
  type OverdueIssue,
} from '@contract/followUps/schema';
import { followUpCounts } from './counts';

export { followUpCounts };

/**
 * What is due by today: projects whose 下次跟进 has come (dropped projects need none), and
 * 下一步 of meeting records not yet marked done. A meeting's next step that is also its project's
 * follow-up (logging the meeting set it) is listed once, as the project's.
 */

const DAYS = (col: string) => `CAST(julianday(@today) - julianday(${col}) AS INTEGER)`;

// What is open, due or not: the 工作台 lists the part due by today, a company's page all of it.
const OPEN_PROJECT_ITEMS = `
  SELECT 'project' AS source, p.id AS id, p.id AS projectId, p.name AS projectName, p.stage, p.company_id AS companyId,
    c.name AS companyName, p.next_follow_up_note AS note, p.next_follow_up_on AS dueOn,
    ${DAYS('p.next_follow_up_on')} AS daysOverdue, o.name AS ownerName
  FROM projects p LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN staff o ON o.id = p.owner_id
  WHERE p.next_follow_up_on IS NOT NULL AND p.stage <> 'dropped'`;

const OPEN_STEP_ITEMS = `
  SELECT 'interaction', i.id, i.project_id, p.name, p.stage, i.company_id, c.name, i.next_step, i.next_step_on,
    ${DAYS('i.next_step_on')}, o.name
  FROM interactions i LEFT JOIN projects p ON p.id = i.project_id
  LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN staff o ON o.id = p.owner_id
  WHERE i.next_step_on IS NOT NULL AND i.next_step_done = 0
    AND (p.id IS NULL OR p.next_follow_up_on IS NOT i.next_step_on)`;

const ISSUE_OVERDUE = `FROM service_issues s LEFT JOIN companies c ON c.id = s.company_id
  LEFT JOIN projects p ON p.id = s.project_id LEFT JOIN staff o ON o.id = s.owner_id
  WHERE s.status <> 'closed' AND s.due_on IS NOT NULL AND s.due_on < @today`;

const ITEMS = `${OPEN_PROJECT_ITEMS} AND p.next_follow_up_on {cmp} @today
  UNION ALL ${OPEN_STEP_ITEMS} AND i.next_step_on {cmp} @today
  ORDER BY dueOn DESC, source DESC, id DESC LIMIT @limit`;

const COMPANY_ITEMS = `${OPEN_PROJECT_ITEMS} AND p.company_id = @companyId
  UNION ALL ${OPEN_STEP_ITEMS} AND i.company_id = @companyId
  ORDER BY dueOn, source DESC, id`;

/** Every follow-up still open for one company (due or not), the soonest first. */
export function openFollowUpsOfCompany(db: Db, companyId: number, today = todayLocal()): FollowUpItem[] {
  return db.prepare(COMPANY_ITEMS).all({ today, companyId }) as FollowUpItem[];
}

export function listFollowUps(db: Db, input: unknown, today = todayLocal()): FollowUpList {
  const { limit } = parseOrThrow(followUpsInput, input);
  const items = (cmp: '=' | '<'): FollowUpItem[] =>
    db.prepare(ITEMS.replaceAll('{cmp}', cmp)).all({ today, limit }) as FollowUpItem[];
  const overdueIssues = db
    .prepare(
      `SELECT s.id, s.company_id AS companyId, c.name AS companyName, p.name AS projectName, s.category,
         s.description, s.due_on AS dueOn, ${DAYS('s.due_on')} AS daysOverdue, o.name AS ownerName
       ${ISSUE_OVERDUE} ORDER BY s.due_on, s.id LIMIT @limit`,
    )
    .all({ today, limit }) as OverdueIssue[];
  return {
    today,
    counts: followUpCounts(db, today),
    dueToday: items('='),
    overdue: items('<'),
    overdueIssues,
  };
}
