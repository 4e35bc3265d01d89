import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { changeStage, createProject, getProject, stageHistory } from '../../../main/domain/projects';
import { bulkChangeStage } from '../../../main/domain/projects/bulk';
import { ctx, domainError } from '../testDb';
import { freshDb } from '../testDb';

const actor = { name: '项目科' };

const historyCount = (db: ReturnType<typeof freshDb>): number =>
  (db.prepare(`SELECT count(*) AS n FROM project_stage_history`).get() as { n: number }).n;

describe('a stage history that could have happened', () => {
  it('refuses a change dated before the previous one, naming it, and writes nothing', () => {
    const db = freshDb();
    const p = createProject(db, actor, { name: '电池项目', stageSince: '2024-01-10' });
    changeStage(db, actor, { id: p.id, stage: 'contact', on: '2024-03-01' });
    const before = historyCount(db);
    const e = domainError(() => changeStage(db, actor, { id: p.id, stage: 'visit', on: '2024-02-20' }));
    expect(e.fields?.on).toBe('变更日期不能早于上一次阶段变更（2024-03-01 进入“接洽”）');
    expect(getProject(db, p.id).stage).toBe('contact');
    expect(historyCount(db)).toBe(before);
    // The same day as the last change is possible: two meetings can move a project twice a day.
    expect(changeStage(db, actor, { id: p.id, stage: 'visit', on: '2024-03-01' }).stage).toBe('visit');
  });

  it('refuses a change dated before the stage the project was entered with', () => {
    const db = freshDb();
    const p = createProject(db, actor, { name: '整车项目', stage: 'negotiating', stageSince: '2024-05-01' });
    const e = domainError(() =>
      changeStage(db, actor, { id: p.id, stage: 'signed', on: '2024-04-30', contractAmount: 1e9 }),
    );
    expect(e.fields?.on).toBe('变更日期不能早于项目录入时的阶段日期（2024-05-01，“洽谈”）');
    expect(stageHistory(db, p.id)).toHaveLength(1);
  });

  it('a bulk change and a kanban move (the contract) are held to the same dates', async () => {
    const db = freshDb();
    const ids = ['甲', '乙'].map(
      (n, i) =>
        createProject(db, actor, { name: `${n}项目`, stageSince: i ? '2024-06-01' : '2024-01-01' }).id,
    );
    const e = domainError(() => bulkChangeStage(db, actor, { ids, stage: 'contact', on: '2024-05-01' }));
    expect(e.message).toContain('乙项目');
    expect(e.message).toContain('不能早于项目录入时的阶段日期');
    expect(ids.map((id) => getProject(db, id).stage)).toEqual(['lead', 'lead']);

    const moved = await dispatch(ctx(db), 'projects.changeStage', {
      id: ids[1],
      stage: 'contact',
      on: '2024-05-31',
    });
    expect(moved.ok).toBe(false);
    expect(moved.ok ? '' : moved.error.message).toContain('2024-06-01');
  });

  it('签约 needs the contract amount, or says on purpose that it is not known yet', async () => {
    const db = freshDb();
    const p = createProject(db, actor, { name: '芯片项目', stage: 'negotiating', stageSince: '2024-01-01' });
    const e = domainError(() => changeStage(db, actor, { id: p.id, stage: 'signed', on: '2024-02-01' }));
    expect(e.fields?.contractAmount).toContain('合同投资额暂不明确');
    expect(getProject(db, p.id).stage).toBe('negotiating');

    const signed = await dispatch(ctx(db), 'projects.changeStage', {
      id: p.id,
      stage: 'signed',
      on: '2024-02-01',
      contractAmount: 1_200_000_000,
    });
    expect(signed.ok).toBe(true);
    expect(getProject(db, p.id)).toMatchObject({ signedOn: '2024-02-01', contractAmount: 1_200_000_000 });

    const q = createProject(db, actor, { name: '光伏项目', stage: 'negotiating', stageSince: '2024-01-01' });
    changeStage(db, actor, { id: q.id, stage: 'signed', on: '2024-02-02', contractAmountUnknown: true });
    expect(getProject(db, q.id).contractAmount).toBeNull();
    expect(stageHistory(db, q.id).at(-1)).toMatchObject({ toStage: 'signed', reason: '合同投资额暂不明确' });
  });
});
