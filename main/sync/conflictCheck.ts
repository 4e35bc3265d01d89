import type { Db } from '../db/open';
import { laterChange, type SeenVector, type SyncChange } from './change';
import { listConflict, type ConflictSide } from './conflictList';
import { revivable, rowLog, type LoggedChange } from './rowLog';
import { syncedSpec } from './syncedTables';

/** Stamps every edit sets: two edits differ in them always, which is no conflict. */
const BOOKKEEPING = new Set(['created_at', 'updated_at']);

const unseenBy = (seen: SeenVector, c: LoggedChange): boolean =>
  !(seen[c.device] !== undefined && seen[c.device]! >= c.hlc);

const side = (c: { hlc: string; device: string; actor: string }, value: string | null): ConflictSide => ({
  value,
  hlc: c.hlc,
  device: c.device,
  actor: c.actor,
});

const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

/**
 * Lists in 同步冲突 what last-writer-wins would otherwise decide silently: the same field edited
 * on two devices neither of which had seen the other's edit (both values kept, who and when),
 * and edits lost to a deletion made elsewhere. Returns how many were found.
 */
export function noteConflicts(db: Db, incoming: SyncChange, seen: SeenVector): number {
  if (syncedSpec(incoming.tbl)?.join || incoming.tbl === 'sync_conflicts') return 0;
  const log = rowLog(db, incoming.tbl, incoming.gid);
  if (log.some((c) => c.hlc === incoming.hlc && c.device === incoming.device)) return 0; // already had it
  const about = { tbl: incoming.tbl, rowGid: incoming.gid };
  const deletion = log.find((c) => c.op === 'del');
  // A revivable row made again after its deletion is no conflict: the latest word decides.
  if (incoming.op === 'put' && deletion && !(revivable(incoming.tbl) && laterChange(incoming, deletion))) {
    listConflict(db, {
      ...about,
      field: null,
      kind: 'deleted',
      kept: side(deletion, null),
      other: side(incoming, text(incoming.fields)),
    });
    return 1;
  }
  if (incoming.op === 'del') {
    const lost = [...log]
      .reverse()
      .find((c) => c.op === 'put' && c.device !== incoming.device && unseenBy(seen, c));
    if (!lost) return 0;
    listConflict(db, {
      ...about,
      field: null,
      kind: 'deleted',
      kept: side(incoming, null),
      other: side(lost, lost.fields),
    });
    return 1;
  }
  let found = 0;
  for (const [field, value] of Object.entries(incoming.fields ?? {})) {
    if (BOOKKEEPING.has(field)) continue;
    // The latest change here that set this field, made on a device the sender had not heard from.
    const mine = [...log]
      .reverse()
      .find((c) => c.op === 'put' && c.fields !== null && field in (JSON.parse(c.fields) as object));
    if (!mine || mine.device === incoming.device || !unseenBy(seen, mine)) continue;
    const mineValue = (JSON.parse(mine.fields!) as Record<string, unknown>)[field];
    if (text(mineValue) === text(value)) continue;
    const [kept, other] = laterChange(incoming, mine)
      ? [side(incoming, text(value)), side(mine, text(mineValue))]
      : [side(mine, text(mineValue)), side(incoming, text(value))];
    listConflict(db, { ...about, field, kind: 'field', kept, other });
    found++;
  }
  return found;
}
