import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { databaseKey } from '../../db/cipher';
import { storeDirFor } from '../../domain/attachments/fileStore';
import { DomainError } from '@contract/shared/errors';
import { todayLocal } from '@contract/shared/time';
import { BUNDLE_EXTENSION, type StagedBundle, type SyncStatus } from '@contract/sync/schema';
import { bundleSigner } from '../../sync/bundleFile';
import { ownBundle } from '../../sync/bundleRefusals';
import { adoptDevice, pendingFor } from '../../sync/changeLog';
import { listConflicts, settleConflict } from '../../sync/conflictView';
import { deviceName, exportBundle, importBundle, untrustedSigner } from '../../sync/bundleExchange';
import { fingerprint, loadOrCreateDeviceKeys, type DeviceKeys } from '../../sync/deviceKeys';
import { listPeers, seenByAllPeers, trustPeer, untrustPeer } from '../../sync/peers';
import { clearTeamPassphrase, setTeamPassphrase, teamPassphrase } from '../../sync/teamPassphrase';
import type { ApiContext } from '../context';
import { exclusively } from '../exclusive';
import type { HandlerGroup } from './types';

/** This laptop's key, kept beside the database; the ledger records its changes under the key's id. */
export function deviceKeysOf(ctx: ApiContext): DeviceKeys {
  const keys = loadOrCreateDeviceKeys(dirname(ctx.databasePath));
  adoptDevice(ctx.db, keys.device);
  return keys;
}

const staged = new Map<string, { name: string; bytes: Buffer }>();
function stage(name: string, bytes: Buffer): StagedBundle {
  const fileId = randomUUID();
  staged.set(fileId, { name, bytes });
  while (staged.size > 3) staged.delete(staged.keys().next().value as string);
  return { fileId, name, bytes: bytes.length };
}
function stagedBundle(fileId: string): Buffer {
  const file = staged.get(fileId);
  if (!file) throw new DomainError('NOT_FOUND', '同步包已失效，请重新选择文件');
  return file.bytes;
}

function status(ctx: ApiContext): SyncStatus {
  const keys = deviceKeysOf(ctx);
  const db = ctx.db;
  const seen = seenByAllPeers(db);
  return {
    device: { id: keys.device, name: deviceName(db), fingerprint: fingerprint(keys.publicKey) },
    peers: listPeers(db),
    pending: pendingFor(db, seen),
    openConflicts: db
      .prepare(`SELECT count(*) FROM sync_conflicts WHERE settled_at IS NULL`)
      .pluck()
      .get() as number,
    lastExportAt: db.prepare(`SELECT last_export_at FROM sync_self`).pluck().get() as string | null,
    teamPassphrase: teamPassphrase(db) !== null,
    databaseEncrypted: databaseKey() !== null,
  };
}

export const syncHandlers: HandlerGroup<'sync'> = {
  'sync.status': (ctx) => status(ctx),
  'sync.renameDevice': (ctx, { name }) => {
    ctx.db.prepare(`UPDATE sync_self SET name = ?`).run(name);
    return status(ctx).device;
  },
  'sync.setTeamPassphrase': (ctx, input) => {
    setTeamPassphrase(ctx.db, input);
    return status(ctx);
  },
  'sync.clearTeamPassphrase': (ctx) => {
    clearTeamPassphrase(ctx.db);
    return status(ctx);
  },
  'sync.export': (ctx) => {
    const keys = deviceKeysOf(ctx);
    const { bytes, sealed } = exportBundle(ctx.db, keys, storeDirFor(ctx.databasePath));
    const stamp = todayLocal().replaceAll('-', '');
    // The name says it too: whoever is handed the file knows it needs the 口令.
    return {
      fileName: `同步包-${deviceName(ctx.db)}-${stamp}${sealed ? '-已加密' : ''}.${BUNDLE_EXTENSION}`,
      base64: bytes.toString('base64'),
      sealed,
    };
  },
  'sync.upload': (_ctx, { name, base64 }) => stage(name, Buffer.from(base64, 'base64')),
  'sync.pick': async ({ host }) => {
    if (!host?.pickSyncBundle) throw new DomainError('FORBIDDEN', '网页预览中请用“选择文件”按钮上传');
    const file = await host.pickSyncBundle();
    return file ? stage(file.name, Buffer.from(file.bytes)) : null;
  },
  'sync.signer': (ctx, { fileId }) => {
    // This laptop's own bundle is refused at once, not offered to be trusted.
    const bytes = stagedBundle(fileId);
    const signer = bundleSigner(bytes);
    if (signer.device === deviceKeysOf(ctx).device) throw ownBundle(signer.name);
    return untrustedSigner(ctx.db, bytes);
  },
  'sync.trust': (ctx, { fileId }) => {
    const signer = bundleSigner(stagedBundle(fileId));
    if (signer.device === deviceKeysOf(ctx).device)
      throw new DomainError('VALIDATION', '这是本机导出的同步包，无需信任');
    trustPeer(ctx.db, signer);
    return listPeers(ctx.db).find((p) => p.device === signer.device)!;
  },
  'sync.untrust': (ctx, { device }) => {
    if (!untrustPeer(ctx.db, device)) throw new DomainError('NOT_FOUND', '没有这台受信任的设备');
    return null;
  },
  'sync.import': (ctx, { fileId }) =>
    exclusively('导入同步包', async () =>
      importBundle(ctx.db, deviceKeysOf(ctx), stagedBundle(fileId), storeDirFor(ctx.databasePath)),
    ),
  'sync.conflicts': (ctx, { settled }) => listConflicts(ctx.db, settled ?? false),
  'sync.settle': (ctx, { id, take }) => settleConflict(ctx.db, ctx.actor.name, id, take),
};
