import { z } from 'zod';
import type {
  BackupInfo,
  BackupList,
  FileRestoreResult,
  RestoreResult,
  SavedBackupCopy,
  StagedBackup,
} from '../backups/schema';
import { exportView } from '../exporters/schema';
import {
  fileId,
  importSpec,
  sheetChoice,
  type DownloadFile,
  type ImportResult,
  type InspectResult,
  type PreviewResult,
  type StagedFile,
  type UndoSummary,
} from '../importers/schema';
import { IMPORT_TARGETS } from '../importers/fields';
import { MAX_FILE_BYTES } from '../importers/files/limits';
import { id } from '../shared/fields';
import { command, query } from './define';

// A file travels as base64 (4 characters per 3 bytes); the dispatch counts up to 3 bytes per
// character, so the upload channel's budget is three times the base64 length of the largest file.
const BASE64_MAX = Math.ceil(MAX_FILE_BYTES / 3) * 4;
const UPLOAD_MAX_BYTES = BASE64_MAX * 3 + 64 * 1024;

const upload = z.strictObject({
  name: z.string().trim().min(1, '文件名为空').max(200, '文件名过长'),
  base64: z
    .string()
    .max(BASE64_MAX, `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容格式无效'),
});

/** Excel in and out, backups and restore. */
export const dataFileChannels = {
  'import.upload': command<StagedFile>()(upload, UPLOAD_MAX_BYTES),
  'import.pick': command<StagedFile | null>()(z.strictObject({})),
  'import.inspect': query<InspectResult>()(sheetChoice),
  'import.preview': query<PreviewResult>()(importSpec),
  'import.run': command<ImportResult>()(importSpec),
  'import.cancel': command<{ cancelled: boolean }>()(z.strictObject({})),
  'import.errorReport': query<DownloadFile>()(importSpec),
  'import.undo': command<UndoSummary>()(z.strictObject({ batchId: id('导入批次') })),
  'import.template': query<DownloadFile>()(z.strictObject({ target: z.enum(IMPORT_TARGETS) })),
  'export.view': query<DownloadFile>()(exportView),
  'export.workbook': query<DownloadFile>()(z.strictObject({})),
  'backups.list': query<BackupList>()(z.strictObject({})),
  'backups.create': command<BackupInfo>()(z.strictObject({})),
  'backups.restore': command<RestoreResult>()(
    z.strictObject({ name: z.string().regex(/^leadatlas-[0-9a-z-]+\.sqlite$/, '备份文件名无效') }),
  ),
  'backups.upload': command<StagedBackup>()(upload, UPLOAD_MAX_BYTES),
  'backups.pick': command<StagedBackup | null>()(z.strictObject({})),
  'backups.restoreFile': command<FileRestoreResult>()(z.strictObject({ fileId })),
  'backups.saveCopy': command<SavedBackupCopy>()(z.strictObject({})),
  'backups.openFolder': command<null>()(z.strictObject({})),
};
