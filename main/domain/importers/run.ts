import { connect } from '../../db/cipher';
import { applyPragmas } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { todayLocal } from '@contract/shared/time';
import { openBatch } from '../store/audit';
import { TARGET_LABELS } from '@contract/importers/fields';
import type { Grid } from './files/grid';
import { ImportPass } from './plan';
import type { ImportResult, ImportSpec } from '@contract/importers/schema';

/** What the import itself answers; whether a backup follows is decided by whoever started it. */
export type ImportWritten = Omit<ImportResult, 'backupFollows'>;
import { breathe, walk } from './slices';
import { realWriter } from './writer';
import { setSyncActor, stopCapture } from '../../sync/syncFunctions';
import { bulkCapture } from '../../sync/bulkCapture';
import { figuresInBulk } from '../../db/figureVersions';

export interface RunOptions {
  /** The database file: the import uses its own connection and its own transaction. */
  dbPath: string;
  grid: Grid;
  spec: ImportSpec;
  actor: Actor;
  /** File name, for the batch label people see in the history (and a year its dates may leave out). */
  fileName: string;
  sheetName: string;
  /** The importDefaultYear setting, for dates without a year the file does not date either. */
  settingYear: number;
  /** Rows per slice between progress reports and cancel checks; default: slices of about 50 ms. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
  /** Indexes set aside for a large import built again: steps done of all. */
  onIndexes?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * How what the import makes is recorded for team sync: together before the commit ('bulk', the
   * default); row by row by the triggers ('eachRow', the reference the bulk record is checked
   * against); not at all ('off', the baseline that measures what recording costs).
   */
  capture?: 'bulk' | 'eachRow' | 'off';
}

/**
 * The import itself: all rows in ONE transaction on a connection of its own, so a cancel, an
 * error row (when errors block) or a crash leaves the database exactly as it was. It pauses
 * between slices of rows, which keeps the process answering (progress, the cancel button) and
 * makes it a plain function of database path and rows: it runs the same in a worker thread.
 */
export async function runImport(options: RunOptions): Promise<ImportWritten> {
  const started = performance.now();
  const db = connect(options.dbPath, { fileMustExist: true });
  try {
    applyPragmas(db);
    // The commit of a large import leaves hundreds of MB in the WAL; copying them into the file
    // (the checkpoint SQLite would run at once on this connection) is left to the catch-up in the
    // job thread that follows every import (main/jobs/catchUpJob.ts), not put on the wait.
    db.pragma('wal_autocheckpoint = 0');
    setSyncActor(db, options.actor.name);
    const capture = options.capture ?? 'bulk';
    if (capture === 'off') stopCapture(db);
    // One big transaction: a cache that holds its pages keeps SQLite from spilling mid-way.
    db.pragma('cache_size = -131072');
    db.exec('BEGIN IMMEDIATE');
    const figures = figuresInBulk(db);
    try {
      const label = `导入${TARGET_LABELS[options.spec.target]}：${options.fileName}`.slice(0, 200);
      const actor = openBatch(db, options.actor, 'import', label);
      const writer = realWriter(
        db,
        actor,
        options.grid.rows.length - options.spec.headerRow - 1,
        capture === 'bulk' ? bulkCapture(db) : undefined,
      );
      const pass = new ImportPass(options.grid, options.spec, {
        db,
        writer,
        actorName: options.actor.name,
        today: todayLocal(),
        years: { fileName: options.fileName, sheetName: options.sheetName, setting: options.settingYear },
      });
      const stopIfCancelled = (): void => {
        if (options.signal?.aborted) throw new DomainError('CANCELLED', '导入已取消，未写入任何数据');
      };
      await walk(pass, {
        chunk: options.chunk,
        before: stopIfCancelled,
        after: () => options.onProgress?.(pass.done, pass.total),
      });
      // Indexes set aside for a large import are built again one by one, pausing in between.
      const steps = writer.finish();
      for (const [i, step] of steps.entries()) {
        stopIfCancelled();
        options.onIndexes?.(i, steps.length);
        step();
        await breathe();
      }
      stopIfCancelled();
      const summary = pass.summary();
      const wrote =
        summary.counts.create +
        summary.counts.update +
        Object.values(summary.related).reduce((a, b) => a + b, 0);
      if (wrote === 0) {
        db.exec('ROLLBACK');
        return { ...summary, batchId: null, millis: Math.round(performance.now() - started) };
      }
      figures.end();
      db.exec('COMMIT');
      return { ...summary, batchId: actor.batchId ?? null, millis: Math.round(performance.now() - started) };
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  } finally {
    db.close();
  }
}
