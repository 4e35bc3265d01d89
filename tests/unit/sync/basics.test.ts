import { creditCodeCheckChar } from '@contract/shared/creditCode';
import { afterEach, describe, expect, it } from 'vitest';
import { createCompany, getCompany, updateCompany, deleteCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { historyOf } from '../../../main/domain/store/audit';
import { createTeam } from '../../../main/domain/people/teams';
import { createProject, updateProject } from '../../../main/domain/projects';
import { bulkUpdateProjects } from '../../../main/domain/projects/bulk';
import { undoBatch } from '../../../main/domain/undo/undo';
import { domainError } from '../testDb';
import { closeAll, devices, hashes, settle, sync, type Device } from './devices';

let all: Device[] = [];
afterEach(() => closeAll(all));

const me = { name: '张科长' };
const companyByName = (d: Device, name: string) =>
  d.db.prepare(`SELECT id, gid, notes, industry FROM companies WHERE name = ?`).get(name) as
    { id: number; gid: string; notes: string | null; industry: string | null } | undefined;

describe('team sync between two laptops', () => {
  it('a company and its contact made on one laptop arrive on the other, with who and which device', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const c = createCompany(a.db, me, { name: '宁德时代新能源科技股份有限公司' });
    createContact(a.db, me, { companyId: c.id, name: '李经理', mobile: '13800000000' });
    const report = sync(a, b);
    expect(report.applied).toBeGreaterThanOrEqual(2);
    const there = companyByName(b, '宁德时代新能源科技股份有限公司')!;
    expect(there.gid).toBe(companyByName(a, '宁德时代新能源科技股份有限公司')!.gid);
    expect(b.db.prepare(`SELECT name FROM contacts WHERE company_id = ?`).pluck().get(there.id)).toBe(
      '李经理',
    );
    const history = historyOf(b.db, 'company', there.id);
    expect(history[0]).toMatchObject({ actor: '张科长', action: 'create' });
    expect(
      b.db
        .prepare(`SELECT device FROM audit_log WHERE entity = 'company' AND entity_id = ?`)
        .pluck()
        .get(there.id),
    ).toBe(a.id);
    expect(hashes(b)).toEqual(hashes(a));
  });

  it('importing the same changes twice changes nothing the second time', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    createCompany(a.db, me, { name: '比亚迪股份有限公司' });
    const first = sync(a, b);
    const before = hashes(b);
    const parcelAgain = sync(a, b);
    expect(first.applied).toBeGreaterThan(0);
    expect(parcelAgain.applied).toBe(0);
    expect(hashes(b)).toEqual(before);
  });

  it('the same field edited on both: the later edit wins on both, and both list the conflict with both values', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const c = createCompany(a.db, me, { name: '隆基绿能科技股份有限公司' });
    sync(a, b);
    const onB = companyByName(b, '隆基绿能科技股份有限公司')!;
    updateCompany(a.db, { name: '甲' }, { id: c.id, patch: { notes: '甲的备注' } });
    updateCompany(b.db, { name: '乙' }, { id: onB.id, patch: { notes: '乙的备注' } });
    settle(all);
    const notesA = companyByName(a, '隆基绿能科技股份有限公司')!.notes;
    expect(notesA).toBe(companyByName(b, '隆基绿能科技股份有限公司')!.notes);
    expect(['甲的备注', '乙的备注']).toContain(notesA);
    for (const d of all) {
      const listed = d.db
        .prepare(`SELECT kept_value, other_value FROM sync_conflicts WHERE field = 'notes'`)
        .all() as {
        kept_value: string;
        other_value: string;
      }[];
      expect(listed).toHaveLength(1);
      expect(listed[0]!.kept_value).toBe(notesA);
      expect([listed[0]!.kept_value, listed[0]!.other_value].sort()).toEqual(['乙的备注', '甲的备注']);
    }
    expect(hashes(a)).toEqual(hashes(b));
  });

  it('edits of different fields of one record both survive, without a conflict', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const c = createCompany(a.db, me, { name: '三一重工股份有限公司' });
    sync(a, b);
    updateCompany(a.db, me, { id: c.id, patch: { notes: '来自甲' } });
    updateCompany(b.db, me, {
      id: companyByName(b, '三一重工股份有限公司')!.id,
      patch: { industry: '装备制造' },
    });
    settle(all);
    for (const d of all)
      expect(companyByName(d, '三一重工股份有限公司')).toMatchObject({
        notes: '来自甲',
        industry: '装备制造',
      });
    expect(a.db.prepare(`SELECT count(*) FROM sync_conflicts`).pluck().get()).toBe(0);
  });

  it('an edit to a record deleted elsewhere: deleted on both, the lost edit listed', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const c = createCompany(a.db, me, { name: '远景科技集团' });
    sync(a, b);
    deleteCompany(a.db, me, c.id);
    updateCompany(b.db, me, { id: companyByName(b, '远景科技集团')!.id, patch: { notes: '刚谈完' } });
    settle(all);
    for (const d of all) expect(companyByName(d, '远景科技集团')).toBeUndefined();
    expect(a.db.prepare(`SELECT kind, other_value FROM sync_conflicts`).get()).toMatchObject({
      kind: 'deleted',
    });
    expect(String(a.db.prepare(`SELECT other_value FROM sync_conflicts`).pluck().get())).toContain('刚谈完');
    expect(hashes(a)).toEqual(hashes(b));
    // Deleted means deleted: no values of it are kept in the change log.
    expect(a.db.prepare(`SELECT count(*) FROM sync_changes WHERE fields LIKE '%远景%'`).pluck().get()).toBe(
      0,
    );
  });

  it('a contact added under a company deleted elsewhere goes with it on every device', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const c = createCompany(a.db, me, { name: '天合光能股份有限公司' });
    sync(a, b);
    deleteCompany(a.db, me, c.id);
    createContact(b.db, me, { companyId: companyByName(b, '天合光能股份有限公司')!.id, name: '周总' });
    settle(all);
    for (const d of all) expect(d.db.prepare(`SELECT count(*) FROM contacts`).pluck().get()).toBe(0);
    expect(hashes(a)).toEqual(hashes(b));
  });

  it('two laptops entering one company with the same credit code keep two rows, one code holder, offered as twins', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const code = `91330106MA2H2T0W6${creditCodeCheckChar('91330106MA2H2T0W6')}`;
    createCompany(a.db, me, { name: '宁德时代', creditCode: code });
    createCompany(b.db, me, { name: '宁德时代新能源', creditCode: code });
    settle(all);
    for (const d of all) {
      expect(d.db.prepare(`SELECT count(*) FROM companies`).pluck().get()).toBe(2);
      expect(d.db.prepare(`SELECT count(*) FROM companies WHERE credit_code = ?`).pluck().get(code)).toBe(1);
      expect(
        d.db.prepare(`SELECT count(*) FROM sync_conflicts WHERE kind = 'held'`).pluck().get(),
      ).toBeGreaterThanOrEqual(1);
    }
    expect(hashes(a)).toEqual(hashes(b));
    const holder = getCompany(a.db, companyByName(a, '宁德时代')!.id).creditCode;
    expect(
      holder === code || getCompany(a.db, companyByName(a, '宁德时代新能源')!.id).creditCode === code,
    ).toBe(true);
  });
});

describe('undo and sync', () => {
  it('an undo of a bulk edit whose rows were edited on another laptop since is refused, nothing changed', () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    const one = createTeam(a.db, me, { name: '招商一分队' });
    const two = createTeam(a.db, me, { name: '招商二分队' });
    const p = createProject(a.db, me, { name: '动力电池项目', teamId: one.id });
    const bulk = bulkUpdateProjects(a.db, me, { ids: [p.id], patch: { teamId: two.id } });
    sync(a, b);
    const onB = b.db.prepare(`SELECT id FROM projects`).pluck().get() as number;
    updateProject(b.db, me, { id: onB, patch: { teamId: null } });
    sync(b, a);
    const before = hashes(a);
    const e = domainError(() => undoBatch(a.db, me, bulk.batchId));
    expect(e.message).toMatch(/改|撤销/);
    expect(hashes(a)).toEqual(before);
  });
});
