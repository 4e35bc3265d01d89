import { describe, expect, it } from 'vitest';
import type { ApiResult } from '@contract/bridge';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { ImportResult, InspectResult, StagedFile } from '@contract/importers/schema';
import { inProcessJobRunner, type JobRunner } from '../../../main/jobs/jobRunner';
import { bigProjectLedger } from '../../fixtures/ledgers';
import { freshDb } from '../testDb';

const NAME = '导入期间新建的企业有限公司';

async function ask(ctx: ApiContext, channel: string, input: unknown) {
  const started = performance.now();
  const result = await dispatch(ctx, channel, input);
  return { result, ms: performance.now() - started };
}

async function value<T>(ctx: ApiContext, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

/**
 * A 3,000-row ledger import started through the contract; resolves `writing` once rows are being
 * written (the import then holds the write lock), with `done` the import's own answer.
 */
async function startImport() {
  const db = freshDb();
  let rowsStarted!: () => void;
  const writing = new Promise<void>((resolve) => (rowsStarted = resolve));
  // The app's runner, watched.
  const runner: JobRunner = (job, hooks) =>
    inProcessJobRunner(job, {
      ...hooks,
      onPhase: (phase) => {
        hooks.onPhase(phase);
        if (phase.done > 0) rowsStarted();
      },
    });
  const ctx: ApiContext = {
    db,
    actor: { name: '招商服务中心' },
    databasePath: db.name,
    appVersion: 'test',
    emit: () => undefined,
    jobRunner: runner,
  };
  const base64 = (await bigProjectLedger(3000)).toString('base64');
  const staged = await value<StagedFile>(ctx, 'import.upload', { name: '台账.xlsx', base64 });
  const choice = { fileId: staged.fileId, sheet: 0, target: 'projects' };
  const inspected = await value<InspectResult>(ctx, 'import.inspect', choice);
  const done = dispatch(ctx, 'import.run', {
    ...choice,
    headerRow: inspected.headerRow,
    mapping: inspected.suggestions.map(({ confidence: _c, ...m }) => m),
    onError: 'skip',
  }) as Promise<ApiResult<ImportResult>>;
  await writing;
  return { db, ctx, choice, done };
}

describe('a save while an import holds the database', () => {
  it('is refused at once with the import’s progress and goes through afterwards; reads still answer', async () => {
    const { db, ctx, choice, done } = await startImport();

    const create = await ask(ctx, 'companies.create', { name: NAME });
    expect(create.result).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    if (!create.result.ok) expect(create.result.error.message).toMatch(/^正在导入招商项目，已完成 \d+%。/);
    expect(create.ms).toBeLessThan(100);
    const again = await ask(ctx, 'import.run', { ...choice, headerRow: 0, mapping: [] });
    // A second import is not a refused save: another long job runs, and which one is said.
    expect(again.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!again.result.ok)
      expect(again.result.error.message).toMatch(/^正在导入招商项目，已完成 \d+%，请等它完成或取消$/);
    const info = await ask(ctx, 'app.info', {});
    expect(info.result.ok).toBe(true);

    const result = await done;
    expect(result.ok && result.value.counts.create).toBe(3000);
    expect(db.prepare('SELECT count(*) FROM companies WHERE name = ?').pluck().get(NAME)).toBe(0);
    expect((await ask(ctx, 'companies.create', { name: NAME })).result.ok).toBe(true);
  });

  it('lets the cancel button through: the import stops and nothing is written', async () => {
    const { db, ctx, done } = await startImport();
    expect(await dispatch(ctx, 'import.cancel', {})).toEqual({ ok: true, value: { cancelled: true } });
    expect(await done).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(db.prepare('SELECT count(*) FROM projects').pluck().get()).toBe(0);
  });
});
