import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../../main/db/open';
import { applyChanges, type ApplyReport } from '../../../main/sync/applyChanges';
import { adoptDevice, changesUnseenBy, seenVector } from '../../../main/sync/changeLog';
import type { SeenVector, SyncChange } from '../../../main/sync/change';
import { ledgerHashes } from '../../../main/sync/tableHash';

let template: string | undefined;

/** A migrated empty ledger, made once per test file and copied: migrations take longer than a copy. */
function emptyLedger(): string {
  if (!template) {
    template = join(mkdtempSync(join(tmpdir(), 'leadatlas-sync-')), 'template.sqlite');
    closeDatabase(openDatabase(template));
  }
  const path = join(mkdtempSync(join(tmpdir(), 'leadatlas-sync-')), 'device.sqlite');
  copyFileSync(template, path);
  return path;
}

export interface Device {
  name: string;
  id: string;
  db: Db;
}

/** Devices with their own ledgers and ids ('a0…', 'b0…': fixed, so a failing seed replays). */
export function devices(count: number): Device[] {
  return Array.from({ length: count }, (_, i) => {
    const db = openDatabase(emptyLedger());
    const id = `${String.fromCharCode(97 + i)}${'0'.repeat(15)}`;
    adoptDevice(db, id);
    return { name: `设备${i + 1}`, id, db };
  });
}

export interface Parcel {
  changes: SyncChange[];
  seen: SeenVector;
}

/** What `from` would put in a bundle for `to`, by what `to` says it holds. */
export const parcelFor = (from: Device, to: Device): Parcel => ({
  changes: changesUnseenBy(from.db, seenVector(to.db)),
  seen: seenVector(from.db),
});

export const deliver = (to: Device, parcel: Parcel): ApplyReport =>
  applyChanges(to.db, parcel.changes, parcel);

export const sync = (from: Device, to: Device): ApplyReport => deliver(to, parcelFor(from, to));

/** Everyone sends to everyone until a round changes nothing. */
export function settle(all: Device[]): void {
  for (let round = 0; round < 10; round++) {
    let applied = 0;
    for (const from of all) for (const to of all) if (from !== to) applied += sync(from, to).applied;
    if (applied === 0) return;
  }
  throw new Error('sync did not settle in 10 rounds');
}

export const hashes = (d: Device) => ledgerHashes(d.db);

export const closeAll = (all: Device[]): void => all.forEach((d) => closeDatabase(d.db));
