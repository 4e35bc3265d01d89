import { basename, extname } from 'node:path';
import { AUTO_BACKUP_HOURS, backupDue, backupsDirFor } from '../../db/backup';
import { now } from '@contract/shared/clock';
import { inspectSheet } from '../../domain/importers/inspect';
import { layoutAt } from '../../domain/importers/header/detect';
import { errorRows, previewImport } from '../../domain/importers/preview';
import { errorReport } from '../../domain/importers/report';
import { importTemplate } from '../../domain/importers/template';
import type { Grid } from '../../domain/importers/files/grid';
import type { YearSources } from '../../domain/importers/header/year';
import type { ImportSpec } from '@contract/importers/schema';
import { getSettings } from '../../domain/settings';
import { DomainError } from '@contract/shared/errors';
import type { ApiContext } from '../context';
import { exclusively } from '../exclusive';
import { gridInMemory, stagedFile, stagedGrid, stageFile } from '../staging';
import type { HandlerGroup } from './types';
import { catchUpInBackground } from '../catchUp';
import { runnerOf } from '../runner';

let running: AbortController | null = null;

/** What dates without a year may take theirs from: the file's name, the sheet's name, the setting. */
function years(ctx: ApiContext, spec: ImportSpec): Omit<YearSources, 'chosen'> {
  const file = stagedFile(spec.fileId);
  return {
    fileName: file.name,
    sheetName: file.source.sheetNames[spec.sheet] ?? '',
    setting: getSettings(ctx.db).importDefaultYear,
  };
}

/**
 * The staged sheet; one not in memory is read ahead in slices (inflated off the main thread),
 * so reading a 100 000-row sheet does not hold up the main process for its whole length.
 */
async function gridOf(fileId: string, sheet: number): Promise<Grid> {
  await stagedFile(fileId).source.prepare(sheet);
  return stagedGrid(fileId, sheet);
}

/** The sheet the wizard has read, when it is still in memory; the file otherwise (see Job). */
function rowsFor(fileId: string, sheet: number, bytes: Uint8Array): { grid: Grid } | { bytes: Uint8Array } {
  const grid = gridInMemory(fileId, sheet);
  return grid ? { grid } : { bytes };
}

export const importHandlers: HandlerGroup<'import'> = {
  'import.upload': (_ctx, { name, base64 }) => stageFile(name, new Uint8Array(Buffer.from(base64, 'base64'))),
  'import.pick': async ({ host }) => {
    if (!host) throw new DomainError('FORBIDDEN', '网页预览中请用“选择文件”按钮上传');
    const file = await host.pickFile();
    return file ? stageFile(file.name, file.bytes) : null;
  },
  'import.inspect': async (_ctx, choice) =>
    inspectSheet(
      await gridOf(choice.fileId, choice.sheet),
      stagedFile(choice.fileId).source.sheetNames,
      choice,
    ),
  'import.preview': async (ctx, spec) =>
    previewImport(ctx.db, await gridOf(spec.fileId, spec.sheet), spec, ctx.actor.name, years(ctx, spec)),
  'import.run': (ctx, spec) =>
    exclusively(
      '导入数据',
      async (report) => {
        const file = stagedFile(spec.fileId);
        const controller = new AbortController();
        running = controller;
        try {
          const job = {
            kind: 'import' as const,
            input: {
              dbPath: ctx.databasePath,
              spec,
              actor: ctx.actor,
              fileName: file.name,
              sheetName: file.source.sheetNames[spec.sheet] ?? '',
              settingYear: getSettings(ctx.db).importDefaultYear,
            },
            sheet: spec.sheet,
            rows: rowsFor(spec.fileId, spec.sheet, file.bytes),
          };
          const result = await runnerOf(ctx)(job, {
            signal: controller.signal,
            onPhase: (phase) => {
              report(phase.label, phase.total ? Math.floor((phase.done / phase.total) * 100) : null);
              ctx.emit('progress', { task: 'import', ...phase });
            },
          });
          if (result.batchId === null) return { ...result, backupFollows: false };
          const backupFollows = backupDue(backupsDirFor(ctx.databasePath), now(), AUTO_BACKUP_HOURS);
          void catchUpInBackground(ctx, backupFollows);
          return { ...result, backupFollows };
        } finally {
          running = null;
        }
      },
      { cancellable: true },
    ),
  'import.cancel': () => {
    if (!running) return { cancelled: false };
    running.abort();
    return { cancelled: true };
  },
  'import.errorReport': async (ctx, spec) => {
    const grid = await gridOf(spec.fileId, spec.sheet);
    const rows = await errorRows(ctx.db, grid, spec, ctx.actor.name, years(ctx, spec));
    if (rows.length === 0) throw new DomainError('NOT_FOUND', '没有未能导入的行');
    const bytes = await errorReport(layoutAt(grid, spec.headerRow).headers, rows);
    const name = stagedFile(spec.fileId).name;
    return { fileName: `${basename(name, extname(name))}-未导入的行.xlsx`, base64: bytes.toString('base64') };
  },
  'import.template': (_ctx, { target }) => importTemplate(target),
  // The backup before the undo and the undo itself (up to every row of a large import) run in
  // the job thread on its own connection; saves are refused meanwhile, reads answer.
  'import.undo': (ctx, { batchId }) => {
    const kind = ctx.db.prepare(`SELECT kind FROM audit_batches WHERE id = ?`).pluck().get(batchId);
    if (kind !== 'import') throw new DomainError('NOT_FOUND', '该导入批次不存在');
    const input = {
      dbPath: ctx.databasePath,
      backupsDir: backupsDirFor(ctx.databasePath),
      actor: ctx.actor,
      batchId,
    };
    return exclusively('撤销导入', (report) =>
      runnerOf(ctx)(
        { kind: 'undo', input },
        {
          onPhase: (phase) => {
            report(phase.label, null);
            ctx.emit('progress', { task: 'undo', ...phase });
          },
        },
      ),
    );
  },
};
