import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany, getCompany } from '../../../main/domain/companies';
import { mergeCompanies, mergePreview } from '../../../main/domain/companyMerge/merge';
import { createContact } from '../../../main/domain/contacts';
import { createInteraction } from '../../../main/domain/interactions';
import { createProject } from '../../../main/domain/projects';
import { createReception } from '../../../main/domain/receptions';
import { searchGlobal } from '../../../main/domain/search';
import { createServiceIssue } from '../../../main/domain/serviceIssues';
import { undoBatch } from '../../../main/domain/undo/undo';
import { addStop, addVisit, createTrip } from '../../../main/domain/trips';
import { domainError, freshDb } from '../testDb';
import { clerk, code, titles } from './helpers';

const CODE_A = code('91320382MA1X7K0Q5');
const CODE_B = code('91320382MA1Y3N2P8');

/** Two spellings of one company, each with records of every kind that points at a company. */
function duplicates() {
  const db = freshDb();
  const keep = createCompany(db, clerk, { name: '长城汽车（邳州）有限公司', industry: '汽车制造业' });
  const drop = createCompany(db, clerk, {
    name: '长城汽车(邳州)有限公司',
    creditCode: CODE_A,
    hqAddress: '邳州市经济开发区长城大道1号',
    notes: '2023年外出招商时走访',
  });
  const other = createCompany(db, clerk, { name: '徐工集团工程机械股份有限公司', creditCode: CODE_B });
  createContact(db, clerk, { companyId: keep.id, name: '魏建军' });
  const contact = createContact(db, clerk, { companyId: drop.id, name: '穆峰', mobile: '13600001234' });
  const project = createProject(db, clerk, { name: '长城汽车零部件产业园项目', companyId: drop.id });
  createInteraction(db, clerk, {
    companyId: drop.id,
    projectId: project.id,
    kind: 'visit_out',
    occurredOn: '2026-01-08',
    summary: '赴企业总部洽谈零部件配套',
    contactIds: [contact.id],
  });
  const trip = createTrip(db, clerk, { title: '江苏招商行', startsOn: '2026-01-07', endsOn: '2026-01-09' });
  const stop = addStop(db, clerk, { tripId: trip.id, adcode: 320382, placeName: '邳州' });
  addVisit(db, clerk, { stopId: stop.id, companyId: drop.id });
  createServiceIssue(db, clerk, {
    companyId: drop.id,
    category: 'road',
    description: '物流通道尚未打通',
    reportedOn: '2026-01-10',
  });
  createReception(db, clerk, {
    startsOn: '2026-01-12',
    endsOn: '2026-01-12',
    companyId: drop.id,
    delegation: '长城汽车考察团',
    headcount: 6,
  });
  return { db, keep, drop, other };
}

const TABLES = [
  'companies',
  'contacts',
  'projects',
  'interactions',
  'interaction_contacts',
  'stop_visits',
  'service_issues',
  'receptions',
];
/**
 * Every row a merge touches, without the timestamps a write refreshes and the gid (a company an
 * undo brings back is a new record to the other laptops).
 */
const snapshot = (db: Db): unknown =>
  TABLES.map((t) =>
    (db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all() as Record<string, unknown>[]).map(
      ({ updated_at: _u, gid: _g, ...row }) => row,
    ),
  );

describe('合并企业', () => {
  it('previews what would move', () => {
    const { db, keep, drop } = duplicates();
    expect(mergePreview(db, { keepId: keep.id, dropId: drop.id }).moves).toEqual({
      contacts: 1,
      projects: 1,
      interactions: 1,
      visits: 1,
      serviceIssues: 1,
      receptions: 1,
    });
  });

  it('moves every record, takes the chosen values, deletes the other company, in one audit batch', () => {
    const { db, keep, drop } = duplicates();
    const r = mergeCompanies(db, clerk, {
      keepId: keep.id,
      dropId: drop.id,
      fromDrop: ['creditCode', 'hqAddress', 'notes'],
    });
    expect(r.company).toMatchObject({
      id: keep.id,
      name: '长城汽车（邳州）有限公司',
      creditCode: CODE_A,
      industry: '汽车制造业',
      hqAddress: '邳州市经济开发区长城大道1号',
    });
    expect(Object.values(r.moved)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(() => getCompany(db, drop.id)).toThrow('不存在');
    for (const t of ['contacts', 'projects', 'interactions', 'stop_visits', 'service_issues', 'receptions']) {
      const owners = db.prepare(`SELECT DISTINCT company_id FROM ${t}`).pluck().all();
      expect(owners, t).toEqual([keep.id]);
    }
    const batch = db.prepare(`SELECT kind, label FROM audit_batches WHERE id = ?`).get(r.batchId);
    expect(batch).toEqual({
      kind: 'merge',
      label: '合并企业：“长城汽车(邳州)有限公司”并入“长城汽车（邳州）有限公司”',
    });
    const outside = db
      .prepare(
        `SELECT count(*) FROM audit_log WHERE batch_id IS NOT ? AND id > (SELECT min(id) FROM audit_log WHERE batch_id = ?)`,
      )
      .pluck()
      .get(r.batchId, r.batchId);
    expect(outside).toBe(0);
    // The surviving company is found by what the other one brought along.
    expect(titles(db, '穆峰', 'contact')).toEqual(['穆峰']);
    expect(titles(db, CODE_A, 'company')).toEqual(['长城汽车（邳州）有限公司']);
  });

  it('is undone as one batch: every moved row, the deleted company and the chosen values come back', () => {
    const { db, keep, drop } = duplicates();
    const before = snapshot(db);
    const { batchId } = mergeCompanies(db, clerk, {
      keepId: keep.id,
      dropId: drop.id,
      fromDrop: ['name', 'creditCode', 'notes'],
    });
    expect(snapshot(db)).not.toEqual(before);
    undoBatch(db, clerk, batchId);
    expect(snapshot(db)).toEqual(before);
    expect(
      searchGlobal(db, { q: '长城汽车(邳州)' })
        .groups[0]?.hits.map((h) => h.id)
        .sort(),
    ).toEqual([keep.id, drop.id]);
  });

  it('refuses a company merged with itself, an unknown company or an unknown field, and writes nothing', () => {
    const { db, keep, drop } = duplicates();
    const before = snapshot(db);
    const batches = db.prepare(`SELECT count(*) FROM audit_batches`).pluck();
    const n = batches.get();
    expect(
      domainError(() => mergeCompanies(db, clerk, { keepId: keep.id, dropId: keep.id, fromDrop: [] }))
        .message,
    ).toBe('请选择两家不同的企业进行合并');
    expect(
      domainError(() => mergeCompanies(db, clerk, { keepId: keep.id, dropId: 999, fromDrop: [] })).code,
    ).toBe('NOT_FOUND');
    expect(
      domainError(() =>
        mergeCompanies(db, clerk, { keepId: keep.id, dropId: drop.id, fromDrop: ['createdAt'] }),
      ).code,
    ).toBe('VALIDATION');
    expect(snapshot(db)).toEqual(before);
    expect(batches.get()).toBe(n);
  });
});
