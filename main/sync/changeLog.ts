import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import type { SeenVector, SyncChange } from './change';

interface Row {
  hlc: string;
  device: string;
  tbl: string;
  gid: string;
  op: 'put' | 'del';
  fields: string | null;
  actor: string;
}

/** This device's vector: per device, the latest stamp the log holds. */
export function seenVector(db: Db): SeenVector {
  const rows = db.prepare(`SELECT device, max(hlc) AS hlc FROM sync_changes GROUP BY device`).all() as {
    device: string;
    hlc: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.device, r.hlc]));
}

/**
 * The changes a device whose vector is `seen` has not received, oldest first. A device is sent
 * everything after what it says it holds, never "after what we sent last time": a lost bundle
 * then costs nothing, and every device's knowledge of another stays a prefix of that device's log.
 */
export function changesUnseenBy(db: Db, seen: SeenVector): SyncChange[] {
  const known = Object.values(seen);
  const everyDeviceKnown = (
    db.prepare(`SELECT DISTINCT device FROM sync_changes`).pluck().all() as string[]
  ).every((d) => seen[d] !== undefined);
  // Skip what every device in the vector has: the log's oldest part for a peer that syncs often.
  const floor = everyDeviceKnown && known.length > 0 ? known.reduce((a, b) => (a < b ? a : b)) : '';
  const rows = db
    .prepare(
      `SELECT hlc, device, tbl, gid, op, fields, actor FROM sync_changes WHERE hlc > ? ORDER BY hlc, device, seq`,
    )
    .all(floor) as Row[];
  return rows
    .filter((r) => seen[r.device] === undefined || r.hlc > seen[r.device]!)
    .map((r) => ({ ...r, fields: r.fields ? (JSON.parse(r.fields) as SyncChange['fields']) : null }));
}

/** Whether the log still holds the change (a refusal may have withdrawn it since it was read). */
export const isLogged = (db: Db, c: SyncChange): boolean =>
  prepareCached(db, `SELECT 1 FROM sync_changes WHERE hlc = ? AND device = ? AND tbl = ? AND gid = ?`).get(
    c.hlc,
    c.device,
    c.tbl,
    c.gid,
  ) !== undefined;

/** How many changes of the log a device whose vector is `seen` has not received. */
export function pendingFor(db: Db, seen: SeenVector): number {
  const count = db.prepare(`SELECT count(*) FROM sync_changes WHERE device = ? AND hlc > ?`).pluck();
  const devices = db.prepare(`SELECT DISTINCT device FROM sync_changes`).pluck().all() as string[];
  return devices.reduce((n, d) => n + (count.get(d, seen[d] ?? '') as number), 0);
}

/** This device's id for the changes it records (its key's id; see adoptDevice). */
export const thisDevice = (db: Db): string =>
  db.prepare(`SELECT device FROM sync_self`).pluck().get() as string;

/**
 * Makes `device` the id this ledger's new changes are recorded under. The id comes from the key
 * kept beside the database, not from the database itself: a ledger copied or restored onto
 * another laptop must not go on writing as the laptop it came from.
 */
export function adoptDevice(db: Db, device: string): void {
  db.prepare(`UPDATE sync_self SET device = ? WHERE device <> ?`).run(device, device);
}
