import { syncChangeSchema } from '@contract/sync/bundleSchema';
import { connect } from '../db/cipher';
import type { Db } from '../db/open';
import { applyChanges } from './applyChanges';
import { laterHlc } from './hlc';
import { seenVector } from './changeLog';
import type { SeenVector, SyncChange } from './change';

/**
 * The change log of a ledger file found damaged at start, as far as it can still be read: in
 * the order it was written, up to the first damaged page or change that is not a change (what
 * comes after may be missing, so nothing after it is taken: what is taken stays, per laptop, the
 * beginning of what that laptop made). Read-only; an unreadable file gives nothing.
 */
function readableLog(damagedPath: string): SyncChange[] {
  const out: SyncChange[] = [];
  let old: ReturnType<typeof connect> | undefined;
  try {
    old = connect(damagedPath, { readonly: true, fileMustExist: true });
    const rows = old
      .prepare(`SELECT hlc, device, tbl, gid, op, fields, actor FROM sync_changes ORDER BY seq`)
      .iterate() as Iterable<Record<string, unknown> & { fields: string | null }>;
    for (const row of rows) {
      const change = syncChangeSchema.safeParse({
        ...row,
        fields: row.fields === null ? null : (JSON.parse(row.fields) as unknown),
      });
      if (!change.success) break;
      out.push(change.data);
    }
  } catch {
    // The damage: what was read before it is kept.
  } finally {
    old?.close();
  }
  return out;
}

/**
 * After a ledger found damaged at start has been replaced by its newest good backup: the changes
 * the damaged file's log still holds that the backup's does not (this laptop's edits since the
 * backup, and what it had received since) are applied to the restored ledger as received ones, in
 * one transaction. The log, and with it this laptop's clock, goes on from where it was, not from
 * the backup: a new edit is stamped later than every edit the other laptops have of this one, and
 * an edit made here since the backup comes back even when no other laptop received it. What the
 * file had and its log no longer shows comes back from the other laptops, which send this one
 * everything after what its log says it holds. Returns how many changes came back.
 */
export function keepChangeLog(db: Db, damagedPath: string): number {
  const salvaged = readableLog(damagedPath);
  if (salvaged.length === 0) return 0;
  // What the damaged ledger had seen: none of what it holds was made without knowing the rest.
  const seen: SeenVector = { ...seenVector(db) };
  for (const c of salvaged) seen[c.device] = laterHlc(seen[c.device] ?? null, c.hlc)!;
  return applyChanges(db, salvaged, { seen }).applied;
}
