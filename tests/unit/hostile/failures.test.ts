import Database from '../../../main/db/driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { toApiError } from '../../../main/api/failures';
import { handlers } from '../../../main/api/handlers';
import type { Db } from '../../../main/db/open';
import { tableHashes } from '../backup/hashes';
import { freshDb } from '../testDb';

// Failures that are not the person's input still say, in Chinese, what happened and that
// nothing was kept, each under its own code: never the generic 程序内部错误.

const contextOf = (db: Db): ApiContext => ({
  db,
  actor: { name: '招商服务中心' },
  databasePath: db.name,
  appVersion: '0',
  emit() {},
});

const newCompany = {
  name: '宁德时代新能源科技股份有限公司',
  notes: '年产能 120GWh 的动力电池基地'.repeat(100),
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('failures with a cause the person can act on', () => {
  it('a full disk: DISK_FULL, and the company was not saved', async () => {
    const db = freshDb();
    const before = tableHashes(db);
    // The file may not grow by a single page: SQLite answers SQLITE_FULL, as on a full disk.
    // Free pages first go back to the file (migration 9 drops an index), or they would be used.
    db.exec('VACUUM');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const result = await dispatch(contextOf(db), 'companies.create', newCompany);
    expect(result).toEqual({
      ok: false,
      error: { code: 'DISK_FULL', message: expect.stringContaining('磁盘空间不足，本次操作未保存任何更改') },
    });
    expect(tableHashes(db)).toEqual(before);
  });

  it('another program holding the write lock: DB_BUSY, and nothing saved', async () => {
    const db = freshDb();
    db.pragma('busy_timeout = 50');
    const other = new Database(db.name);
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = await dispatch(contextOf(db), 'companies.create', newCompany);
      expect(result).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } });
      if (!result.ok)
        expect(result.error.message).toContain('数据库正被其他程序占用，本次操作未保存任何更改');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(db.prepare('SELECT count(*) FROM companies').pluck().get()).toBe(0);
  });

  it("a text past V8's limit: TOO_LARGE, not 程序内部错误", () => {
    let thrown: unknown;
    try {
      'x'.repeat(2 ** 30);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect(toApiError(thrown)).toEqual({
      code: 'TOO_LARGE',
      message: expect.stringContaining('未保存任何更改'),
    });
  });

  it('an answer too large for the window is refused with TOO_LARGE instead of sent', async () => {
    const db = freshDb();
    const page = '某'.repeat(100_000);
    vi.spyOn(handlers, 'companies.list').mockReturnValue({
      rows: Array(1_000).fill(page),
      total: 1_000,
    } as never);
    const result = await dispatch(contextOf(db), 'companies.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    if (!result.ok) expect(result.error.message).toContain('返回的内容过大');
  });
});
