import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { auditedTable } from '../domain/registry/auditedTables';
import { writeAudit } from '../domain/store/audit';
import { pairOf } from './membershipPair';
import { rowLog } from './rowLog';
import { parentOf, syncedSpec } from './syncedTables';

/** Where the owner's history keeps a membership table: the entity and its id-list field (trip.memberIds). */
function listOf(table: string): { ownerTable: string; entity: string; field: string } | undefined {
  const [a] = syncedSpec(table)?.join ?? [];
  const ownerTable = a && parentOf(table, a, {});
  const owner = ownerTable ? auditedTable(ownerTable) : undefined;
  const field = owner && Object.entries(owner.lists).find(([, l]) => l.table === table)?.[0];
  return owner && field ? { ownerTable: ownerTable!, entity: owner.entity, field } : undefined;
}

const membersOf = (db: Db, table: string, a: string, b: string, owner: number): number[] =>
  prepareCached(db, `SELECT ${b} FROM ${table} WHERE ${a} = ? ORDER BY ${b}`, { pluck: true }).all(
    owner,
  ) as number[];

/**
 * Memberships withdrawn with a refusal (a member added to another team's trip): the owner's
 * history gets the list as the office has it again, under the owner's field (trip.memberIds),
 * as the edit that added them was recorded. Called before the rows are made again, it reads each
 * owner's list; the function it returns, called after, takes away what the log no longer speaks
 * of (materialize cannot name a pair from an empty log; its gid can) and writes the history.
 */
export function withdrawMemberships(
  db: Db,
  rows: readonly { table: string; gid: string }[],
  actor: string,
): () => void {
  const owners = new Map<string, { table: string; owner: number; before: number[] }>();
  for (const r of rows) {
    if (!syncedSpec(r.table)?.join) continue;
    const { a, b, ia } = pairOf(db, r.table, r.gid);
    if (ia !== undefined && !owners.has(`${r.table}\n${ia}`))
      owners.set(`${r.table}\n${ia}`, {
        table: r.table,
        owner: ia,
        before: membersOf(db, r.table, a, b, ia),
      });
  }
  return () => {
    for (const r of rows) {
      if (!syncedSpec(r.table)?.join || rowLog(db, r.table, r.gid).length > 0) continue;
      const { a, b, ia, ib } = pairOf(db, r.table, r.gid);
      prepareCached(db, `DELETE FROM ${r.table} WHERE ${a} = ? AND ${b} = ?`).run(ia ?? null, ib ?? null);
    }
    for (const { table, owner, before } of owners.values()) {
      const list = listOf(table);
      const [a, b] = syncedSpec(table)!.join!;
      const after = membersOf(db, table, a, b, owner);
      if (!list || JSON.stringify(after) === JSON.stringify(before)) continue;
      writeAudit(
        db,
        { name: actor },
        list.entity,
        owner,
        'update',
        { [list.field]: before },
        { [list.field]: after },
      );
    }
  };
}
