import type { HandlerGroup, HandlerOf } from './types';
import { backupHandlers } from './backups';
import { exportHandlers } from './exporter';
import { importHandlers } from './importer';

/** Excel in and out, backups and restore (channels/dataFiles.ts). */
export const dataFileHandlers = (handlerOf: HandlerOf): HandlerGroup<'import' | 'export' | 'backups'> => ({
  ...importHandlers,
  ...exportHandlers(handlerOf),
  ...backupHandlers,
});
