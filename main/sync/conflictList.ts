import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { nowIso } from '@contract/shared/time';
import { withCapture } from './syncFunctions';

export interface ConflictSide {
  value: string | null;
  hlc: string;
  device: string;
  actor: string;
}

export interface FoundConflict {
  tbl: string;
  rowGid: string;
  field: string | null;
  kind: 'field' | 'deleted' | 'held';
  kept: ConflictSide | null;
  other: ConflictSide;
}

/**
 * Lists a conflict in 同步冲突. The entry is itself a synced record whose gid says what it is
 * about, so every device ends up listing it once, whichever device found it first, and settling
 * it on one device settles it everywhere.
 */
export function listConflict(db: Db, c: FoundConflict): void {
  const gid = createHash('sha256')
    .update([c.tbl, c.rowGid, c.field ?? '', c.kind, c.other.hlc, c.other.device].join('\n'))
    .digest('hex')
    .slice(0, 32);
  withCapture(db, () =>
    prepareCached(
      db,
      `INSERT OR IGNORE INTO sync_conflicts (gid, tbl, gid_of_row, field, kind, kept_value, kept_hlc, kept_device,
         kept_actor, other_value, other_hlc, other_device, other_actor, found_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      gid,
      c.tbl,
      c.rowGid,
      c.field,
      c.kind,
      c.kept?.value ?? null,
      c.kept?.hlc ?? null,
      c.kept?.device ?? null,
      c.kept?.actor ?? null,
      c.other.value,
      c.other.hlc,
      c.other.device,
      c.other.actor,
      nowIso(),
    ),
  );
}
