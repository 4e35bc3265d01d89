import { dialog, shell, type BrowserWindow } from 'electron';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HostServices } from './api/host';
import { MAX_FILE_BYTES } from '@contract/importers/files/limits';
import { DomainError } from '@contract/shared/errors';
import { BUNDLE_EXTENSION } from '@contract/sync/schema';
import { loadBundleFile } from './sync/bundleDisk';

/**
 * The desktop side of file handling: the open dialog for imports, choosing and saving backup
 * files, and showing the backup folder.
 * The renderer never sends a path; the main process picks the file and reads it (size checked
 * before reading), and the import channels get the bytes.
 */
export function electronHost(getWindow: () => BrowserWindow | null): HostServices {
  /** The open dialog over the app's window; the chosen path, or null when cancelled. */
  const openPath = async (options: Electron.OpenDialogOptions): Promise<string | null> => {
    const window = getWindow();
    const picked = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  };
  /** The save dialog over the app's window; the chosen path, or null when cancelled. */
  const savePath = async (options: Electron.SaveDialogOptions): Promise<string | null> => {
    const window = getWindow();
    const picked = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return picked.canceled || !picked.filePath ? null : picked.filePath;
  };
  return {
    async pickFile() {
      const path = await openPath({
        title: '选择要导入的台账',
        properties: ['openFile'],
        filters: [
          { name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'xlsm', 'csv', 'txt'] },
          { name: '所有文件', extensions: ['*'] },
        ],
      });
      if (!path) return null;
      if ((await stat(path)).size > MAX_FILE_BYTES) {
        throw new DomainError(
          'VALIDATION',
          `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请删去无关的工作表或分成几个文件`,
        );
      }
      return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
    },
    async pickSyncBundle() {
      const path = await openPath({
        title: '选择要导入的同步包',
        properties: ['openFile'],
        filters: [
          { name: '招商通同步包', extensions: [BUNDLE_EXTENSION] },
          { name: '所有文件', extensions: ['*'] },
        ],
      });
      // Read with the size and file-kind checks of the bundle layer: a bundle can be large.
      return path ? { name: basename(path), bytes: new Uint8Array(loadBundleFile(path)) } : null;
    },
    async saveFile(suggestedName, bytes) {
      const path = await savePath({
        title: '保存 PDF',
        defaultPath: suggestedName,
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      });
      if (path) await writeFile(path, bytes);
      return path;
    },
    async pickBackup() {
      const path = await openPath({
        title: '选择要恢复的备份文件',
        properties: ['openFile'],
        filters: [
          { name: '招商通备份', extensions: ['sqlite', 'db'] },
          { name: '所有文件', extensions: ['*'] },
        ],
      });
      return path ? { name: basename(path), path } : null;
    },
    async saveBackupCopy(suggestedName, sourcePath) {
      const path = await savePath({
        title: '备份另存到',
        defaultPath: suggestedName,
        filters: [{ name: '招商通备份', extensions: ['sqlite'] }],
      });
      if (path) await copyFile(sourcePath, path);
      return path;
    },
    async openFolder(path) {
      await mkdir(path, { recursive: true });
      const problem = await shell.openPath(path);
      if (problem) throw new DomainError('INTERNAL', `无法打开文件夹：${problem}`);
    },
  };
}
