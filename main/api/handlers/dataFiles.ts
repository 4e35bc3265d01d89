import type { HandlerGroup } from '.';
import { backupHandlers } from './backups';
import { exportHandlers } from './exporter';
import { importHandlers } from './importer';

/** Excel in and out, backups and restore (channels/dataFiles.ts). */
export const dataFileHandlers: HandlerGroup<'import' | 'export' | 'backups'> = {
  ...importHandlers,
  ...exportHandlers,
  ...backupHandlers,
};
