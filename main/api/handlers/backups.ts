import { backupsDirFor, createBackup, listBackups } from '../../db/backup';
import { migrations } from '../../db/migrations';
import { restoreBackup } from '../../db/restore';
import { rebuildSearchIndex } from '../../domain/search/indexer';
import { DomainError } from '../../domain/shared/errors';
import { openBatch } from '../../domain/store/audit';
import { shownPath } from '../shownPath';
import type { HandlerGroup } from '.';

export const backupHandlers: HandlerGroup<'backups'> = {
  'backups.list': ({ databasePath, host }) => ({
    folder: shownPath(backupsDirFor(databasePath)),
    backups: listBackups(backupsDirFor(databasePath)),
    canOpenFolder: host !== undefined,
    schemaVersion: migrations.length,
  }),
  'backups.create': ({ db, databasePath }) => createBackup(db, backupsDirFor(databasePath), 'manual'),
  'backups.restore': ({ db, databasePath, actor }, { name }) => {
    const result = restoreBackup(db, backupsDirFor(databasePath), name);
    // Virtual tables (the search index) are not copied row by row: they are built again.
    rebuildSearchIndex(db);
    // Written into the restored data, so its own history shows where it came from.
    openBatch(db, actor, 'restore', `从备份恢复：${name}（恢复前的数据另存为 ${result.keptAs.name}）`);
    return result;
  },
  'backups.openFolder': async ({ databasePath, host }) => {
    if (!host) throw new DomainError('FORBIDDEN', '网页预览中无法打开文件夹，请按上面显示的路径查找');
    await host.openFolder(backupsDirFor(databasePath));
    return null;
  },
};
