// The 工作台 badge's counts, asked on every navigation: once after a change (nothing kept) and
// again with nothing changed, against the joined statement the list's definition reads as.
import type { Db } from '../main/db/open';
import { followUpCounts } from '../main/domain/followUps';
import { time, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const BADGE = { p95Ms: 20 };

const JOINED = `SELECT count(*) FROM interactions i LEFT JOIN projects p ON p.id = i.project_id
  LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN staff o ON o.id = p.owner_id
  WHERE i.next_step_on IS NOT NULL AND i.next_step_done = 0 AND i.next_step_on <= @today
    AND (p.id IS NULL OR p.next_follow_up_on IS NOT i.next_step_on)`;

export function benchFollowUps(db: Db, plan: Plan): BenchRow[] {
  // A different day each run: "due" depends on it, so nothing kept from the run before applies.
  const day = (i: number): string => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
  const fresh = time(plan, (i) => followUpCounts(db, day(i)));
  const joined = db.prepare(JOINED).pluck();
  const raw = time(plan, (i) => joined.get({ today: day(i) }));
  const today = day(0);
  const kept = time(plan, () => followUpCounts(db, today));
  return [
    row(
      'followups',
      'badge counts after a change',
      fresh,
      raw,
      undefined,
      'raw: the pending-steps part alone as the joined statement it replaced',
    ),
    row('followups', 'badge counts, nothing changed (navigation)', kept, null, BADGE),
  ];
}
