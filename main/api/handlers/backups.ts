import { readFileSync } from 'node:fs';
import { backupsDirFor, listBackups } from '../../db/backup';
import { migrations } from '../../db/migrations';
import type { BackupInfo, BackupReason } from '@contract/backups/schema';
import { MAX_FILE_BYTES } from '@contract/importers/files/limits';
import { DomainError } from '@contract/shared/errors';
import type { RestoreJobInput, RestoreJobResult } from '../../jobs/backupJobs';
import type { ApiContext } from '../context';
import { exclusively } from '../exclusive';
import { runnerOf } from '../runner';
import { shownPath } from '../shownPath';
import { release, stageBackupPath, stageBackupUpload, stagedBackup } from '../stagedBackups';
import type { HandlerGroup } from './types';

/**
 * A backup taken in the job thread for `reason`, its steps told to `report` (what a refused save
 * says) and to the window (立即备份's button follows 正在备份数据库 → 正在检查备份文件).
 */
export const backupInJob = (
  ctx: ApiContext,
  reason: BackupReason,
  report: (phase: string, percent: number | null) => void,
): Promise<BackupInfo> =>
  runnerOf(ctx)(
    {
      kind: 'backup',
      input: { dbPath: ctx.databasePath, backupsDir: backupsDirFor(ctx.databasePath), reason },
    },
    {
      onPhase: (phase) => {
        report(phase.label, null);
        ctx.emit('progress', { task: 'backup', ...phase });
      },
    },
  );

/** 立即备份 and 另存到…: a backup in the job thread, while saves are refused saying so. */
const backupNow = (ctx: ApiContext): Promise<BackupInfo> =>
  exclusively('备份数据库', (report) => backupInJob(ctx, 'manual', report));

/**
 * A restore in the job thread: each step goes to the overlay's bar as it happens; saves are
 * refused meanwhile, reads answer (with the data before, until the rows are replaced at once).
 */
const restore = (ctx: ApiContext, from: RestoreJobInput['from']): Promise<RestoreJobResult> =>
  exclusively('恢复备份', (report) =>
    runnerOf(ctx)(
      {
        kind: 'restore',
        input: {
          dbPath: ctx.databasePath,
          backupsDir: backupsDirFor(ctx.databasePath),
          actor: ctx.actor,
          from,
        },
      },
      {
        onPhase: (phase) => {
          report(`正在恢复备份（${phase.label}）`, phase.done);
          ctx.emit('progress', { task: 'restore', ...phase });
        },
      },
    ),
  );

export const backupHandlers: HandlerGroup<'backups'> = {
  'backups.list': ({ databasePath, host }) => ({
    folder: shownPath(backupsDirFor(databasePath)),
    backups: listBackups(backupsDirFor(databasePath)),
    canOpenFolder: host !== undefined,
    schemaVersion: migrations.length,
  }),
  'backups.create': (ctx) => backupNow(ctx),
  'backups.restore': async (ctx, { name }) => {
    const { restored, ...result } = await restore(ctx, { backup: name });
    if (!restored) throw new DomainError('INTERNAL', `恢复“${name}”后未得到备份信息`);
    return { restored, ...result };
  },
  'backups.upload': (ctx, { name, base64 }) =>
    stageBackupUpload(backupsDirFor(ctx.databasePath), name, new Uint8Array(Buffer.from(base64, 'base64'))),
  'backups.pick': async ({ host }) => {
    if (!host?.pickBackup) throw new DomainError('FORBIDDEN', '网页预览中请用“从备份文件恢复”按钮上传文件');
    const file = await host.pickBackup();
    return file ? stageBackupPath(file.name, file.path) : null;
  },
  'backups.restoreFile': async (ctx, { fileId }) => {
    const file = stagedBackup(fileId);
    try {
      const { restored: _none, ...result } = await restore(ctx, {
        file: { name: file.name, path: file.path },
      });
      return { restoredFrom: file.name, ...result };
    } finally {
      release();
    }
  },
  'backups.saveCopy': async (ctx) => {
    const { host } = ctx;
    const backup = await backupNow(ctx);
    const stamp = backup.takenAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const fileName = `招商通备份-${stamp}.sqlite`;
    if (host?.saveBackupCopy) {
      return { backup, savedTo: await host.saveBackupCopy(fileName, backup.path), download: null };
    }
    // The browser preview hands the file over as a download, through memory: small files only.
    if (backup.bytes > MAX_FILE_BYTES) {
      throw new DomainError(
        'VALIDATION',
        '备份文件较大，网页预览中不能下载；请在桌面版中“另存到…”，或打开备份文件夹复制',
      );
    }
    return {
      backup,
      savedTo: null,
      download: { fileName, base64: readFileSync(backup.path).toString('base64') },
    };
  },
  'backups.openFolder': async ({ databasePath, host }) => {
    if (!host) throw new DomainError('FORBIDDEN', '网页预览中无法打开文件夹，请按上面显示的路径查找');
    await host.openFolder(backupsDirFor(databasePath));
    return null;
  },
};
