import { dialog, shell, type BrowserWindow } from 'electron';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HostServices } from './api/host';
import { MAX_FILE_BYTES } from './domain/importers/files/limits';
import { DomainError } from './domain/shared/errors';

/**
 * The desktop side of file handling: the open dialog for imports, choosing and saving backup
 * files, and showing the backup folder.
 * The renderer never sends a path; the main process picks the file and reads it (size checked
 * before reading), and the import channels get the bytes.
 */
export function electronHost(getWindow: () => BrowserWindow | null): HostServices {
  return {
    async pickFile() {
      const options: Electron.OpenDialogOptions = {
        title: '选择要导入的台账',
        properties: ['openFile'],
        filters: [
          { name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'xlsm', 'csv', 'txt'] },
          { name: '所有文件', extensions: ['*'] },
        ],
      };
      const window = getWindow();
      const picked = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const path = picked.canceled ? undefined : picked.filePaths[0];
      if (!path) return null;
      if ((await stat(path)).size > MAX_FILE_BYTES) {
        throw new DomainError(
          'VALIDATION',
          `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请删去无关的工作表或分成几个文件`,
        );
      }
      return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
    },
    async saveFile(suggestedName, bytes) {
      const options: Electron.SaveDialogOptions = {
        title: '保存 PDF',
        defaultPath: suggestedName,
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      };
      const window = getWindow();
      const picked = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return null;
      await writeFile(picked.filePath, bytes);
      return picked.filePath;
    },
    async pickBackup() {
      const options: Electron.OpenDialogOptions = {
        title: '选择要恢复的备份文件',
        properties: ['openFile'],
        filters: [
          { name: '招商通备份', extensions: ['sqlite', 'db'] },
          { name: '所有文件', extensions: ['*'] },
        ],
      };
      const window = getWindow();
      const picked = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const path = picked.canceled ? undefined : picked.filePaths[0];
      return path ? { name: basename(path), path } : null;
    },
    async saveBackupCopy(suggestedName, sourcePath) {
      const options: Electron.SaveDialogOptions = {
        title: '备份另存到',
        defaultPath: suggestedName,
        filters: [{ name: '招商通备份', extensions: ['sqlite'] }],
      };
      const window = getWindow();
      const picked = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return null;
      await copyFile(sourcePath, picked.filePath);
      return picked.filePath;
    },
    async openFolder(path) {
      await mkdir(path, { recursive: true });
      const problem = await shell.openPath(path);
      if (problem) throw new DomainError('INTERNAL', `无法打开文件夹：${problem}`);
    },
  };
}
