import type { Db } from '../db/open';
import { localIdOf } from './rowLog';
import { parentOf, syncedSpec } from './syncedTables';

/** A membership's columns and local ids, from its gid ('owner gid|member gid'). */
export function pairOf(
  db: Db,
  table: string,
  gid: string,
): { a: string; b: string; ga: string; gb: string; ia?: number; ib?: number } {
  const [a, b] = syncedSpec(table)!.join!;
  const [ga = '', gb = ''] = gid.split('|');
  return {
    a,
    b,
    ga,
    gb,
    ia: localIdOf(db, parentOf(table, a, {})!, ga),
    ib: localIdOf(db, parentOf(table, b, {})!, gb),
  };
}
