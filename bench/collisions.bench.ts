// 撞单: the list behind the projects toolbar's count, asked whenever the projects page opens
// (after a change: worked out afresh; with nothing written since: the kept answer), and one
// project's warning, asked whenever a project drawer opens.
import type { Db } from '../main/db/open';
import { listCollisions } from '../main/domain/projects/collisions';
import { aChange } from './context';
import { time, timeEach, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const LIST = { p95Ms: 200 };
const WARNING = { p95Ms: 20 };

export async function benchCollisions(db: Db, plan: Plan): Promise<BenchRow[]> {
  const list = await timeEach(plan, aChange(db), () => listCollisions(db, {}));
  const kept = time(plan, () => listCollisions(db, {}));
  const found = listCollisions(db, {});
  // A project in a collision (the warning shows) and one that is not (the common case).
  const inOne = found.collisions[0]?.projects[0]?.id ?? 1;
  const maxId = db.prepare(`SELECT max(id) FROM projects`).pluck().get() as number;
  let probe = 0;
  const warning = time(plan, () =>
    listCollisions(db, { projectId: probe++ % 2 ? inOne : 1 + ((probe * 7919) % maxId) }),
  );
  return [
    row(
      'collisions',
      '撞单 list (projects toolbar) after a change',
      list,
      null,
      LIST,
      `${found.total} firms`,
    ),
    row('collisions', '撞单 list, nothing written since (navigation)', kept, null, LIST),
    row('collisions', '撞单 warning of one project (drawer)', warning, null, WARNING),
  ];
}
