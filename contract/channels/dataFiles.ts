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
import { id } from '../shared/fields';
import { command, query } from './define';
import { uploadInput as upload, UPLOAD_MAX_BYTES } from './upload';

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
