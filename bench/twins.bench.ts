// The 疑似重复 list of the 客商企业 page, asked when the page opens and after every merge: the
// pairs among all companies, and the same with a copy of every 200th company planted beside it
// (rolled back afterwards), so the list has the most pairs it shows.
import type { Db } from '../main/db/open';
import { listTwins } from '../main/domain/companyMerge/twins';
import { time, type Plan } from './measure';
import { row, type BenchRow } from './stats';

const LIST = { p95Ms: 200 };

export function benchTwins(db: Db, plan: Plan): BenchRow[] {
  const none = time(plan, () => listTwins(db, {}));
  db.exec('SAVEPOINT twins_bench');
  try {
    db.exec(`INSERT INTO companies (name, name_key, created_at, updated_at)
      SELECT name || '（分公司）', name_key, created_at, updated_at FROM companies WHERE id % 200 = 0`);
    listTwins(db, {}); // fills the planted companies' keys, as the first read after an import does
    const planted = time(plan, () => listTwins(db, {}));
    const pairs = listTwins(db, {}).total;
    return [
      row('twins', '疑似重复 list, demo data', none, null, LIST),
      row('twins', '疑似重复 list, one company in 200 twinned', planted, null, LIST, `${pairs} pairs`),
    ];
  } finally {
    db.exec('ROLLBACK TO twins_bench; RELEASE twins_bench');
  }
}
