import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setClock } from '@contract/shared/clock';
import Database from '../../../main/db/driver';
import { createBackup } from '../../../main/db/backup';
import { migrations } from '../../../main/db/migrations';
import { applyPragmas } from '../../../main/db/open';
import { restoreBackup, restoreSource } from '../../../main/db/restore';
import { createCompany, deleteCompany, updateCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createProject } from '../../../main/domain/projects';
import { exportBundle } from '../../../main/sync/bundleExchange';
import { loadOrCreateDeviceKeys } from '../../../main/sync/deviceKeys';
import { domainError } from '../testDb';
import { closeAll, devices, hashes, settle, type Device } from './devices';

const who = { name: '办公室' };
const at = (time: string) => setClock(`2026-12-01T${time}:00+08:00`);
const backupsOf = (d: Device): string => join(dirname(d.db.name), 'backups');

const gidOf = (d: Device, table: string, id: number): string =>
  d.db.prepare(`SELECT gid FROM ${table} WHERE id = ?`).pluck().get(id) as string;
const idOf = (d: Device, table: string, gid: string): number =>
  d.db.prepare(`SELECT id FROM ${table} WHERE gid = ?`).pluck().get(gid) as number;
const company = (d: Device, name: string) =>
  d.db.prepare(`SELECT gid, notes, industry FROM companies WHERE name = ?`).get(name) as
    { gid: string; notes: string | null; industry: string | null } | undefined;
const contactsOf = (d: Device, name: string): string[] =>
  d.db
    .prepare(
      `SELECT k.name FROM contacts k JOIN companies c ON c.id = k.company_id WHERE c.name = ? ORDER BY k.name`,
    )
    .pluck()
    .all(name) as string[];
const changeCount = (d: Device): number =>
  d.db.prepare(`SELECT count(*) FROM sync_changes`).pluck().get() as number;

/** Two laptops in sync on a small ledger; A takes a backup of it. */
function officeWithBackup() {
  at('09:00');
  const all = devices(2);
  const [a, b] = all as [Device, Device];
  const first = createCompany(a.db, who, { name: '宁德时代新能源科技有限公司', notes: '备份时的备注' });
  const second = createCompany(a.db, who, { name: '隆基绿能科技股份有限公司' });
  createContact(a.db, who, { companyId: second.id, name: '李经理', mobile: '13900000001' });
  const third = createCompany(a.db, who, { name: '三一重工股份有限公司', industry: '装备制造' });
  createProject(a.db, who, { name: '储能电池项目', companyId: first.id, plannedAmount: 500_000_000 });
  settle(all);
  const backup = createBackup(a.db, backupsOf(a), 'manual');
  const gids = { first: gidOf(a, 'companies', first.id), second: gidOf(a, 'companies', second.id) };
  return { all, a, b, backup, gids, third: gidOf(a, 'companies', third.id) };
}

describe('a restore is a change that syncs', () => {
  let open: Device[] = [];
  afterEach(() => {
    closeAll(open);
    open = [];
    setClock(null);
  });

  it('both laptops end equal, holding what the backup held; an edit A had not received stays', () => {
    const { all, a, b, backup, gids, third } = officeWithBackup();
    open = all;
    at('09:10');
    updateCompany(a.db, who, { id: idOf(a, 'companies', gids.first), patch: { notes: 'A 备份后改的备注' } });
    deleteCompany(a.db, who, idOf(a, 'companies', gids.second));
    createCompany(a.db, who, { name: '备份之后新建的企业有限公司' });
    updateCompany(b.db, who, { id: idOf(b, 'companies', gids.first), patch: { notes: 'B 同时改的备注' } });
    updateCompany(b.db, who, { id: idOf(b, 'companies', third), patch: { industry: '工程机械' } });
    createContact(b.db, who, { companyId: idOf(b, 'companies', third), name: '王总', mobile: '13900000002' });

    at('09:20');
    restoreBackup(a.db, backupsOf(a), backup.name);
    settle(all);

    expect(hashes(a)).toEqual(hashes(b));
    for (const d of all) {
      // The restore is later than B's edit it had not seen: it wins, and the edit is listed.
      expect(company(d, '宁德时代新能源科技有限公司')?.notes).toBe('备份时的备注');
      const listed = d.db
        .prepare(`SELECT other_value FROM sync_conflicts WHERE field = 'notes' AND kept_value = ?`)
        .pluck()
        .all('备份时的备注');
      expect(listed).toEqual(['B 同时改的备注']);
      // Deleted since the backup: back as a new record, its contact with it.
      const back = company(d, '隆基绿能科技股份有限公司');
      expect(back).toBeDefined();
      expect(back?.gid).not.toBe(gids.second);
      expect(contactsOf(d, '隆基绿能科技股份有限公司')).toEqual(['李经理']);
      // Not in the backup: gone everywhere.
      expect(company(d, '备份之后新建的企业有限公司')).toBeUndefined();
      // What B changed and A had not received when it restored is kept.
      expect(company(d, '三一重工股份有限公司')?.industry).toBe('工程机械');
      expect(contactsOf(d, '三一重工股份有限公司')).toEqual(['王总']);
    }
  });

  it('an edit made after the restore (by its clock) wins over it, on both laptops', () => {
    const { all, a, b, backup, gids } = officeWithBackup();
    open = all;
    at('09:10');
    updateCompany(a.db, who, { id: idOf(a, 'companies', gids.first), patch: { notes: 'A 备份后改的备注' } });
    at('09:20');
    restoreBackup(a.db, backupsOf(a), backup.name);
    at('09:30');
    updateCompany(b.db, who, {
      id: idOf(b, 'companies', gids.first),
      patch: { notes: 'B 恢复之后改的备注' },
    });
    settle(all);

    expect(hashes(a)).toEqual(hashes(b));
    for (const d of all) expect(company(d, '宁德时代新能源科技有限公司')?.notes).toBe('B 恢复之后改的备注');
  });

  it('keeps the log of what was done since the backup and adds only the difference to it', () => {
    const { all, a, backup, gids } = officeWithBackup();
    open = all;
    at('09:10');
    updateCompany(a.db, who, { id: idOf(a, 'companies', gids.first), patch: { notes: 'A 备份后改的备注' } });
    const before = changeCount(a);
    at('09:20');
    restoreBackup(a.db, backupsOf(a), backup.name);
    // Peers may hold the edit made since the backup: its change stays, and one edit sets it back.
    expect(changeCount(a)).toBe(before + 1);
    const last = a.db
      .prepare(`SELECT tbl, gid, op, fields FROM sync_changes ORDER BY hlc DESC LIMIT 1`)
      .get() as { tbl: string; gid: string; op: string; fields: string };
    expect(last).toMatchObject({ tbl: 'companies', gid: gids.first, op: 'put' });
    expect(JSON.parse(last.fields)).toMatchObject({ notes: '备份时的备注' });
    expect(Object.keys(JSON.parse(last.fields)).sort()).toEqual(['notes', 'updated_at']);
  });

  it('a backup from before team sync: refused on a laptop that has synced, restored on one that never has', () => {
    at('09:00');
    const dir = mkdtempSync(join(tmpdir(), 'leadatlas-presync-'));
    const path = join(dir, '升级前的备份.sqlite');
    const old = new Database(path);
    applyPragmas(old);
    for (const [i, m] of migrations.slice(0, 11).entries()) {
      old.exec(m.sql);
      old.pragma(`user_version = ${i + 1}`);
    }
    old
      .prepare(`INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, 'x', 'x')`)
      .run('升级前的企业有限公司', '升级前的企业');
    old.close();

    open = devices(3);
    const [synced, fresh, other] = open as [Device, Device, Device];
    createCompany(synced.db, who, { name: '同步过的企业有限公司' });
    exportBundle(synced.db, loadOrCreateDeviceKeys(dirname(synced.db.name)), join(dir, 'files'));
    const before = hashes(synced);
    const refusal = domainError(() =>
      restoreSource(synced.db, backupsOf(synced), { name: '升级前的备份.sqlite', path }),
    );
    expect(refusal.code).toBe('BACKUP_BEFORE_SYNC');
    expect(refusal.message).toContain('早于团队同步');
    expect(refusal.message).toContain('当前数据未作任何更改');
    expect(hashes(synced)).toEqual(before);

    createCompany(fresh.db, who, { name: '恢复后不再有的企业有限公司' });
    restoreSource(fresh.db, backupsOf(fresh), { name: '升级前的备份.sqlite', path });
    settle([fresh, other]);
    expect(fresh.db.prepare(`SELECT name FROM companies`).pluck().all()).toEqual(['升级前的企业有限公司']);
    expect(hashes(other)).toEqual(hashes(fresh));
  });
});
