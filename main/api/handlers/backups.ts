import { readFileSync } from 'node:fs';
import { backupsDirFor, createBackup, listBackups } from '../../db/backup';
import { migrations } from '../../db/migrations';
import { restoreBackup, restoreSource } from '../../db/restore';
import { RESTORE_PHASES, type RestoreProgress } from '../../domain/backups/schema';
import { MAX_FILE_BYTES } from '../../domain/importers/files/limits';
import { rebuildSearchIndex } from '../../domain/search/indexer';
import { DomainError } from '../../domain/shared/errors';
import { openBatch } from '../../domain/store/audit';
import type { ApiContext } from '../context';
import { shownPath } from '../shownPath';
import { release, stageBackupPath, stageBackupUpload, stagedBackup } from '../stagedBackups';
import type { HandlerGroup } from '.';

/** Each step of a restore as a progress event: the renderer's overlay shows it as a bar. */
const restoreProgress =
  (ctx: ApiContext): RestoreProgress =>
  (phase, percent) =>
    ctx.emit('progress', { task: 'restore', done: percent, total: 100, label: RESTORE_PHASES[phase].label });

/** After the rows are back: the search index rebuilt and the restore written into the history. */
function afterRestore(ctx: ApiContext, note: string): void {
  const progress = restoreProgress(ctx);
  progress('index', RESTORE_PHASES.replace.upTo);
  // Virtual tables (the search index) are not copied row by row: they are built again.
  rebuildSearchIndex(ctx.db);
  // Written into the restored data, so its own history shows where it came from.
  openBatch(ctx.db, ctx.actor, 'restore', note);
  progress('done', RESTORE_PHASES.done.upTo);
}

export const backupHandlers: HandlerGroup<'backups'> = {
  'backups.list': ({ databasePath, host }) => ({
    folder: shownPath(backupsDirFor(databasePath)),
    backups: listBackups(backupsDirFor(databasePath)),
    canOpenFolder: host !== undefined,
    schemaVersion: migrations.length,
  }),
  'backups.create': ({ db, databasePath }) => createBackup(db, backupsDirFor(databasePath), 'manual'),
  'backups.restore': (ctx, { name }) => {
    const result = restoreBackup(ctx.db, backupsDirFor(ctx.databasePath), name, restoreProgress(ctx));
    afterRestore(ctx, `从备份恢复：${name}（恢复前的数据另存为 ${result.keptAs.name}）`);
    return result;
  },
  'backups.upload': (ctx, { name, base64 }) =>
    stageBackupUpload(backupsDirFor(ctx.databasePath), name, new Uint8Array(Buffer.from(base64, 'base64'))),
  'backups.pick': async ({ host }) => {
    if (!host?.pickBackup) throw new DomainError('FORBIDDEN', '网页预览中请用“从备份文件恢复”按钮上传文件');
    const file = await host.pickBackup();
    return file ? stageBackupPath(file.name, file.path) : null;
  },
  'backups.restoreFile': (ctx, { fileId }) => {
    const file = stagedBackup(fileId);
    try {
      const result = restoreSource(ctx.db, backupsDirFor(ctx.databasePath), file, restoreProgress(ctx));
      afterRestore(ctx, `从备份文件恢复：${file.name}（恢复前的数据另存为 ${result.keptAs.name}）`);
      return { restoredFrom: file.name, ...result };
    } finally {
      release();
    }
  },
  'backups.saveCopy': async ({ db, databasePath, host }) => {
    const backup = createBackup(db, backupsDirFor(databasePath), 'manual');
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
