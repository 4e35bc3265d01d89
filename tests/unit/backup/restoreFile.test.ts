import Database from '../../../main/db/driver';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvents } from '@contract/bridge';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { backupsDirFor, createBackup, listBackups } from '../../../main/db/backup';
import { migrations } from '../../../main/db/migrations';
import { openDatabase } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { importTemplate } from '../../../main/domain/importers/template';
import { restoredHashes } from './hashes';
import { registerTriggerFunctions } from '../../../main/db/triggerFunctions';

// 从备份文件恢复 and 另存到…: a backup file from anywhere (a USB stick, another computer) goes
// through the same checks as a listed backup, and the restore tells how far it is.

const actor = { name: '办公室' };

function office(company: string) {
  const dir = mkdtempSync(join(tmpdir(), 'la-restore-file-'));
  const db = openDatabase(join(dir, 'leadatlas.sqlite'));
  const c = createCompany(db, actor, { name: company });
  createContact(db, actor, { companyId: c.id, name: '陈经理', mobile: '13800138000' });
  const progress: ApiEvents['progress'][] = [];
  const ctx: ApiContext = {
    db,
    actor,
    databasePath: db.name,
    appVersion: '0',
    emit: (event, payload) => {
      if (event === 'progress') progress.push(payload as ApiEvents['progress']);
    },
  };
  const call = async (channel: string, input: unknown) => {
    const result = await dispatch(ctx, channel, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as never;
  };
  return { db, dir, ctx, call, progress };
}

/** The office's records; the history and the search index are written by the restore itself. */
const records = (db: ReturnType<typeof office>['db']) =>
  Object.fromEntries(Object.entries(restoredHashes(db)).filter(([t]) => !/^(audit_|search)/.test(t)));

const upload = (call: ReturnType<typeof office>['call'], name: string, bytes: Buffer) =>
  call('backups.upload', { name, base64: bytes.toString('base64') }) as Promise<{ fileId: string }>;

async function refused(o: ReturnType<typeof office>, name: string, bytes: Buffer) {
  const before = records(o.db);
  const kept = listBackups(backupsDirFor(o.db.name)).length;
  const { fileId } = await upload(o.call, name, bytes);
  const error = (await o.call('backups.restoreFile', { fileId }).catch((e: unknown) => e)) as Error & {
    code: string;
  };
  expect(error).toBeInstanceOf(Error);
  expect(records(o.db)).toEqual(before);
  expect(listBackups(backupsDirFor(o.db.name))).toHaveLength(kept);
  // The uploaded copy is gone, and nothing half-copied is left beside the backups.
  expect(readdirSync(backupsDirFor(o.db.name)).filter((n) => n.startsWith('.'))).toEqual([]);
  return error;
}

describe('restore from a chosen backup file', () => {
  it("takes another office's backup, keeps the data before as a backup, and reports progress up to 100 %", async () => {
    const other = office('宁德时代新能源科技股份有限公司');
    const saved = (await other.call('backups.saveCopy', {})) as {
      download: { fileName: string; base64: string };
    };
    expect(saved.download.fileName).toMatch(/^招商通备份-\d{8}-\d{6}\.sqlite$/);

    const here = office('徐州恒远新材料有限公司');
    const { fileId } = await upload(
      here.call,
      saved.download.fileName,
      Buffer.from(saved.download.base64, 'base64'),
    );
    const result = (await here.call('backups.restoreFile', { fileId })) as {
      restoredFrom: string;
      keptAs: { reason: string };
    };
    expect(result.restoredFrom).toBe(saved.download.fileName);
    expect(result.keptAs.reason).toBe('restore');
    expect(records(here.db)).toEqual(records(other.db));
    const audit = here.db.prepare(`SELECT label FROM audit_batches WHERE kind = 'restore'`).pluck().all();
    expect(audit).toEqual([expect.stringContaining(`从备份文件恢复：${saved.download.fileName}`)]);

    const percents = here.progress.filter((p) => p.task === 'restore').map((p) => p.done);
    expect(percents.length).toBeGreaterThanOrEqual(6);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    expect(here.progress.at(-1)?.label).toBe('恢复完成');
    expect(new Set(here.progress.map((p) => p.label)).size).toBeGreaterThanOrEqual(6);
  });

  it('refuses a file that is not a database, with nothing changed', async () => {
    const o = office('徐州恒远新材料有限公司');
    const template = await importTemplate('projects');
    const e = await refused(o, '招商项目导入模板.xlsx', Buffer.from(template.base64, 'base64'));
    expect(e.code).toBe('BACKUP_FOREIGN');
    expect(e.message).toContain('不是招商通的备份');
    expect(e.message).toContain('当前数据未作任何更改');
  });

  it('refuses a SQLite file of something else, and one from a newer version', async () => {
    const o = office('徐州恒远新材料有限公司');
    const dir = mkdtempSync(join(tmpdir(), 'la-foreign-'));
    const foreign = new Database(join(dir, 'notes.sqlite'));
    foreign.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    foreign.pragma(`user_version = ${migrations.length}`);
    foreign.close();
    const e = await refused(o, 'notes.sqlite', readFileSync(join(dir, 'notes.sqlite')));
    expect([e.code, e.message]).toEqual(['BACKUP_FOREIGN', expect.stringContaining('不是完整的招商通备份')]);

    const newer = createBackup(office('另一家').db, dir, 'manual');
    const raw = new Database(newer.path);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    const n = await refused(o, newer.name, readFileSync(newer.path));
    expect([n.code, n.message]).toEqual(['DB_NEWER', expect.stringContaining('更高版本')]);
  });

  it('refuses a backup whose records point at records it does not hold', async () => {
    const o = office('徐州恒远新材料有限公司');
    const b = createBackup(office('另一家').db, mkdtempSync(join(tmpdir(), 'la-tampered-')), 'manual');
    const raw = new Database(b.path);
    registerTriggerFunctions(raw);
    raw.pragma('foreign_keys = OFF');
    raw.exec('DELETE FROM companies');
    raw.close();
    const e = await refused(o, b.name, readFileSync(b.path));
    expect(e.code).toBe('BACKUP_INCONSISTENT');
  });

  it('a listed backup reports its progress the same way', async () => {
    const o = office('徐州恒远新材料有限公司');
    const b = createBackup(o.db, backupsDirFor(o.db.name), 'manual');
    await o.call('backups.restore', { name: b.name });
    const percents = o.progress.map((p) => p.done);
    expect(percents).toEqual([...percents].sort((a, b2) => a - b2));
    expect(percents.at(-1)).toBe(100);
  });

  it('a chosen file is used once: restoring it again asks for it again', async () => {
    const o = office('徐州恒远新材料有限公司');
    const b = createBackup(o.db, mkdtempSync(join(tmpdir(), 'la-once-')), 'manual');
    const { fileId } = await upload(o.call, b.name, readFileSync(b.path));
    await o.call('backups.restoreFile', { fileId });
    const again = (await o.call('backups.restoreFile', { fileId }).catch((e: unknown) => e)) as Error;
    expect(again.message).toBe('所选备份文件已失效，请重新选择');
  });
});
