import type { Db } from '../db/open';
import type { PeerRow } from '@contract/sync/schema';
import { nowIso } from '@contract/shared/time';
import type { SeenVector } from './change';
import { fingerprint } from './deviceKeys';

interface PeerRecord {
  device: string;
  name: string;
  public_key: string;
  trusted_at: string;
  seen: string;
  last_import_at: string | null;
}

const all = (db: Db): PeerRecord[] =>
  db.prepare(`SELECT * FROM sync_peers ORDER BY name, device`).all() as PeerRecord[];

/** The laptops whose 同步包 this one accepts, with what each had received when it last sent one. */
export function listPeers(db: Db): PeerRow[] {
  const own = db.prepare(`SELECT device FROM sync_self`).pluck().get() as string;
  return all(db).map((p) => {
    const seen = JSON.parse(p.seen) as SeenVector;
    return {
      device: p.device,
      name: p.name,
      fingerprint: fingerprint(p.public_key),
      trustedAt: p.trusted_at,
      lastImportAt: p.last_import_at,
      unseenByIt: db
        .prepare(`SELECT count(*) FROM sync_changes WHERE device = ? AND hlc > ?`)
        .pluck()
        .get(own, seen[own] ?? '') as number,
    };
  });
}

export const trustedKey = (db: Db, device: string): string | undefined =>
  db.prepare(`SELECT public_key FROM sync_peers WHERE device = ?`).pluck().get(device) as string | undefined;

export function trustPeer(db: Db, peer: { device: string; name: string; publicKey: string }): void {
  db.prepare(
    `INSERT INTO sync_peers (device, name, public_key, trusted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (device) DO UPDATE SET name = excluded.name, public_key = excluded.public_key`,
  ).run(peer.device, peer.name, peer.publicKey, nowIso());
}

export const untrustPeer = (db: Db, device: string): boolean =>
  db.prepare(`DELETE FROM sync_peers WHERE device = ?`).run(device).changes > 0;

/** After importing a peer's bundle: its name as it calls itself, and what it had received. */
export function notePeerBundle(db: Db, device: string, name: string, seen: SeenVector): void {
  db.prepare(`UPDATE sync_peers SET name = ?, seen = ?, last_import_at = ? WHERE device = ?`).run(
    name,
    JSON.stringify(seen),
    nowIso(),
    device,
  );
}

/**
 * What the least informed trusted laptop holds, per device: a bundle for "the office" carries
 * everything any of them is missing. With no trusted laptop yet, everything.
 */
export function seenByAllPeers(db: Db): SeenVector {
  const peers = all(db).map((p) => JSON.parse(p.seen) as SeenVector);
  if (peers.length === 0) return {};
  const devices = new Set(peers.flatMap((s) => Object.keys(s)));
  const out: SeenVector = {};
  for (const d of devices) {
    if (peers.some((s) => s[d] === undefined)) continue;
    out[d] = peers.map((s) => s[d]!).reduce((a, b) => (a < b ? a : b));
  }
  return out;
}
