import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createStaff, createTeam } from '../../../main/domain/people';
import { changeStage, createProject } from '../../../main/domain/projects';
import { projectBoard } from '../../../main/domain/projects/board';
import type { Board } from '@contract/projects/boardSchema';
import { PROJECT_STAGES } from '@contract/projects/pipelineStages';
import { freshDb } from '../testDb';

const actor = { name: '项目科' };
const YI = 100_000_000;
const column = (board: Board, stage: string) => board.columns.find((c) => c.stage === stage);

function setup() {
  const db = freshDb();
  const company = createCompany(db, actor, { name: '比亚迪汽车工业有限公司' });
  const team = createTeam(db, actor, { name: '新能源汽车专班', kind: 'taskforce' });
  const zhou = createStaff(db, actor, { name: '周专员', teamId: team.id });
  const wu = createStaff(db, actor, { name: '吴专员' });
  const add = (name: string, more: Record<string, unknown> = {}) =>
    createProject(db, actor, { name, companyId: company.id, ...more });
  return { db, company, team, zhou, wu, add };
}

describe('project board', () => {
  it('counts and sums every stage, using the contract figure once there is one', () => {
    const { db, add } = setup();
    add('整车项目', { stage: 'negotiating', plannedAmount: 50 * YI });
    add('电池项目', { stage: 'negotiating', plannedAmount: 3 * YI });
    add('电机项目', { stage: 'negotiating' });
    add('电控项目', { stage: 'signed', plannedAmount: 9 * YI, contractAmount: 10 * YI });
    const board = projectBoard(db, {});
    expect(board.columns.map((c) => c.stage)).toEqual(PROJECT_STAGES.filter((s) => s !== 'dropped'));
    expect(column(board, 'negotiating')).toMatchObject({ count: 3, amount: 53 * YI });
    expect(column(board, 'signed')).toMatchObject({ count: 1, amount: 10 * YI });
    expect(column(board, 'lead')).toMatchObject({ count: 0, amount: 0, cards: [] });
    // Biggest first; a project without an amount goes last.
    expect(column(board, 'negotiating')?.cards.map((c) => c.name)).toEqual([
      '整车项目',
      '电池项目',
      '电机项目',
    ]);
    expect(column(board, 'signed')?.cards[0]).toMatchObject({
      name: '电控项目',
      companyName: '比亚迪汽车工业有限公司',
      amount: 10 * YI,
      daysInStage: 0,
    });
  });

  it('leaves dropped projects out unless asked for', () => {
    const { db, add } = setup();
    const p = add('已放弃项目', { plannedAmount: YI });
    changeStage(db, actor, { id: p.id, stage: 'dropped', reason: '企业转投外省' });
    expect(column(projectBoard(db, {}), 'dropped')).toBeUndefined();
    expect(column(projectBoard(db, {}), 'lead')?.count).toBe(0);
    expect(column(projectBoard(db, { includeDropped: true }), 'dropped')).toMatchObject({
      count: 1,
      amount: YI,
    });
  });

  it('filters by owner, team and industry, totals included', () => {
    const { db, team, zhou, wu, add } = setup();
    add('甲', { ownerId: zhou.id, teamId: team.id, industry: '汽车', plannedAmount: YI });
    add('乙', { ownerId: wu.id, industry: '汽车', plannedAmount: 2 * YI });
    add('丙', { ownerId: wu.id, industry: '新材料', plannedAmount: 4 * YI });
    const names = (q: object) => column(projectBoard(db, q), 'lead')?.cards.map((c) => c.name);
    expect(names({ ownerId: wu.id })).toEqual(['丙', '乙']);
    expect(names({ teamId: team.id })).toEqual(['甲']);
    expect(names({ industry: '汽车' })).toEqual(['乙', '甲']);
    expect(column(projectBoard(db, { industry: '汽车' }), 'lead')?.amount).toBe(3 * YI);
    expect(projectBoard(db, {}).industries).toEqual(['新材料', '汽车'].sort());
  });

  it('sends a page of cards per column and the rest on "more", without overlap', () => {
    const { db, add } = setup();
    for (let i = 1; i <= 25; i++) add(`线索${i}`, { plannedAmount: i * 10_000 });
    for (let i = 1; i <= 3; i++) add(`考察${i}`, { stage: 'visit' });
    const board = projectBoard(db, { perColumn: 10 });
    expect(column(board, 'lead')).toMatchObject({ count: 25 });
    expect(column(board, 'lead')?.cards).toHaveLength(10);
    expect(column(board, 'visit')?.cards).toHaveLength(3);
    const more = projectBoard(db, { perColumn: 10, stage: 'lead', offset: 10 });
    const rest = projectBoard(db, { perColumn: 10, stage: 'lead', offset: 20 });
    expect(more.columns).toHaveLength(1);
    expect(more.columns[0]?.count).toBe(25);
    expect(rest.columns[0]?.cards).toHaveLength(5);
    const all = [board, more, rest].flatMap((b) => column(b, 'lead')?.cards.map((c) => c.name) ?? []);
    expect(all).toEqual(Array.from({ length: 25 }, (_, i) => `线索${25 - i}`));
  });

  it('answers a 10,000-project ledger quickly with only the first cards', () => {
    const { db, company } = setup();
    bulkInsert(db, company.id, 10_000);
    const started = performance.now();
    const board = projectBoard(db, { perColumn: 20 });
    const millis = performance.now() - started;
    expect(board.columns.reduce((n, c) => n + c.count, 0)).toBe(9_000);
    expect(board.columns.reduce((n, c) => n + c.cards.length, 0)).toBe(9 * 20);
    expect(millis).toBeLessThan(1_000);
  });

  it('refuses a bad page size through dispatch in Chinese', async () => {
    const { db } = setup();
    const ctx: ApiContext = { db, actor, databasePath: '', appVersion: '0', emit() {} };
    const r = await dispatch(ctx, 'projects.board', { perColumn: 1000 });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '每列显示数量不能大于100' } });
    const ok = await dispatch(ctx, 'projects.board', { includeDropped: true });
    expect(ok.ok && (ok.value as Board).columns).toHaveLength(10);
  });
});

/** Straight SQL: ten thousand projects through the domain would test the audit log, not the board. */
function bulkInsert(db: Db, companyId: number, n: number): void {
  const insert = db.prepare(
    `INSERT INTO projects (name, company_id, stage, stage_since, drop_reason, planned_amount, created_at, updated_at)
     VALUES (?, ?, ?, '2024-01-01', ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const stage = PROJECT_STAGES[i % PROJECT_STAGES.length] ?? 'lead';
      insert.run(`项目${i}`, companyId, stage, stage === 'dropped' ? '测试' : null, (i % 97) * 1_000_000);
    }
  })();
}
