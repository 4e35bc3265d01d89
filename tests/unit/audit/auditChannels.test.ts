/**
 * 操作记录 through the contract: what a person sees of the audit log, and 撤销 of one change or
 * a whole batch, refused in Chinese with nothing written when later work depends on it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '@contract/bridge';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { Db } from '../../../main/db/open';
import { freshDb } from '../testDb';
import { now } from '@contract/shared/clock';

const zhang = { name: '张科长' };
const li = { name: '李专员' };

function as(db: Db, actor: { name: string }) {
  const ctx: ApiContext = { db, actor, databasePath: '', appVersion: '0', emit() {} };
  return async <K extends ChannelName>(channel: K, input: ApiInput<K>): Promise<ApiOutput<K>> => {
    const result = (await dispatch(ctx, channel, input)) as ApiResult<ApiOutput<K>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}

async function refusal(db: Db, channel: ChannelName, input: unknown) {
  const ctx: ApiContext = { db, actor: li, databasePath: '', appVersion: '0', emit() {} };
  const result = await dispatch(ctx, channel, input);
  if (result.ok) throw new Error(`${channel} was expected to be refused`);
  return result.error;
}

/** Every row of every table: proves a refused undo wrote nothing at all. */
function fingerprint(db: Db): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const t of tables) hash.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all()));
  return hash.digest('hex');
}

describe('audit.history', () => {
  it('lists who changed a company, when, and each field before and after, newest first', async () => {
    const db = freshDb();
    const c = await as(db, zhang)('companies.create', {
      name: '杭州海康威视数字技术股份有限公司',
      industry: '安防',
    });
    await as(db, li)('companies.update', { id: c.id, patch: { industry: '智能物联', chain: '数字经济' } });

    const { entries, createdBy } = await as(db, zhang)('audit.history', { entity: 'company', id: c.id });
    expect(createdBy).toBeNull();
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['update', '李专员'],
      ['create', '张科长'],
    ]);
    const [update] = entries;
    expect(update).toMatchObject({
      entity: 'company',
      entityLabel: '企业',
      entityId: c.id,
      recordName: '杭州海康威视数字技术股份有限公司',
      before: { industry: '安防', chain: null },
      after: { industry: '智能物联', chain: '数字经济' },
      batch: null,
      undone: false,
      isUndo: false,
    });
    expect(Date.parse(update?.at ?? '')).toBeGreaterThan(now().getTime() - 60_000);
  });

  it('keeps the history, with the name, after the company is deleted', async () => {
    const db = freshDb();
    const c = await as(db, zhang)('companies.create', { name: '宁波舜宇光学科技有限公司' });
    await as(db, zhang)('companies.delete', { id: c.id });
    const { entries } = await as(db, li)('audit.history', { entity: 'company', id: c.id });
    expect(entries.map((e) => e.action)).toEqual(['delete', 'create']);
    expect(entries[0]?.recordName).toBe('宁波舜宇光学科技有限公司');
    expect(entries[0]?.before).toMatchObject({ name: '宁波舜宇光学科技有限公司' });
  });
});

describe('audit.recent and audit.batches', () => {
  it('pages through the latest changes across records, optionally of one kind', async () => {
    const db = freshDb();
    const call = as(db, zhang);
    for (const name of ['比亚迪股份有限公司', '宁德时代新能源科技股份有限公司', '隆基绿能科技股份有限公司']) {
      await call('companies.create', { name });
    }
    await call('settings.set', { key: 'moneyUnit', value: 'yi' });
    const page = await call('audit.recent', { limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => [r.entityLabel, r.recordName])).toEqual([
      ['设置', 'moneyUnit'],
      ['企业', '隆基绿能科技股份有限公司'],
    ]);
    const next = await call('audit.recent', { offset: 1, limit: 2, entity: 'company' });
    expect(next.total).toBe(3);
    expect(next.rows.map((r) => r.recordName)).toEqual([
      '宁德时代新能源科技股份有限公司',
      '比亚迪股份有限公司',
    ]);
  });

  it('undoes a bulk edit as one batch, then refuses to undo it twice', async () => {
    const db = freshDb();
    const call = as(db, zhang);
    const ids: number[] = [];
    for (const name of ['年产10GWh储能电池项目', '高端装备产业园项目'])
      ids.push((await call('projects.create', { name })).id);
    const bulk = await call('projects.bulkStage', { ids, stage: 'negotiating' });

    const { rows } = await call('audit.batches', {});
    expect(rows[0]).toMatchObject({
      id: bulk.batchId,
      kind: 'bulk',
      actor: '张科长',
      undoneAt: null,
      isUndo: false,
    });
    expect(rows[0]?.rows).toBeGreaterThanOrEqual(2);

    const undone = await as(db, li)('audit.undoBatch', { batchId: bulk.batchId });
    expect(undone.reverted).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect((await call('projects.get', { id })).stage).toBe('lead');
    const after = await call('audit.batches', {});
    expect(after.rows.find((b) => b.id === bulk.batchId)?.undoneAt).not.toBeNull();
    expect(after.rows.find((b) => b.id === undone.undoBatchId)).toMatchObject({
      isUndo: true,
      actor: '李专员',
    });

    const again = await refusal(db, 'audit.undoBatch', { batchId: bulk.batchId });
    expect(again).toMatchObject({ code: 'CONFLICT' });
    expect(again.message).toMatch(/已经撤销过了/);
  });
});

describe('audit.undoEntry', () => {
  it('puts back the last change and marks it undone in the history', async () => {
    const db = freshDb();
    const c = await as(db, zhang)('companies.create', { name: '比亚迪股份有限公司', industry: '汽车' });
    await as(db, zhang)('companies.update', { id: c.id, patch: { industry: '新能源汽车' } });
    const [last] = (await as(db, li)('audit.history', { entity: 'company', id: c.id })).entries;
    await as(db, li)('audit.undoEntry', { id: last?.id ?? 0 });
    expect((await as(db, li)('companies.get', { id: c.id })).industry).toBe('汽车');
    const { entries } = await as(db, li)('audit.history', { entity: 'company', id: c.id });
    expect(entries.map((e) => [e.action, e.actor, e.undone, e.isUndo])).toEqual([
      ['update', '李专员', false, true],
      ['update', '张科长', true, false],
      ['create', '张科长', false, false],
    ]);
  });

  it('refuses, in Chinese and writing nothing, when a later change depends on it', async () => {
    const db = freshDb();
    const c = await as(db, zhang)('companies.create', { name: '隆基绿能科技股份有限公司', industry: '光伏' });
    const [created] = (await as(db, zhang)('audit.history', { entity: 'company', id: c.id })).entries;
    await as(db, li)('companies.update', { id: c.id, patch: { industry: '新能源' } });
    const before = fingerprint(db);
    const error = await refusal(db, 'audit.undoEntry', { id: created?.id ?? 0 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^不能撤销：企业（编号 \d+）之后又被“李专员”/);
    expect(fingerprint(db)).toBe(before);
  });

  it('answers an unknown entry with NOT_FOUND and a bad id with VALIDATION', async () => {
    const db = freshDb();
    expect(await refusal(db, 'audit.undoEntry', { id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(db, 'audit.undoEntry', { id: -1 })).toMatchObject({ code: 'VALIDATION' });
    expect(
      await refusal(db, 'audit.history', { entity: 'company; DROP TABLE companies', id: 1 }),
    ).toMatchObject({
      code: 'VALIDATION',
      message: '记录类型无效',
    });
  });
});

describe('demo data in the log', () => {
  it('is listed with its real size, named by its batch, and offered no undo', async () => {
    const db = freshDb();
    const call = as(db, zhang);
    await call('demo.load', { size: 'S' });
    const [batch] = (await call('audit.batches', {})).rows;
    expect(batch).toMatchObject({ kind: 'demo', undoable: false });
    // Thousands of generated rows, not the one bookkeeping entry.
    expect(batch?.rows).toBeGreaterThan(1_000);
    const [entry] = (await call('audit.recent', {})).rows;
    expect(entry).toMatchObject({ entity: 'demo', recordName: '载入演示数据（S）', undoable: false });
  });
});
