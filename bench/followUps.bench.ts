// The 工作台 badge's counts, asked on every navigation: once after a change (nothing kept) and
// again with nothing changed. Raw: the same counts as plain prepared statements on the same
// indexes, without the check for changes and the kept answer around them.
import type { Db } from '../main/db/open';
import { followUpCounts } from '../main/domain/followUps';
import { FOLLOW_UP_COUNT_SQL } from '../main/domain/followUps/counts';
import { time, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const BADGE = { p95Ms: 20 };

export function benchFollowUps(db: Db, plan: Plan): BenchRow[] {
  // A different day each run: "due" depends on it, so nothing kept from the run before applies.
  const day = (i: number): string => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
  const fresh = time(plan, (i) => followUpCounts(db, day(i)));
  const counts = Object.values(FOLLOW_UP_COUNT_SQL)
    .flat()
    .map((sql) => db.prepare(sql).pluck());
  const raw = time(plan, (i) => counts.map((c) => c.get({ today: day(i) })));
  const today = day(0);
  const kept = time(plan, () => followUpCounts(db, today));
  return [
    row('followups', 'badge counts after a change', fresh, raw, BADGE),
    row('followups', 'badge counts, nothing changed (navigation)', kept, null, BADGE),
  ];
}
