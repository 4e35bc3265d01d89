import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { Db } from '../../../main/db/open';
import { inProcessJobRunner, type JobRunner } from '../../../main/jobs/jobRunner';
import type { ImportSpecInput, InspectResult, StagedFile } from '@contract/importers/schema';

/**
 * A context whose jobs run as the app's do (`runner`, this thread by default), with every
 * progress event kept and a way to wait for the catch-up an import leaves running behind it.
 */
export function jobContext(db: Db, runner: JobRunner = inProcessJobRunner) {
  const progress: { task: string; label: string; done: number; total: number }[] = [];
  let catchUp: Promise<unknown> = Promise.resolve();
  const jobRunner: JobRunner = (job, hooks) => {
    const running = runner(job, hooks);
    if (job.kind === 'catchUp') catchUp = running;
    return running;
  };
  const ctx: ApiContext = {
    db,
    actor: { name: '招商服务中心' },
    databasePath: db.name,
    appVersion: 'test',
    emit: (event, payload) => {
      if (event !== 'progress') return;
      const p = payload as { task: string; label?: string; done: number; total: number };
      progress.push({ task: p.task, label: p.label ?? '', done: p.done, total: p.total });
    },
    jobRunner,
  };
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(ctx, channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as T;
  };
  /** Uploads a file and matches its columns as the wizard proposes; the spec to run it with. */
  const staged = async (
    name: string,
    bytes: Buffer,
    target: ImportSpecInput['target'],
    options: Partial<ImportSpecInput> = {},
  ): Promise<ImportSpecInput> => {
    const file = await call<StagedFile>('import.upload', { name, base64: bytes.toString('base64') });
    const inspected = await call<InspectResult>('import.inspect', { fileId: file.fileId, sheet: 0, target });
    return {
      fileId: file.fileId,
      sheet: 0,
      target,
      headerRow: inspected.headerRow,
      mapping: inspected.suggestions.map(({ confidence: _c, ...m }) => m),
      onError: 'skip',
      ...options,
    };
  };
  /** The phases of `task` in the order they were told, each once. */
  const phases = (task: string): string[] =>
    progress
      .filter((p) => p.task === task)
      .flatMap((p, i, all) => (all[i - 1]?.label === p.label ? [] : [p.label]));
  return { ctx, call, staged, progress, phases, caughtUp: () => catchUp };
}
