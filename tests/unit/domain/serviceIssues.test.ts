import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import {
  closeServiceIssue,
  createServiceIssue,
  deleteServiceIssue,
  getServiceIssue,
  listServiceIssues,
  reopenServiceIssue,
  updateServiceIssue,
} from '../../../main/domain/serviceIssues';
import { historyOf } from '../../../main/domain/store/audit';
import { actor, world } from './fixtures-trips';
import { auditCount, rowCount, ctx, domainError } from '../testDb';

const issue = (projectId: number, over: Record<string, unknown> = {}) => ({
  projectId,
  category: 'power',
  description: '厂区双回路供电尚未接入',
  reportedOn: '2020-01-02',
  dueOn: '2020-01-20',
  ...over,
});

describe('service issues', () => {
  it('takes the company from the project and lists overdue issues first', () => {
    const w = world();
    const late = createServiceIssue(w.db, actor, { ...issue(w.projectId), ownerId: w.memberIds[0] });
    const onTime = createServiceIssue(
      w.db,
      actor,
      issue(w.otherProjectId, { category: 'road', dueOn: '2099-12-31' }),
    );
    expect(late).toMatchObject({
      companyId: w.companyId,
      status: 'open',
      overdue: true,
      ownerName: '赵专员',
    });
    expect(onTime.overdue).toBe(false);

    const page = listServiceIssues(w.db, {});
    expect(page.rows.map((r) => r.id)).toEqual([late.id, onTime.id]);
    const overdue = listServiceIssues(w.db, { filters: { overdue: { type: 'set', values: [true] } } });
    expect(overdue.rows.map((r) => [r.id, r.overdue])).toEqual([[late.id, true]]);
    expect(listServiceIssues(w.db, { q: '舜宇' }).rows.map((r) => r.id)).toEqual([onTime.id]);
    expect(updateServiceIssue(w.db, actor, { id: late.id, patch: { status: 'in_progress' } }).status).toBe(
      'in_progress',
    );
  });

  it('refuses a due date before the report date and a foreign project, writing nothing', () => {
    const w = world();
    const e = domainError(() => createServiceIssue(w.db, actor, issue(w.projectId, { dueOn: '2019-12-31' })));
    expect(e.fields?.dueOn).toBe('办结时限不能早于反映日期');
    const foreign = domainError(() =>
      createServiceIssue(w.db, actor, issue(w.otherProjectId, { companyId: w.companyId })),
    );
    expect(foreign.fields?.projectId).toBe('所选项目不属于所选企业');
    expect(
      domainError(() => createServiceIssue(w.db, actor, issue(w.projectId, { category: 'gas' }))).fields
        ?.category,
    ).toBe('诉求类别取值无效');
    expect(rowCount(w.db, 'service_issues')).toBe(0);
  });

  it('closes only with a resolution and a date, and reopens', () => {
    const w = world();
    const s = createServiceIssue(w.db, actor, issue(w.projectId));
    const audits = auditCount(w.db, 'serviceIssue');
    const noText = domainError(() =>
      closeServiceIssue(w.db, actor, { id: s.id, resolution: ' ', closedOn: '2020-01-15' }),
    );
    expect(noText.fields?.resolution).toBe('请填写办理结果');
    const noDate = domainError(() => closeServiceIssue(w.db, actor, { id: s.id, resolution: '已接入' }));
    expect(noDate.fields?.closedOn).toBe('请填写办结日期');
    const early = domainError(() =>
      closeServiceIssue(w.db, actor, { id: s.id, resolution: '已接入', closedOn: '2019-12-01' }),
    );
    expect(early.fields?.closedOn).toBe('办结日期不能早于反映日期');
    expect(getServiceIssue(w.db, s.id).status).toBe('open');
    expect(auditCount(w.db, 'serviceIssue')).toBe(audits);

    const closed = closeServiceIssue(w.db, actor, {
      id: s.id,
      resolution: '供电公司已完成双回路接入',
      closedOn: '2020-01-18',
    });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2020-01-18', overdue: false });
    expect(
      domainError(() => closeServiceIssue(w.db, actor, { id: s.id, resolution: 'x', closedOn: '2020-01-18' }))
        .code,
    ).toBe('CONFLICT');
    expect(
      domainError(() => updateServiceIssue(w.db, actor, { id: s.id, patch: { status: 'open' } })).code,
    ).toBe('CONFLICT');

    const reopened = reopenServiceIssue(w.db, actor, s.id);
    expect(reopened).toMatchObject({
      status: 'in_progress',
      resolution: null,
      closedOn: null,
      overdue: true,
    });
    expect(domainError(() => reopenServiceIssue(w.db, actor, s.id)).code).toBe('CONFLICT');
    const history = historyOf(w.db, 'serviceIssue', s.id);
    expect(history[1]).toMatchObject({
      action: 'update',
      after: { status: 'closed', resolution: '供电公司已完成双回路接入' },
    });
    deleteServiceIssue(w.db, actor, s.id);
    expect(rowCount(w.db, 'service_issues')).toBe(0);
  });

  it('works through dispatch, refusing unknown extra keys', async () => {
    const w = world();
    const c = ctx(w.db);
    const created = await dispatch(c, 'serviceIssues.create', issue(w.projectId));
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const extra = await dispatch(c, 'serviceIssues.close', {
      id,
      resolution: '已办',
      closedOn: '2020-01-10',
      status: 'closed',
    });
    expect(extra.ok ? null : extra.error.code).toBe('VALIDATION');
    const missing = await dispatch(c, 'serviceIssues.close', { id, closedOn: '2020-01-10' });
    expect(missing.ok ? null : missing.error.fields?.resolution).toBe('请填写办理结果');
    expect(getServiceIssue(w.db, id).status).toBe('open');
  });
});
