import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setClock } from '@contract/shared/clock';
import { backupsDirFor, createBackup } from '../../../main/db/backup';
import { damageMarkFor } from '../../../main/db/integrityWatch';
import { closeDatabase, type Db } from '../../../main/db/open';
import { openAppDatabase } from '../../../main/db/startup';
import { createCompany, deleteCompany, updateCompany } from '../../../main/domain/companies';
import { exportBundle, importBundle } from '../../../main/sync/bundleExchange';
import { loadOrCreateDeviceKeys, type DeviceKeys } from '../../../main/sync/deviceKeys';
import { trustPeer } from '../../../main/sync/peers';
import { ledgerHashes } from '../../../main/sync/tableHash';

const who = { name: '办公室' };
const at = (time: string) => setClock(`2026-12-01T${time}:00+08:00`);

interface Laptop {
  path: string;
  keys: DeviceKeys;
  db: Db;
  files: string;
}

/** A laptop as the app opens it: its own folder, key and ledger; a damaged ledger is replaced by its newest good backup. */
function laptop(): Laptop {
  const dir = mkdtempSync(join(tmpdir(), 'leadatlas-recover-'));
  const path = join(dir, 'leadatlas.sqlite');
  const db = openAppDatabase(path, { offerRecovery: () => true });
  return { path, keys: loadOrCreateDeviceKeys(dir), db, files: join(dir, 'files') };
}

const reopen = (l: Laptop): void => {
  l.db = openAppDatabase(l.path, { offerRecovery: () => true });
};

function trustEachOther(a: Laptop, b: Laptop): void {
  trustPeer(a.db, { device: b.keys.device, name: '笔记本乙', publicKey: b.keys.publicKey });
  trustPeer(b.db, { device: a.keys.device, name: '笔记本甲', publicKey: a.keys.publicKey });
}

/** 导出同步包 on one laptop, 导入同步包 on the other. */
function carry(from: Laptop, to: Laptop): void {
  importBundle(to.db, to.keys, exportBundle(from.db, from.keys, from.files).bytes, to.files);
}

const idOf = (l: Laptop, name: string): number =>
  l.db.prepare(`SELECT id FROM companies WHERE name = ?`).pluck().get(name) as number;
const company = (l: Laptop, name: string) =>
  l.db.prepare(`SELECT notes, industry FROM companies WHERE name = ?`).get(name) as
    { notes: string | null; industry: string | null } | undefined;

/** Writes over pages of the closed ledger, as a failing disk would; marked for a full check at start. */
function damage(l: Laptop, pages: readonly number[]): void {
  closeDatabase(l.db);
  const file = readFileSync(l.path);
  const size = 4096;
  for (const page of pages) for (let i = (page - 1) * size; i < page * size; i++) file[i] = (i * 7919) % 251;
  writeFileSync(l.path, file);
  writeFileSync(damageMarkFor(l.path), '');
}

/** The pages of one table or index of the ledger (damage in an index leaves every table readable). */
const pagesOf = (l: Laptop, index: string): number[] =>
  l.db.prepare(`SELECT pageno FROM dbstat WHERE name = ?`).pluck().all(index) as number[];

describe('a ledger found damaged at start and replaced by its backup goes on syncing', () => {
  const open: Laptop[] = [];
  afterEach(() => {
    for (const l of open.splice(0)) if (l.db.open) closeDatabase(l.db);
    setClock(null);
  });

  function office(): [Laptop, Laptop] {
    at('09:00');
    const a = laptop();
    const b = laptop();
    open.push(a, b);
    trustEachOther(a, b);
    createCompany(a.db, who, { name: '宁德时代新能源科技有限公司', notes: '备份时的备注' });
    createCompany(a.db, who, { name: '隆基绿能科技股份有限公司' });
    carry(a, b);
    carry(b, a);
    createBackup(a.db, backupsDirFor(a.path), 'auto');
    return [a, b];
  }

  it('what A did after its backup and B received comes back from B, and both end equal', () => {
    const [a, b] = office();
    at('09:10');
    updateCompany(a.db, who, {
      id: idOf(a, '宁德时代新能源科技有限公司'),
      patch: { notes: 'A 备份后改的备注' },
    });
    deleteCompany(a.db, who, idOf(a, '隆基绿能科技股份有限公司'));
    createCompany(a.db, who, { name: '备份之后新建的企业有限公司' });
    carry(a, b);

    // The change log itself unreadable.
    damage(a, pagesOf(a, 'sync_changes'));
    at('09:20');
    reopen(a);
    expect(company(a, '宁德时代新能源科技有限公司')?.notes).toBe('备份时的备注');

    carry(a, b);
    carry(b, a);
    expect(ledgerHashes(a.db)).toEqual(ledgerHashes(b.db));
    for (const l of [a, b]) {
      expect(company(l, '宁德时代新能源科技有限公司')?.notes).toBe('A 备份后改的备注');
      expect(company(l, '隆基绿能科技股份有限公司')).toBeUndefined();
      expect(company(l, '备份之后新建的企业有限公司')).toBeDefined();
    }
  });

  it("the log goes on where the damaged file's ends: a new edit wins over every earlier one, and an edit B never received comes back", () => {
    const [a, b] = office();
    // B's clock runs an hour fast: A stamps what it does after seeing B's edit later still.
    at('10:00');
    updateCompany(b.db, who, { id: idOf(b, '宁德时代新能源科技有限公司'), patch: { industry: '新能源' } });
    carry(b, a);
    at('09:10');
    updateCompany(a.db, who, {
      id: idOf(a, '宁德时代新能源科技有限公司'),
      patch: { notes: 'A 备份后改的备注' },
    });
    carry(a, b);
    createCompany(a.db, who, { name: '只在甲上新建的企业有限公司' });

    damage(a, pagesOf(a, 'companies_name'));
    at('09:20');
    reopen(a);
    updateCompany(a.db, who, {
      id: idOf(a, '宁德时代新能源科技有限公司'),
      patch: { notes: '恢复之后改的备注' },
    });

    carry(a, b);
    carry(b, a);
    expect(ledgerHashes(a.db)).toEqual(ledgerHashes(b.db));
    for (const l of [a, b]) {
      expect(company(l, '宁德时代新能源科技有限公司')).toEqual({
        notes: '恢复之后改的备注',
        industry: '新能源',
      });
      expect(company(l, '只在甲上新建的企业有限公司')).toBeDefined();
    }
  });
});
