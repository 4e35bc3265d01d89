import Database from '../../../main/db/driver';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  backupBeforeMigrate,
  backupDue,
  createBackup,
  inspectFile,
  listBackups,
  parseBackupName,
} from '../../../main/db/backup';
import { sql as migration1 } from '../../../main/db/migrations/001_domain';
import { migrations } from '../../../main/db/migrations';
import { closeDatabase, openDatabase, type Db } from '../../../main/db/open';
import { isDamaged, latestGoodBackup, recoverFromBackup } from '../../../main/db/recover';
import { restoreBackup } from '../../../main/db/restore';
import { createCompany, deleteCompany, updateCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createInteraction } from '../../../main/domain/interactions';
import { createProject } from '../../../main/domain/projects';
import { restoredHashes, tableHashes } from './hashes';
import { domainError } from '../testDb';

const actor = { name: '办公室' };
const folder = (): string => mkdtempSync(join(tmpdir(), 'la-backup-'));
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function ledger(db: Db): void {
  for (let i = 0; i < 20; i++) {
    const c = createCompany(db, actor, {
      name: `示例企业${i}有限公司`,
      industry: i % 2 ? '新能源' : '装备制造',
    });
    createContact(db, actor, {
      companyId: c.id,
      name: `联系人${i}`,
      mobile: `1380013${String(i).padStart(4, '0')}`,
    });
    const p = createProject(db, actor, {
      name: `项目${i}`,
      companyId: c.id,
      plannedAmount: (i + 1) * 100_000_000,
    });
    createInteraction(db, actor, {
      projectId: p.id,
      kind: 'visit_in',
      occurredOn: '2024-05-21',
      summary: `来访考察${i}`,
    });
  }
}

describe('backups', () => {
  it('writes a checked snapshot under a dated name and leaves no temp file', () => {
    const dir = folder();
    const db = openDatabase(join(dir, 'leadatlas.sqlite'));
    ledger(db);
    const b = createBackup(db, join(dir, 'backups'), 'manual', new Date(2024, 4, 21, 14, 30, 5, 7));
    expect(b.name).toBe('leadatlas-20240521-143005-007-manual.sqlite');
    expect(parseBackupName(b.name)).toEqual({ takenAt: '2024-05-21T14:30:05.007', reason: 'manual' });
    expect(inspectFile(b.path)).toEqual({ ok: true, version: migrations.length });
    expect(readdirSync(join(dir, 'backups'))).toEqual([b.name]);
    const copy = new Database(b.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM companies').pluck().get()).toBe(20);
    copy.close();
    expect(backupDue(join(dir, 'backups'), new Date(2024, 4, 21, 16, 0))).toBe(false);
    expect(backupDue(join(dir, 'backups'), new Date(2024, 4, 21, 19, 0))).toBe(true);
  });

  it('every backup taken while another connection writes is whole and consistent', async () => {
    const dir = folder();
    const path = join(dir, 'leadatlas.sqlite');
    const db = openDatabase(path);
    const worker = new Worker(new URL('./writer.mjs', import.meta.url), { workerData: { path, ms: 1500 } });
    const done = new Promise<number>((resolve, reject) => {
      worker.on('message', (m: { written?: number }) => m.written !== undefined && resolve(m.written));
      worker.on('error', reject);
    });
    await new Promise((r) => worker.once('message', r));
    const seen: number[] = [];
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      const b = createBackup(db, join(dir, 'backups'), 'auto', new Date(), {
        today: 100,
        days: 1,
        cap: 100,
        keepRestore: 1,
      });
      const snap = new Database(b.path, { readonly: true });
      expect(snap.pragma('integrity_check', { simple: true })).toBe('ok');
      const companies = snap.prepare('SELECT count(*) FROM companies').pluck().get() as number;
      expect(snap.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(companies);
      snap.close();
      seen.push(companies);
      await new Promise((r) => setTimeout(r, 20));
    }
    const written = await done;
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.some((n) => n > 0 && n < written)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    closeDatabase(db);
  });

  it('writes backups readable by their owner only, in a folder only the owner can open', () => {
    const dir = folder();
    const db = openDatabase(join(dir, 'leadatlas.sqlite'));
    ledger(db);
    const b = createBackup(db, join(dir, 'backups'), 'manual');
    expect(statSync(join(dir, 'backups', b.name)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
    closeDatabase(db);
  });

  it('restore brings every table back exactly, and the kept copy takes the restore back', () => {
    const dir = folder();
    const backups = join(dir, 'backups');
    const db = openDatabase(join(dir, 'leadatlas.sqlite'));
    ledger(db);
    const original = restoredHashes(db);
    const b = createBackup(db, backups, 'manual');
    updateCompany(db, actor, { id: 1, patch: { industry: '改过的行业' } });
    const p = createCompany(db, actor, { name: '恢复后不该存在的企业' });
    deleteCompany(db, actor, p.id);
    const changed = restoredHashes(db);
    expect(changed).not.toEqual(original);

    const result = restoreBackup(db, backups, b.name);
    expect(restoredHashes(db)).toEqual(original);
    expect(result.keptAs.reason).toBe('restore');
    restoreBackup(db, backups, result.keptAs.name);
    expect(restoredHashes(db)).toEqual(changed);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses a backup from a newer version or a damaged one, changing nothing', () => {
    const dir = folder();
    const backups = join(dir, 'backups');
    const db = openDatabase(join(dir, 'leadatlas.sqlite'));
    ledger(db);
    const b = createBackup(db, backups, 'manual');
    const raw = new Database(b.path);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    const before = tableHashes(db);
    const newer = domainError(() => restoreBackup(db, backups, b.name));
    expect(newer.code).toBe('DB_NEWER');
    expect(newer.message).toContain('更高版本');
    expect(domainError(() => restoreBackup(db, backups, '../leadatlas.sqlite')).code).toBe('NOT_FOUND');
    const broken = createBackup(db, backups, 'manual');
    const bytes = readFileSync(broken.path);
    for (let i = 4096 * 2; i < 4096 * 5; i++) bytes[i] = (i * 31) % 253;
    writeFileSync(broken.path, bytes);
    expect(domainError(() => restoreBackup(db, backups, broken.name)).code).toBe('DB_CORRUPT');
    expect(tableHashes(db)).toEqual(before);
    expect(listBackups(backups).filter((x) => x.reason === 'restore')).toEqual([]);
  });

  it('restores a backup from an older version by migrating a copy of it', () => {
    const dir = folder();
    const backups = join(dir, 'backups');
    const old = new Database(join(dir, 'v1.sqlite'));
    old.exec(migration1);
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES ('老版本企业', '老版本企业', 'x', 'x')`,
      )
      .run();
    old.close();
    const db = openDatabase(join(dir, 'leadatlas.sqlite'));
    // An existing older database is backed up before its migration runs.
    const migrated = openDatabase(join(dir, 'v1.sqlite'), { beforeMigrate: backupBeforeMigrate(backups) });
    closeDatabase(migrated);
    const [pre] = listBackups(backups);
    expect(pre).toMatchObject({ reason: 'migration', schemaVersion: 1 });
    const before = sha(pre?.path as string);
    restoreBackup(db, backups, pre?.name as string);
    expect(db.prepare('SELECT name FROM companies').pluck().all()).toEqual(['老版本企业']);
    expect(sha(pre?.path as string)).toBe(before);
  });

  it('a damaged database at start is set aside untouched and replaced by the latest good backup', () => {
    const dir = folder();
    const path = join(dir, 'leadatlas.sqlite');
    const backups = join(dir, 'backups');
    const db = openDatabase(path);
    ledger(db);
    createBackup(db, backups, 'auto', new Date(2024, 0, 1));
    const good = createBackup(db, backups, 'auto', new Date(2024, 0, 2));
    closeDatabase(db);
    // Scribble over the middle of the file, as a failing disk would.
    const bytes = readFileSync(path);
    for (let i = 4096 * 3; i < 4096 * 6; i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(path, bytes);
    const damaged = sha(path);
    let error: unknown;
    try {
      // As at start after a damage report or an unclean shutdown (startup.ts): every page read.
      openDatabase(path, { fullCheck: true });
    } catch (err) {
      error = err;
    }
    expect(isDamaged(error)).toBe(true);
    const offer = latestGoodBackup(backups);
    expect(offer?.name).toBe(good.name);
    const recovery = recoverFromBackup(path, offer as NonNullable<typeof offer>);
    expect(sha(recovery.damagedKeptAt)).toBe(damaged);
    const reopened = openDatabase(path);
    expect(reopened.prepare('SELECT count(*) FROM companies').pluck().get()).toBe(20);
    closeDatabase(reopened);
    expect(existsSync(good.path)).toBe(true);
  });
});
