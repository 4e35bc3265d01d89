import { databaseKey } from '../db/cipher';
import type { Db } from '../db/open';
import { migrations } from '../db/migrations';
import { hasStored, readContent, storeContent } from '../domain/attachments/fileStore';
import type { SyncImportResult, UntrustedSigner } from '@contract/sync/schema';
import { DomainError } from '@contract/shared/errors';
import { nowIso } from '@contract/shared/time';
import { applyChanges } from './applyChanges';
import { bundleSigner, readBundle, writeBundle, type SyncAttachment } from './bundleFile';
import { changesUnseenBy, seenVector } from './changeLog';
import type { DeviceKeys } from './deviceKeys';
import { notePeerBundle, seenByAllPeers, trustedKey } from './peers';
import { teamPassphrase } from './teamPassphrase';

export const deviceName = (db: Db): string =>
  (db.prepare(`SELECT name FROM sync_self`).pluck().get() as string | null) ?? '本机';

/**
 * 导出同步包: every change some trusted laptop has not received (all of them before the first
 * exchange), with the files of the attachments among them, signed with this laptop's key and,
 * once a 团队同步口令 is set, encrypted with it. An encrypted ledger lets nothing out in plain
 * text: without a 口令 it exports nothing.
 */
export function exportBundle(
  db: Db,
  keys: DeviceKeys,
  attachmentsDir: string,
): { bytes: Buffer; changes: number; sealed: boolean } {
  const passphrase = teamPassphrase(db);
  if (!passphrase && databaseKey())
    throw new DomainError(
      'SYNC_PASSPHRASE_NEEDED',
      '数据库已加密，同步包也须加密后才能导出。请先在 设置 → 团队同步 设置团队同步口令（各台电脑相同），再导出同步包。',
    );
  const changes = changesUnseenBy(db, seenByAllPeers(db));
  const attachments: SyncAttachment[] = [];
  for (const c of changes) {
    const hash = c.tbl === 'attachments' && c.op === 'put' ? c.fields?.hash : undefined;
    if (typeof hash === 'string' && hasStored(attachmentsDir, hash)) {
      attachments.push({ sha256: hash, bytes: readContent(attachmentsDir, hash) });
    }
  }
  const bytes = writeBundle(
    { schemaVersion: migrations.length, deviceName: deviceName(db), seen: seenVector(db), passphrase },
    changes,
    attachments,
    keys,
  );
  db.prepare(`UPDATE sync_self SET last_export_at = ?`).run(nowIso());
  return { bytes, changes: changes.length, sealed: passphrase !== null };
}

const readOptions = (db: Db, keys: DeviceKeys) => ({
  trustedKey: (device: string) => trustedKey(db, device),
  maxSchemaVersion: migrations.length,
  ownDevice: keys.device,
  passphrase: teamPassphrase(db),
});

/** Who signed a bundle when this laptop does not trust them yet; null when it does. */
export function untrustedSigner(db: Db, bytes: Buffer): UntrustedSigner | null {
  const signer = bundleSigner(bytes);
  if (trustedKey(db, signer.device) === signer.publicKey) return null;
  return { device: signer.device, name: signer.name, fingerprint: signer.fingerprint };
}

/**
 * 导入同步包: checked whole (signature, trusted sender, schema, counts) before anything is
 * written; then the files, then every change in one transaction with the note of what the
 * sender had received. Importing it again, or an older one, changes nothing.
 */
export function importBundle(
  db: Db,
  keys: DeviceKeys,
  bytes: Buffer,
  attachmentsDir: string,
  onProgress?: (done: number, total: number) => void,
): SyncImportResult {
  const { header, changes, attachments } = readBundle(bytes, readOptions(db, keys));
  // Files first, by content: one already here is not written again, and one written for an
  // import that then fails is only an unused file in the store.
  for (const a of attachments)
    if (!hasStored(attachmentsDir, a.sha256)) storeContent(attachmentsDir, a.bytes);
  const report = db
    .transaction(() => {
      const r = applyChanges(db, changes, { seen: header.seen }, onProgress);
      notePeerBundle(db, header.from.device, header.from.name, header.seen);
      return r;
    })
    .immediate();
  return {
    from: { device: header.from.device, name: header.from.name },
    ...report,
    attachments: attachments.length,
  };
}
