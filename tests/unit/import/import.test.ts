import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/domain/companies';
import { DomainError } from '@contract/shared/errors';
import { undoBatch } from '../../../main/domain/undo/undo';
import { CODES, projectLedger } from '../../fixtures/ledgers';
import { freshDb } from '../testDb';
import { actor, all, preview, proposal, run } from './helpers';
import { rowCount } from '../testDb';

const ledger = async () => new Uint8Array(await projectLedger());

describe('preview of a messy project ledger', () => {
  it('skips blank, 合计 and note rows, and names each bad row with its reason', async () => {
    const db = freshDb();
    const result = await preview(db, proposal(await ledger(), 'projects'));
    expect(result.total).toBe(13);
    expect(result.counts).toMatchObject({ create: 8, error: 2, skip: 0, update: 0 });
    expect(result.skippedRows.map((s) => [s.label, s.rows])).toEqual([
      ['空行', [7]],
      ['合计行', [15]],
      ['表尾说明', [16]],
    ]);
    const errors = result.rows.filter((r) => r.action === 'error');
    expect(errors.map((r) => [r.row, r.problems.map((p) => p.message)])).toEqual([
      [12, ['计划投资：“50万美元”是外币金额，请换算为人民币后填写']],
      [13, ['签约日期：日期“2024年13月1日”不存在', '项目阶段：“在谈”按“洽谈”导入', '请填写项目名称']],
    ]);
    expect(result.blocked).toBe(true);
    expect(result.related).toEqual({ companies: 7, contacts: 2, staff: 3, teams: 3 });
    // A preview writes nothing.
    expect(rowCount(db, 'companies') + rowCount(db, 'projects') + rowCount(db, 'audit_batches')).toBe(0);
  });
});

describe('import', () => {
  it('writes every good row with amounts in yuan, ISO dates, stages, companies and contacts', async () => {
    const db = freshDb();
    const result = await run(db, proposal(await ledger(), 'projects', { onError: 'skip' }));
    expect(result.counts).toMatchObject({ create: 8, error: 2 });
    expect(result.batchId).not.toBeNull();
    const projects = all(
      db,
      `SELECT p.name, c.name AS company, p.stage, p.planned_amount AS planned, p.contract_amount AS contract,
         p.signed_on AS signed, o.name AS owner, t.name AS team, p.drop_reason AS reason
       FROM projects p LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN staff o ON o.id = p.owner_id
       LEFT JOIN teams t ON t.id = p.team_id ORDER BY p.id`,
    );
    expect(projects.slice(0, 2)).toEqual([
      {
        name: '动力电池生产基地项目',
        company: '宁德时代新能源科技股份有限公司',
        stage: 'signed',
        planned: 8_457_000_000,
        contract: 30_000_000,
        signed: '2024-01-08',
        owner: '王主任',
        team: '招商一局',
        reason: null,
      },
      {
        name: '新能源整车零部件项目',
        company: '比亚迪股份有限公司',
        stage: 'started',
        planned: 500_000_000,
        contract: 80_000_000,
        signed: '2024-03-15',
        owner: '李科长',
        team: '招商二局',
        reason: null,
      },
    ]);
    expect(projects.map((p) => p.stage)).toEqual([
      'signed',
      'started',
      'negotiating',
      'negotiating',
      'signed',
      'dropped',
      'signed',
      'started',
    ]);
    expect(projects[3]).toMatchObject({ signed: '2024-05-21' });
    expect(projects[5]).toMatchObject({ reason: '终止（企业资金链断裂）' });
    // 长城汽车（邳州） and 长城汽车(邳州) are one company.
    expect(all(db, `SELECT count(*) AS n FROM companies WHERE name LIKE '长城汽车%'`)).toEqual([{ n: 1 }]);
    expect(all(db, `SELECT name, mobile, phone FROM contacts ORDER BY id`)).toEqual([
      { name: '曾董事长', mobile: '13800138000', phone: null },
      { name: '王总', mobile: '13900139000', phone: '0571-88886666转123' },
    ]);
    expect(all(db, `SELECT notes FROM projects WHERE name = '生物医药中试基地'`)).toEqual([
      { notes: '项目进展：已签约，正在办理注册' },
    ]);
    // Each milestone a row dates is a step of its history: the two 开工 rows and the 终止 one were signed first.
    expect(rowCount(db, 'project_stage_history')).toBe(11);
    // One batch, a few id ranges: no audit row per imported record.
    expect(rowCount(db, 'audit_batches')).toBe(1);
    expect(rowCount(db, 'audit_log')).toBe(0);
    expect(all(db, `SELECT entity, first_id AS f, last_id AS l FROM audit_batch_rows ORDER BY id`)).toEqual([
      { entity: 'company', f: 1, l: 7 },
      { entity: 'team', f: 1, l: 3 },
      { entity: 'staff', f: 1, l: 3 },
      { entity: 'project', f: 1, l: 8 },
      { entity: 'contact', f: 1, l: 2 },
    ]);
  });

  it('with errors set to block, writes nothing and says which row stopped it', async () => {
    const db = freshDb();
    let error: unknown;
    try {
      await run(db, proposal(await ledger(), 'projects'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as Error).message).toBe(
      '第 12 行：计划投资：“50万美元”是外币金额，请换算为人民币后填写。导入已取消，未写入任何数据。',
    );
    for (const t of ['companies', 'projects', 'contacts', 'staff', 'teams', 'audit_batches'])
      expect(rowCount(db, t)).toBe(0);
  });

  it('is undone as one batch, related companies, staff and teams included', async () => {
    const db = freshDb();
    const existing = createCompany(db, actor, {
      name: '宁德时代新能源科技股份有限公司（旧称）',
      creditCode: CODES.catl,
    });
    const result = await run(db, proposal(await ledger(), 'projects', { onError: 'skip' }));
    // Matched by credit code, not created again under the ledger's spelling.
    expect(all(db, `SELECT company_id AS c FROM projects WHERE name = '动力电池生产基地项目'`)).toEqual([
      { c: existing.id },
    ]);
    undoBatch(db, actor, result.batchId as number);
    for (const t of ['projects', 'contacts', 'staff', 'teams', 'project_stage_history'])
      expect(rowCount(db, t)).toBe(0);
    expect(all(db, `SELECT id FROM companies`)).toEqual([{ id: existing.id }]);
  });

  it('cancel rolls back everything done so far', async () => {
    const db = freshDb();
    const controller = new AbortController();
    const seen: number[] = [];
    let error: unknown;
    try {
      await run(db, proposal(await ledger(), 'projects', { onError: 'skip' }), {
        chunk: 3,
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 6) controller.abort();
        },
      });
    } catch (e) {
      error = e;
    }
    expect((error as DomainError).code).toBe('CANCELLED');
    expect(seen).toEqual([3, 6]);
    for (const t of ['companies', 'projects', 'audit_batches', 'audit_batch_rows'])
      expect(rowCount(db, t)).toBe(0);
  });
});
