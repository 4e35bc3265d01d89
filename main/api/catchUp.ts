import { backupsDirFor } from '../db/backup';
import type { ApiContext } from './context';
import { runnerOf } from './runner';

/**
 * The catch-up after a large import (sort keys, search entries, the periodic backup when due),
 * started once the import has answered and not waited for: it runs in the job thread while
 * the window goes on, saves included. Should it fail (a restore started meanwhile holds the
 * file), what is left is caught up by the next one, or a few at a time by the reads themselves.
 */
export function catchUpInBackground(ctx: ApiContext, backup: boolean): Promise<void> {
  return runnerOf(ctx)(
    {
      kind: 'catchUp',
      input: { dbPath: ctx.databasePath, backupsDir: backupsDirFor(ctx.databasePath), backup },
    },
    { onPhase: (phase) => ctx.emit('progress', { task: 'catchUp', ...phase }) },
  ).then(
    () => undefined,
    (err: unknown) => console.error('[leadatlas] catch-up after import', err),
  );
}
