import { describe, expect, it } from 'vitest';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { errorRows } from '../../../main/domain/importers/preview';
import { errorReport } from '../../../main/domain/importers/report';
import { undoBatch } from '../../../main/domain/undo/undo';
import { CODES, companyCsvGbk, issueLedger, meetingLedger, projectLedger } from '../../fixtures/ledgers';
import { freshDb } from '../testDb';
import { actor, all, preview, proposal, run, YEARS } from './helpers';
import { rowCount } from '../testDb';

describe('duplicates, chosen per import', () => {
  it('skip, update or create when the same companies come again', async () => {
    const db = freshDb();
    const csv = companyCsvGbk();
    const first = await run(db, proposal(csv, 'companies', { onError: 'skip' }));
    expect(first.counts).toMatchObject({ create: 3, error: 1 });
    expect(
      all(db, `SELECT name, tier, hq_adcode AS hq, registered_capital AS cap FROM companies ORDER BY id`),
    ).toEqual([
      { name: '宁德时代新能源科技股份有限公司', tier: 'listed', hq: 350900, cap: 2_440_000_000 },
      { name: '比亚迪股份有限公司', tier: 'global500', hq: 440300, cap: 2_911_000_000 },
      { name: '某某精工有限公司', tier: 'specialized', hq: 420625, cap: 50_000_000 },
    ]);
    expect(all(db, `SELECT name, title, mobile, phone FROM contacts ORDER BY id`)).toEqual([
      { name: '曾毓群', title: '董事长', mobile: '13800138000', phone: null },
      { name: '王传福', title: '董事长', mobile: null, phone: null },
      { name: '张经理', title: '总经理', mobile: null, phone: '0710-7221234' },
    ]);

    const skipped = await run(db, proposal(csv, 'companies', { onError: 'skip' }));
    expect(skipped.counts).toMatchObject({ create: 0, skip: 3 });
    expect(skipped.batchId).toBeNull();
    expect(rowCount(db, 'companies')).toBe(3);

    db.prepare(`UPDATE companies SET industry = '旧行业' WHERE id = 1`).run();
    const updated = await run(db, proposal(csv, 'companies', { onError: 'skip', onDuplicate: 'update' }));
    expect(updated.counts).toMatchObject({ update: 3, create: 0 });
    expect(all(db, `SELECT industry FROM companies WHERE id = 1`)).toEqual([{ industry: '新能源' }]);
    // The update is audited row by row, so undo puts the old value back.
    expect(
      all(
        db,
        `SELECT entity, action FROM audit_log WHERE batch_id = ?`.replace('?', String(updated.batchId)),
      ),
    ).toEqual([{ entity: 'company', action: 'update' }]);
    undoBatch(db, actor, updated.batchId as number);
    expect(all(db, `SELECT industry FROM companies WHERE id = 1`)).toEqual([{ industry: '旧行业' }]);

    const created = await preview(db, proposal(csv, 'companies', { onError: 'skip', onDuplicate: 'create' }));
    // A second company with the same credit code cannot exist; one without a code can.
    expect(created.counts).toMatchObject({ create: 1, error: 3 });
    expect(created.rows.find((r) => r.row === 2)?.problems[0]?.message).toBe(
      '统一社会信用代码已被“宁德时代新能源科技股份有限公司”使用，不能重复新增',
    );
  });

  it('a duplicate further down the same file is reported with the row it repeats', async () => {
    const db = freshDb();
    const csv = Buffer.from(
      '企业名称,行业\n甲科技有限公司,电子\n甲科技（有限公司）,\n甲科技有限公司,半导体\n',
    );
    expect(
      (await preview(db, proposal(csv, 'companies'))).rows.map((r) => [r.row, r.action, r.note ?? '']),
    ).toEqual([
      [3, 'skip', '与第 2 行重复，已跳过'],
      [4, 'skip', '与第 2 行重复，已跳过'],
      [2, 'create', ''],
    ]);
    await run(db, proposal(csv, 'companies', { onDuplicate: 'update' }));
    expect(all(db, `SELECT name, industry FROM companies`)).toEqual([
      { name: '甲科技有限公司', industry: '半导体' },
    ]);
    // Merged into the row it created: still recorded as one created row, so undo removes it.
    const batch = db.prepare(`SELECT max(id) FROM audit_batches`).pluck().get() as number;
    undoBatch(db, actor, batch);
    expect(rowCount(db, 'companies')).toBe(0);
  });
});

describe('meetings and issues link to what is already there', () => {
  it('files meetings under companies and projects, and issues with their status', async () => {
    const db = freshDb();
    await run(db, proposal(await projectLedger(), 'projects', { onError: 'skip' }));
    const meetings = await run(db, proposal(await meetingLedger(), 'interactions', { onError: 'skip' }));
    expect(meetings.counts).toMatchObject({ create: 2, error: 1 });
    expect(
      all(
        db,
        `SELECT i.kind, c.name AS company, p.name AS project, i.summary, i.sticking_points AS issue, i.created_by AS author
      FROM interactions i LEFT JOIN companies c ON c.id = i.company_id LEFT JOIN projects p ON p.id = i.project_id ORDER BY i.id`,
      ),
    ).toEqual([
      {
        kind: 'visit_in',
        company: '宁德时代新能源科技股份有限公司',
        project: '动力电池生产基地项目',
        summary: '考察园区，确认用地',
        issue: '用电负荷',
        author: '招商服务中心',
      },
      {
        kind: 'call',
        company: '比亚迪股份有限公司',
        project: null,
        summary: '沟通开工手续',
        issue: null,
        author: '招商服务中心',
      },
    ]);
    const issues = await run(db, proposal(await issueLedger(), 'serviceIssues', { onError: 'skip' }));
    expect(issues.counts).toMatchObject({ create: 2, error: 1 });
    expect(
      all(db, `SELECT category, status, closed_on AS closed, resolution FROM service_issues ORDER BY id`),
    ).toEqual([
      { category: 'power', status: 'closed', closed: '2024-04-20', resolution: '已协调供电公司提前接入' },
      { category: 'road', status: 'in_progress', closed: null, resolution: null },
    ]);
  });
});

describe('error report', () => {
  it('lists the rows that did not import, as they were, with the reason', async () => {
    const db = freshDb();
    const p = proposal(await projectLedger(), 'projects');
    const bytes = await errorReport(
      ['序号', '项目名称', '投资方'],
      await errorRows(db, p.grid, p.spec, actor.name, YEARS),
    );
    const rows = openSpreadsheet('report.xlsx', new Uint8Array(bytes)).sheet(0).rows;
    expect(rows[0]?.slice(0, 5)).toEqual(['原表行号', '问题说明', '序号', '项目名称', '投资方']);
    expect(rows[1]?.slice(0, 5)).toEqual([
      12,
      '计划投资：“50万美元”是外币金额，请换算为人民币后填写',
      '8',
      '冷链物流园',
      '某某物流集团有限公司',
    ]);
    expect(rows[2]?.[1]).toBe('签约日期：日期“2024年13月1日”不存在；请填写项目名称');
    expect(rows).toHaveLength(3);
    expect(CODES.catl).toHaveLength(18);
  });
});

describe('updating projects from a newer ledger', () => {
  it('moves a project to the stage the ledger says, records why, and undo puts it back', async () => {
    const db = freshDb();
    await run(db, proposal(await projectLedger(), 'projects', { onError: 'skip' }));
    const id = db.prepare(`SELECT id FROM projects WHERE name = '智能安防产业园'`).pluck().get() as number;
    db.prepare(`UPDATE projects SET stage = 'lead' WHERE id = ?`).run(id);
    const again = await run(
      db,
      proposal(await projectLedger(), 'projects', { onError: 'skip', onDuplicate: 'update' }),
    );
    expect(again.counts).toMatchObject({ create: 0, update: 8 });
    expect(all(db, `SELECT stage FROM projects WHERE id = ${id}`)).toEqual([{ stage: 'negotiating' }]);
    expect(
      all(
        db,
        `SELECT from_stage AS f, to_stage AS t, reason FROM project_stage_history WHERE project_id = ${id} ORDER BY id`,
      ),
    ).toEqual([
      { f: null, t: 'negotiating', reason: null },
      { f: 'lead', t: 'negotiating', reason: '从Excel台账导入' },
    ]);
    undoBatch(db, actor, again.batchId as number);
    expect(all(db, `SELECT stage FROM projects WHERE id = ${id}`)).toEqual([{ stage: 'lead' }]);
  });
});
