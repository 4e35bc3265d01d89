import { dispatch } from '../../../main/api/dispatch';
import type { Db } from '../../../main/db/open';
import { ctx } from '../testDb';

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const answer = async <T>(db: Db, channel: string, input: unknown): Promise<Answer<T>> =>
  (await dispatch({ ...ctx(db), databasePath: db.name }, channel, input)) as Answer<T>;

/** A channel called on the laptop whose ledger is `db`, as its window would call it. */
export async function call<T>(db: Db, channel: string, input: unknown = {}): Promise<T> {
  const r = await answer<T>(db, channel, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value;
}

/** The refusal a channel answers with; fails the test when it is not refused. */
export async function refusal(
  db: Db,
  channel: string,
  input: unknown,
): Promise<{ code: string; message: string }> {
  const r = await answer(db, channel, input);
  if (r.ok) throw new Error(`${channel} was not refused`);
  return r.error;
}

export const exported = (db: Db) =>
  call<{ fileName: string; base64: string; sealed: boolean }>(db, 'sync.export');
export const staged = (db: Db, base64: string) =>
  call<{ fileId: string }>(db, 'sync.upload', { name: '同步包.lasync', base64 });
export const companies = (db: Db) => db.prepare(`SELECT name FROM companies ORDER BY name`).pluck().all();
