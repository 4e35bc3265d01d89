import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { createCompany, deleteCompany, getCompany, updateCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createInteraction, getInteraction, updateInteraction } from '../../../main/domain/interactions';
import { createStaff } from '../../../main/domain/people';
import { changeStage, createProject, getProject, stageHistory } from '../../../main/domain/projects';
import { getSettings, setSetting } from '../../../main/domain/settings';
import { openBatch } from '../../../main/domain/store/audit';
import { batchRanges, createdByBatch, recordBatchRows, toRanges } from '../../../main/domain/store/batchRows';
import { undoBatch, undoEntry } from '../../../main/domain/undo/undo';
import { addStop, createTrip, reorderStops } from '../../../main/domain/trips';
import { domainError, freshDb, rowCount } from '../testDb';

const person = { name: '张科长' };
const other = { name: '李专员' };

const lastEntryId = (db: Db): number => db.prepare(`SELECT max(id) FROM audit_log`).pluck().get() as number;

/** Everything a user could see, to prove a refused undo wrote nothing. */
const snapshot = (db: Db): string =>
  JSON.stringify(
    ['companies', 'contacts', 'projects', 'audit_log', 'audit_batches', 'project_stage_history'].map((t) =>
      db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all(),
    ),
  );

describe('undoEntry', () => {
  it('puts back the old values of an update and logs the revert', () => {
    const db = freshDb();
    const c = createCompany(db, person, { name: '杭州海康威视数字技术股份有限公司', industry: '安防' });
    updateCompany(db, person, { id: c.id, patch: { industry: '智能物联', chain: '数字经济' } });
    const result = undoEntry(db, other, lastEntryId(db));
    expect(result.reverted).toBe(1);
    expect(getCompany(db, c.id)).toMatchObject({ industry: '安防', chain: null, updatedAt: c.updatedAt });
    const revert = db.prepare(`SELECT * FROM audit_log ORDER BY id DESC LIMIT 1`).get() as Record<
      string,
      unknown
    >;
    expect(revert).toMatchObject({ actor: '李专员', action: 'update', entity_id: c.id });
    expect(JSON.parse(revert.after as string)).toMatchObject({ industry: '安防', chain: null });
    // The same change cannot be reverted twice, and the revert itself is not undone by this call.
    expect(domainError(() => undoEntry(db, other, lastEntryId(db) - 1)).message).toBe('这条修改已经撤销过了');
    expect(domainError(() => undoEntry(db, other, lastEntryId(db))).message).toBe('撤销操作本身不能再撤销');
  });

  it('deletes a created row and re-creates a deleted one with its old id', () => {
    const db = freshDb();
    const c = createCompany(db, person, { name: '宁波舜宇光学科技有限公司', creditCode: null });
    deleteCompany(db, person, c.id);
    expect(rowCount(db, 'companies')).toBe(0);
    undoEntry(db, other, lastEntryId(db));
    expect(getCompany(db, c.id)).toEqual(c);
    const created = db
      .prepare(`SELECT id FROM audit_log WHERE action = 'create' AND batch_id IS NULL`)
      .pluck()
      .get() as number;
    undoEntry(db, other, created);
    expect(rowCount(db, 'companies')).toBe(0);
  });

  it('refuses when the row was changed afterwards, writing nothing', () => {
    const db = freshDb();
    const c = createCompany(db, person, { name: '比亚迪股份有限公司' });
    updateCompany(db, person, { id: c.id, patch: { industry: '汽车' } });
    const first = lastEntryId(db);
    updateCompany(db, other, { id: c.id, patch: { industry: '新能源汽车' } });
    const before = snapshot(db);
    const err = domainError(() => undoEntry(db, person, first));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('李专员');
    expect(snapshot(db)).toBe(before);
  });

  it('reverts attendee lists recorded on the interaction', () => {
    const db = freshDb();
    const c = createCompany(db, person, { name: '海康威视' });
    const a = createStaff(db, person, { name: '王主任' });
    const b = createStaff(db, person, { name: '赵专员' });
    const i = createInteraction(db, person, {
      companyId: c.id,
      kind: 'visit_out',
      occurredOn: '2024-05-21',
      summary: '走访总部',
      staffIds: [a.id],
    });
    updateInteraction(db, person, { id: i.id, patch: { staffIds: [a.id, b.id] } });
    undoEntry(db, other, lastEntryId(db));
    expect(getInteraction(db, i.id).staffIds).toEqual([a.id]);
  });

  it('restores the order of trip stops', () => {
    const db = freshDb();
    const trip = createTrip(db, person, {
      title: '长三角招商',
      startsOn: '2024-05-19',
      endsOn: '2024-05-26',
    });
    const s1 = addStop(db, person, { tripId: trip.id, adcode: 330200, placeName: '宁波' });
    const s2 = addStop(db, person, { tripId: trip.id, adcode: 330100, placeName: '杭州' });
    reorderStops(db, person, { tripId: trip.id, stopIds: [s2.id, s1.id] });
    undoEntry(db, other, lastEntryId(db));
    const order = db.prepare(`SELECT id FROM trip_stops ORDER BY seq`).pluck().all();
    expect(order).toEqual([s1.id, s2.id]);
  });

  it('reverts a setting by its key', () => {
    const db = freshDb();
    setSetting(db, person, { key: 'importDefaultYear', value: 2021 });
    setSetting(db, person, { key: 'moneyUnit', value: 'yi' });
    const yearEntry = lastEntryId(db) - 1;
    undoEntry(db, other, yearEntry);
    expect(getSettings(db)).toMatchObject({ importDefaultYear: new Date().getFullYear(), moneyUnit: 'yi' });
  });
});

describe('undoBatch', () => {
  function importLike(db: Db) {
    const batch = openBatch(db, person, 'import', '导入：2024年招商台账.xlsx');
    const existing = createCompany(db, other, { name: '长城汽车股份有限公司', industry: '汽车' });
    const c = createCompany(db, batch, { name: '宁德时代新能源科技股份有限公司' });
    const p = createProject(db, batch, {
      name: '动力电池项目',
      companyId: c.id,
      plannedAmount: 8_457_000_000,
    });
    updateCompany(db, batch, { id: existing.id, patch: { industry: '新能源汽车' } });
    return { batchId: batch.batchId as number, existing, c, p };
  }

  it('reverts creates and updates of a whole batch in one go', () => {
    const db = freshDb();
    const { batchId, existing } = importLike(db);
    const result = undoBatch(db, other, batchId);
    expect(result.reverted).toBe(3);
    expect(rowCount(db, 'projects')).toBe(0);
    expect(rowCount(db, 'project_stage_history')).toBe(0);
    expect(getCompany(db, existing.id).industry).toBe('汽车');
    const batch = db.prepare(`SELECT undone_at FROM audit_batches WHERE id = ?`).get(batchId) as {
      undone_at: string | null;
    };
    expect(batch.undone_at).not.toBeNull();
    const undo = db
      .prepare(`SELECT label, undo_of_batch FROM audit_batches WHERE id = ?`)
      .get(result.undoBatchId);
    expect(undo).toEqual({ label: '撤销：导入：2024年招商台账.xlsx', undo_of_batch: batchId });
    expect(domainError(() => undoBatch(db, other, batchId)).message).toContain('已经撤销过了');
    expect(domainError(() => undoBatch(db, other, result.undoBatchId)).message).toBe(
      '撤销操作本身不能再撤销',
    );
  });

  it('refuses while a later record still points at a row the batch created', () => {
    const db = freshDb();
    const { batchId, c } = importLike(db);
    createContact(db, other, { companyId: c.id, name: '曾董事长' });
    const before = snapshot(db);
    const err = domainError(() => undoBatch(db, person, batchId));
    expect(err.message).toContain('联系人');
    expect(snapshot(db)).toBe(before);
  });

  it('a later batch must be undone first; then the earlier one goes too', () => {
    const db = freshDb();
    const { batchId, c } = importLike(db);
    const later = openBatch(db, other, 'bulk', '批量修改行业');
    updateCompany(db, later, { id: c.id, patch: { industry: '锂电池' } });
    expect(domainError(() => undoBatch(db, person, batchId)).code).toBe('CONFLICT');
    undoBatch(db, person, later.batchId as number);
    undoBatch(db, person, batchId);
    expect(rowCount(db, 'companies')).toBe(1);
  });

  it('a stage change put back is written into the stage history', () => {
    const db = freshDb();
    const c = createCompany(db, person, { name: '奇瑞汽车股份有限公司' });
    const p = createProject(db, person, { name: '整车项目', companyId: c.id, stage: 'negotiating' });
    const batch = openBatch(db, person, 'bulk', '批量签约');
    changeStage(db, batch, { id: p.id, stage: 'signed', contractAmountUnknown: true });
    undoBatch(db, other, batch.batchId as number);
    expect(getProject(db, p.id)).toMatchObject({ stage: 'negotiating', signedOn: null });
    expect(stageHistory(db, p.id).map((h) => [h.fromStage, h.toStage, h.reason])).toEqual([
      [null, 'negotiating', null],
      ['negotiating', 'signed', '合同投资额暂不明确'],
      ['signed', 'negotiating', '撤销操作'],
    ]);
  });

  it('removes rows recorded only as id ranges, and records the removal the same way', () => {
    const db = freshDb();
    const batch = openBatch(db, person, 'import', '导入：企业名录.csv');
    const now = new Date().toISOString();
    const add = db.prepare(
      `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    const ids = [1, 2, 3].map((n) => Number(add.run(`企业${n}`, `企业${n}`, now, now).lastInsertRowid));
    recordBatchRows(db, batch.batchId as number, 'company', 'create', ids);
    expect(createdByBatch(db, 'company', 2)).toMatchObject({ label: '导入：企业名录.csv', kind: 'import' });
    const result = undoBatch(db, other, batch.batchId as number);
    expect(rowCount(db, 'companies')).toBe(0);
    expect(batchRanges(db, result.undoBatchId)).toEqual([
      { entity: 'company', action: 'delete', firstId: 1, lastId: 3 },
    ]);
  });

  it('refuses range rows that were edited afterwards', () => {
    const db = freshDb();
    const batch = openBatch(db, person, 'import', '导入：企业名录.csv');
    const at = '2024-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES ('甲', '甲', ?, ?)`,
    ).run(at, at);
    recordBatchRows(db, batch.batchId as number, 'company', 'create', [1]);
    db.prepare(`UPDATE companies SET updated_at = ? WHERE id = 1`).run(new Date().toISOString());
    expect(domainError(() => undoBatch(db, other, batch.batchId as number)).message).toContain(
      '之后又被修改过',
    );
    expect(rowCount(db, 'companies')).toBe(1);
  });
});

describe('toRanges', () => {
  it('compresses ids into consecutive runs', () => {
    expect(toRanges([5, 3, 4, 9, 10, 12])).toEqual([
      [3, 5],
      [9, 10],
      [12, 12],
    ]);
  });
});
