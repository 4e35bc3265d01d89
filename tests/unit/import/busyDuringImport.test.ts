import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { ImportResult, InspectResult, StagedFile } from '../../../main/domain/importers/schema';
import { inProcessImportRunner, type ImportRunner } from '../../../main/jobs/importRunner';
import { bigProjectLedger } from '../../fixtures/ledgers';
import { freshDb } from '../testDb';

const NAME = '导入期间新建的企业有限公司';

async function ask(ctx: ApiContext, channel: string, input: unknown) {
  const started = performance.now();
  const result = await dispatch(ctx, channel, input);
  return { result, ms: performance.now() - started };
}

describe('a save while an import holds the database', () => {
  it('is refused at once with the import’s progress and goes through afterwards; reads still answer', async () => {
    const db = freshDb();
    let rowsStarted!: () => void;
    const importing = new Promise<void>((resolve) => (rowsStarted = resolve));
    // The app's runner, watched: the checks below run once rows are being written.
    const runner: ImportRunner = (run) =>
      inProcessImportRunner({
        ...run,
        onPhase: (phase) => {
          run.onPhase(phase);
          if (phase.done > 0) rowsStarted();
        },
      });
    const ctx: ApiContext = {
      db,
      actor: { name: '招商服务中心' },
      databasePath: db.name,
      appVersion: 'test',
      emit: () => undefined,
      importRunner: runner,
    };
    const base64 = (await bigProjectLedger(3000)).toString('base64');
    const staged = (await dispatch(ctx, 'import.upload', { name: '台账.xlsx', base64 })) as {
      ok: true;
      value: StagedFile;
    };
    const inspected = (await dispatch(ctx, 'import.inspect', {
      fileId: staged.value.fileId,
      sheet: 0,
      target: 'projects',
    })) as { ok: true; value: InspectResult };
    const run = dispatch(ctx, 'import.run', {
      fileId: staged.value.fileId,
      sheet: 0,
      target: 'projects',
      headerRow: inspected.value.headerRow,
      mapping: inspected.value.suggestions.map(({ confidence: _c, ...m }) => m),
      onError: 'skip',
    });
    await importing;

    const create = await ask(ctx, 'companies.create', { name: NAME });
    expect(create.result).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    if (!create.result.ok) expect(create.result.error.message).toMatch(/^正在导入招商项目，已完成 \d+%。/);
    expect(create.ms).toBeLessThan(100);
    const again = await ask(ctx, 'import.run', {
      fileId: staged.value.fileId,
      sheet: 0,
      target: 'projects',
      headerRow: 0,
      mapping: [],
    });
    expect(again.result).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    const info = await ask(ctx, 'app.info', {});
    expect(info.result.ok).toBe(true);

    const done = (await run) as { ok: true; value: ImportResult };
    expect(done.value.counts.create).toBe(3000);
    expect(db.prepare('SELECT count(*) FROM companies WHERE name = ?').pluck().get(NAME)).toBe(0);
    expect((await ask(ctx, 'companies.create', { name: NAME })).result.ok).toBe(true);
  });

  it('lets the cancel button through: the import stops and nothing is written', async () => {
    const db = freshDb();
    let started!: () => void;
    const importing = new Promise<void>((resolve) => (started = resolve));
    const ctx: ApiContext = {
      db,
      actor: { name: '招商服务中心' },
      databasePath: db.name,
      appVersion: 'test',
      emit: (_e, p) => {
        if ((p as { done: number }).done > 0) started();
      },
    };
    const base64 = (await bigProjectLedger(3000)).toString('base64');
    const staged = (await dispatch(ctx, 'import.upload', { name: '台账.xlsx', base64 })) as {
      ok: true;
      value: StagedFile;
    };
    const inspected = (await dispatch(ctx, 'import.inspect', {
      fileId: staged.value.fileId,
      sheet: 0,
      target: 'projects',
    })) as { ok: true; value: InspectResult };
    const run = dispatch(ctx, 'import.run', {
      fileId: staged.value.fileId,
      sheet: 0,
      target: 'projects',
      headerRow: inspected.value.headerRow,
      mapping: inspected.value.suggestions.map(({ confidence: _c, ...m }) => m),
    });
    await importing;
    expect(await dispatch(ctx, 'import.cancel', {})).toEqual({ ok: true, value: { cancelled: true } });
    expect(await run).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(db.prepare('SELECT count(*) FROM projects').pluck().get()).toBe(0);
  });
});
