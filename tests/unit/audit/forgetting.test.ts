/**
 * Deleted means deleted: a deleted record's history can be erased for good (彻底删除), the
 * history keeps only as long as the office decides, and the renderer is not told where the
 * user's home folder is.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { shownPath } from '../../../main/api/shownPath';
import { openDatabase, type Db } from '../../../main/db/open';
import { setClock } from '@contract/shared/clock';

const MARKER = 'QZ-7731-CONFIDENTIAL-TERMS';
const fileDb = (): { db: Db; path: string } => {
  const path = join(mkdtempSync(join(tmpdir(), 'la-forget-')), 't.sqlite');
  return { db: openDatabase(path), path };
};
const ctx = (db: Db, databasePath = ''): ApiContext => ({
  db,
  actor: { name: '李主任' },
  databasePath,
  appVersion: '0',
  emit() {},
});
async function ok<T>(db: Db, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx(db), channel as never, input as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}
/** Whether the marker is anywhere in the database's files, as a thief with the laptop would look. */
const onDisk = (path: string): boolean =>
  [path, `${path}-wal`].some((p) => existsSync(p) && readFileSync(p).includes(Buffer.from(MARKER)));

afterEach(() => setClock(process.env.LEADATLAS_FAKE_NOW ?? null));

describe('彻底删除 of a deleted record’s history', () => {
  it('removes every entry holding its old values from the file, and says so without them', async () => {
    const { db, path } = fileDb();
    const company = await ok<{ id: number }>(db, 'companies.create', {
      name: '星河量子计算有限公司',
      notes: MARKER,
    });
    await ok(db, 'companies.update', { id: company.id, patch: { notes: `${MARKER} 第二轮` } });
    await ok(db, 'companies.delete', { id: company.id });
    // Deleting the record alone leaves its content in the history: what this action is for.
    expect(onDisk(path)).toBe(true);

    const { removed } = await ok<{ removed: number }>(db, 'audit.purgeHistory', {
      entity: 'company',
      id: company.id,
    });
    expect(removed).toBe(3);
    expect(onDisk(path)).toBe(false);
    const history = await ok<{ entries: unknown[] }>(db, 'audit.history', {
      entity: 'company',
      id: company.id,
    });
    expect(history.entries).toEqual([]);

    const recent = await ok<{ rows: { entity: string; recordName: string | null; before: unknown }[] }>(
      db,
      'audit.recent',
      { limit: 5 },
    );
    expect(recent.rows[0]).toMatchObject({
      entity: 'forgotten',
      recordName: '彻底删除一条企业的操作记录（3条）',
      before: { record: '企业', entries: 3 },
    });
    expect(JSON.stringify(recent.rows)).not.toContain('星河量子');
  });

  it('refuses a record still in the ledger, and a record without history, changing nothing', async () => {
    const { db } = fileDb();
    const company = await ok<{ id: number }>(db, 'companies.create', { name: '星河量子计算有限公司' });
    const r = await dispatch(ctx(db), 'audit.purgeHistory', { entity: 'company', id: company.id });
    expect(r.ok ? '' : r.error.message).toBe('该企业仍在台账中，请先删除该企业，再彻底删除其操作记录');
    const none = await dispatch(ctx(db), 'audit.purgeHistory', { entity: 'company', id: 999 });
    expect(none.ok ? '' : none.error.message).toBe('没有该企业的操作记录');
    const odd = await dispatch(ctx(db), 'audit.purgeHistory', { entity: 'setting', id: 1 });
    expect(odd.ok ? '' : odd.error.message).toBe('该类记录没有可删除的操作记录');
    const history = await ok<{ entries: unknown[] }>(db, 'audit.history', {
      entity: 'company',
      id: company.id,
    });
    expect(history.entries).toHaveLength(1);
  });
});

describe('操作记录保留期限', () => {
  it('removes entries older than the chosen months as soon as it is set, keeping the rest', async () => {
    const { db, path } = fileDb();
    setClock('2024-01-10T10:00:00+08:00');
    const old = await ok<{ id: number }>(db, 'companies.create', { name: '旧账企业', notes: MARKER });
    setClock('2024-02-10T10:00:00+08:00');
    await ok(db, 'companies.update', { id: old.id, patch: { notes: '已核实' } });
    setClock('2026-11-01T10:00:00+08:00');
    const recent = await ok<{ id: number }>(db, 'companies.create', { name: '新账企业' });
    setClock('2026-12-04T10:00:00+08:00');

    // The default keeps everything.
    const all = await ok<{ total: number }>(db, 'audit.recent', { limit: 1 });
    expect(all.total).toBe(3);
    await ok(db, 'settings.set', { key: 'auditRetentionMonths', value: 12 });

    const left = await ok<{ rows: { entity: string; entityId: number; before: unknown }[] }>(
      db,
      'audit.recent',
      {
        limit: 10,
      },
    );
    expect(left.rows.map((e) => e.entity)).toEqual(['forgotten', 'setting', 'company']);
    expect(left.rows[2]?.entityId).toBe(recent.id);
    expect(left.rows[0]?.before).toEqual({ olderThan: '2025-12-04', entries: 2 });
    expect(onDisk(path)).toBe(false);
    // The records themselves stay as they are now: only their history ages out.
    const companies = await ok<{ total: number }>(db, 'companies.list', {});
    expect(companies.total).toBe(2);
  });

  it('refuses a retention that is not whole months, in Chinese', async () => {
    const { db } = fileDb();
    const r = await dispatch(ctx(db), 'settings.set', { key: 'auditRetentionMonths', value: -1 });
    expect(r.ok ? '' : r.error.message).toContain('操作记录保留月数不能为负数');
  });
});

describe('the database location the renderer is given', () => {
  it('shows the home folder as ~ and leaves other places as they are', () => {
    expect(shownPath('/home/zhang/.config/LeadAtlas/leadatlas.sqlite', '/home/zhang')).toBe(
      '~/.config/LeadAtlas/leadatlas.sqlite',
    );
    expect(shownPath('/home/zhangsan/leadatlas.sqlite', '/home/zhang')).toBe(
      '/home/zhangsan/leadatlas.sqlite',
    );
    expect(shownPath('/srv/office/leadatlas.sqlite', '/home/zhang')).toBe('/srv/office/leadatlas.sqlite');
  });

  it('app.info and the backups list name no absolute path under the home folder', async () => {
    const { db } = fileDb();
    const databasePath = join(homedir(), '.config', 'LeadAtlas', 'leadatlas.sqlite');
    const info = await dispatch(ctx(db, databasePath), 'app.info', {});
    expect(info.ok && (info.value as { databaseLocation: string }).databaseLocation).toBe(
      join('~', '.config', 'LeadAtlas', 'leadatlas.sqlite'),
    );
    expect(JSON.stringify(info)).not.toContain(homedir());
    const backups = await dispatch(ctx(db, databasePath), 'backups.list', {});
    expect(backups.ok && (backups.value as { folder: string }).folder).toMatch(/^~/);
    expect(JSON.stringify(backups)).not.toContain(homedir());
  });
});
