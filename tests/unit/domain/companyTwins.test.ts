/**
 * 合并企业 leaves no twins, through the contract: the same person on both sides becomes one
 * contact (and comes back apart on undo); the 疑似重复 list finds companies whose names differ
 * only in brackets, legal form or how the place is written, forgets pairs marked 不是重复, and
 * merges many pairs in one undoable step, or none at all.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '@contract/bridge';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import { dispatch } from '../../../main/api/dispatch';
import type { Db } from '../../../main/db/open';
import { ctx, freshDb } from '../testDb';
import { code } from '../search/helpers';

const clerk = { name: '王科员' };

function api(db: Db) {
  return async <K extends ChannelName>(channel: K, input: ApiInput<K>): Promise<ApiOutput<K>> => {
    const result = (await dispatch(ctx(db, clerk), channel, input)) as ApiResult<ApiOutput<K>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}

async function refusal(db: Db, channel: ChannelName, input: unknown) {
  const result = await dispatch(ctx(db, clerk), channel, input);
  if (result.ok) throw new Error(`${channel} was expected to be refused`);
  return result.error;
}

/** Every row of every table, without the timestamps a write refreshes. */
function fingerprint(db: Db): string {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'audit%' AND name NOT LIKE 'search%' AND name NOT LIKE 'sync%'
         AND name <> 'figure_versions' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const t of tables) {
    const rows = (db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all() as Record<string, unknown>[]).map(
      // A row an undo brings back is a new row to the other laptops: it has a new gid.
      ({ updated_at: _u, gid: _g, ...row }) => row,
    );
    hash.update(t).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}

const contactsOf = (db: Db, companyId: number) =>
  db
    .prepare(
      `SELECT name, title, mobile, wechat, is_key AS isKey, notes FROM contacts WHERE company_id = ? ORDER BY name, id`,
    )
    .all(companyId);

/** Two spellings of one company, the same people entered under each. */
async function twinsWithPeople() {
  const db = freshDb();
  const call = api(db);
  const keep = await call('companies.create', { name: '长城汽车（邳州）有限公司' });
  const drop = await call('companies.create', { name: '长城汽车(邳州)有限责任公司' });
  const wei = await call('contacts.create', { companyId: keep.id, name: '魏建军', title: '董事长' });
  await call('contacts.create', { companyId: keep.id, name: '穆峰', mobile: '13600001234' });
  await call('contacts.create', { companyId: keep.id, name: '李红', mobile: '13900002222' });
  // Same name, keep side without a mobile: one person.
  const wei2 = await call('contacts.create', {
    companyId: drop.id,
    name: '魏 建军',
    mobile: '13800001111',
    title: '总经理',
    wechat: 'weijj',
    isKey: true,
  });
  // Same name and mobile: one person.
  await call('contacts.create', {
    companyId: drop.id,
    name: '穆峰',
    mobile: '136 0000 1234',
    notes: '分管采购',
  });
  // Same name, another mobile: two people who share a name.
  await call('contacts.create', { companyId: drop.id, name: '李红', mobile: '13900003333' });
  await call('contacts.create', { companyId: drop.id, name: '赵强' });
  const meeting = await call('interactions.create', {
    companyId: drop.id,
    kind: 'visit_out',
    occurredOn: '2026-01-08',
    summary: '赴企业总部洽谈零部件配套',
    contactIds: [wei2.id],
  });
  return { db, call, keep, drop, wei, wei2, meeting };
}

describe('合并企业：同一人合并为一位联系人', () => {
  it('folds same name + same mobile, or same name with one mobile empty, into one contact with both sides’ details', async () => {
    const { db, call, keep, drop, wei, meeting } = await twinsWithPeople();
    const preview = await call('companyMerge.preview', { keepId: keep.id, dropId: drop.id });
    expect(preview.moves.contacts).toBe(4);
    expect(preview.contactTwins).toBe(2);

    const r = await call('companyMerge.apply', { keepId: keep.id, dropId: drop.id, fromDrop: [] });
    expect(r.contactsFolded).toBe(preview.contactTwins);
    expect(contactsOf(db, keep.id)).toEqual([
      { name: '李红', title: null, mobile: '13900002222', wechat: null, isKey: 0, notes: null },
      { name: '李红', title: null, mobile: '13900003333', wechat: null, isKey: 0, notes: null },
      { name: '穆峰', title: null, mobile: '13600001234', wechat: null, isKey: 0, notes: '分管采购' },
      { name: '赵强', title: null, mobile: null, wechat: null, isKey: 0, notes: null },
      {
        name: '魏建军',
        title: '董事长',
        mobile: '13800001111',
        wechat: 'weijj',
        isKey: 1,
        notes: '合并时另有：职务 总经理',
      },
    ]);
    // The meeting that named the folded twin names the surviving contact.
    const detail = await call('interactions.get', { id: meeting.id });
    expect(detail.contacts.map((c) => c.id)).toEqual([wei.id]);
  });

  it('is undone with the merge: both companies, both contacts and the meeting’s attendee come back', async () => {
    const { db, call, keep, drop, wei2, meeting } = await twinsWithPeople();
    const before = fingerprint(db);
    const r = await call('companyMerge.apply', { keepId: keep.id, dropId: drop.id, fromDrop: ['name'] });
    expect(fingerprint(db)).not.toBe(before);
    await call('audit.undoBatch', { batchId: r.batchId });
    expect(fingerprint(db)).toBe(before);
    expect((await call('interactions.get', { id: meeting.id })).contacts.map((c) => c.id)).toEqual([wei2.id]);
  });
});

/** Companies whose names differ only in how they are written, and some that merely look alike. */
async function lookalikes() {
  const db = freshDb();
  const call = api(db);
  const make = (name: string, extra: Record<string, unknown> = {}) =>
    call('companies.create', { name, ...extra });
  const c = {
    bracketsFull: await make('长城汽车（邳州）有限公司'),
    bracketsHalf: await make('长城汽车 (邳州) 股份有限公司'),
    xuzhou: await make('江苏省徐州宏达机械有限公司', { creditCode: code('91320300MA1X7K0Q5') }),
    xuzhouShi: await make('徐州市宏达机械有限责任公司'),
    nanjing: await make('南京宏达机械有限公司'),
    other: await make('徐工集团工程机械股份有限公司'),
  };
  return { db, call, c };
}

const names = (list: ApiOutput<'companyMerge.twins'>): string[][] =>
  list.pairs.map((p) => [p.a.name, p.b.name]);

describe('疑似重复', () => {
  it('pairs companies whose names differ in brackets, spaces, legal form or 省/市, not other places', async () => {
    const { call, c } = await lookalikes();
    await call('projects.create', { name: '宏达机械扩产项目', companyId: c.xuzhouShi.id });
    await call('contacts.create', { companyId: c.xuzhouShi.id, name: '王宏' });
    const list = await call('companyMerge.twins', {});
    expect(names(list)).toEqual([
      ['长城汽车（邳州）有限公司', '长城汽车 (邳州) 股份有限公司'],
      ['江苏省徐州宏达机械有限公司', '徐州市宏达机械有限责任公司'],
    ]);
    expect(list.total).toBe(2);
    expect(list.pairs[1]).toMatchObject({
      a: { creditCode: c.xuzhou.creditCode, projects: 0, contacts: 0 },
      b: { creditCode: null, projects: 1, contacts: 1 },
      codesDiffer: false,
    });
  });

  it('keeps up with a rename, either into a twin or out of one', async () => {
    const { call, c } = await lookalikes();
    await call('companies.update', { id: c.nanjing.id, patch: { name: '徐州宏达机械（集团）有限公司' } });
    expect((await call('companyMerge.twins', {})).total).toBe(4);
    await call('companies.update', { id: c.bracketsHalf.id, patch: { name: '长城汽车（徐州）有限公司' } });
    expect(names(await call('companyMerge.twins', {})).flat()).not.toContain('长城汽车（邳州）有限公司');
  });

  it('flags a pair whose two 统一社会信用代码 differ', async () => {
    const { call, c } = await lookalikes();
    await call('companies.update', { id: c.xuzhouShi.id, patch: { creditCode: code('91320300MA1Y3N2P8') } });
    const pair = (await call('companyMerge.twins', {})).pairs.find((p) => p.a.id === c.xuzhou.id);
    expect(pair?.codesDiffer).toBe(true);
  });

  it('forgets a pair marked 不是重复, whichever way round, and the mark can be undone', async () => {
    const { db, call, c } = await lookalikes();
    await call('companyMerge.notTwins', { aId: c.xuzhouShi.id, bId: c.xuzhou.id });
    await call('companyMerge.notTwins', { aId: c.xuzhou.id, bId: c.xuzhouShi.id });
    const list = await call('companyMerge.twins', {});
    expect(names(list)).toEqual([['长城汽车（邳州）有限公司', '长城汽车 (邳州) 股份有限公司']]);
    const entry = db
      .prepare(`SELECT id FROM audit_log WHERE entity = 'companyNotTwin' ORDER BY id DESC`)
      .pluck()
      .all() as number[];
    expect(entry).toHaveLength(1);
    await call('audit.undoEntry', { id: entry[0] as number });
    expect((await call('companyMerge.twins', {})).total).toBe(2);
    expect((await refusal(db, 'companyMerge.notTwins', { aId: c.other.id, bId: c.other.id })).code).toBe(
      'VALIDATION',
    );
  });

  it('merges several pairs in one step, filling blanks from the company that goes, undone as one', async () => {
    const { db, call, c } = await lookalikes();
    const third = await call('companies.create', {
      name: '徐州宏达机械股份有限公司',
      industry: '通用设备制造业',
    });
    expect((await call('companyMerge.twins', {})).total).toBe(4);
    const before = fingerprint(db);
    const r = await call('companyMerge.applyMany', {
      pairs: [
        { keepId: c.bracketsFull.id, dropId: c.bracketsHalf.id },
        { keepId: c.xuzhouShi.id, dropId: c.xuzhou.id },
        { keepId: c.xuzhou.id, dropId: third.id },
      ],
    });
    // The third pair's kept company had already gone into 徐州市…: it follows it there.
    expect(r.merged).toBe(3);
    expect((await call('companyMerge.twins', {})).total).toBe(0);
    const survivor = await call('companies.get', { id: c.xuzhouShi.id });
    expect(survivor).toMatchObject({ creditCode: c.xuzhou.creditCode, industry: '通用设备制造业' });
    expect(db.prepare(`SELECT count(*) FROM audit_batches WHERE id >= ?`).pluck().get(r.batchId)).toBe(1);
    await call('audit.undoBatch', { batchId: r.batchId });
    expect((await call('companyMerge.twins', {})).total).toBe(4);
    expect(fingerprint(db)).toBe(before);
  });

  it('writes nothing when one pair of a bulk merge fails', async () => {
    const { db, c } = await lookalikes();
    const before = fingerprint(db);
    const batches = db.prepare(`SELECT count(*) FROM audit_batches`).pluck().get();
    const error = await refusal(db, 'companyMerge.applyMany', {
      pairs: [
        { keepId: c.bracketsFull.id, dropId: c.bracketsHalf.id },
        { keepId: c.xuzhou.id, dropId: 9999 },
      ],
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(fingerprint(db)).toBe(before);
    expect(db.prepare(`SELECT count(*) FROM audit_batches`).pluck().get()).toBe(batches);
    expect((await refusal(db, 'companyMerge.applyMany', { pairs: [] })).message).toContain(
      '请至少选择一对企业',
    );
  });
});
