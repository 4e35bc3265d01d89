import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/domain/companies';
import {
  closeServiceIssue,
  createServiceIssue,
  updateServiceIssue,
} from '../../../main/domain/serviceIssues';
import { serviceIssueStats } from '../../../main/domain/serviceIssues/stats';
import { freshDb } from '../testDb';
import { clerk } from './helpers';

describe('企业诉求 figures', () => {
  it('gives closure rate and average days to close, for all years or one', () => {
    const db = freshDb();
    const { id: companyId } = createCompany(db, clerk, { name: '立讯精密工业股份有限公司' });
    const raise = (reportedOn: string, dueOn: string | null = null) =>
      createServiceIssue(db, clerk, {
        companyId,
        category: 'approval',
        description: '环评批复办理',
        reportedOn,
        dueOn,
      });
    expect(serviceIssueStats(db, {})).toMatchObject({ total: 0, closureRate: null, avgDaysToClose: null });

    const a = raise('2025-12-01');
    const b = raise('2026-01-10');
    const c = raise('2026-02-01', '2026-02-10');
    raise('2026-02-15', '2099-01-01');
    closeServiceIssue(db, clerk, { id: a.id, resolution: '已批复', closedOn: '2025-12-11' });
    closeServiceIssue(db, clerk, { id: b.id, resolution: '已协调', closedOn: '2026-01-31' });
    updateServiceIssue(db, clerk, { id: c.id, patch: { status: 'in_progress' } });

    expect(serviceIssueStats(db, {}, '2026-03-01')).toEqual({
      total: 4,
      open: 1,
      inProgress: 1,
      closed: 2,
      overdue: 1,
      closureRate: 0.5,
      avgDaysToClose: 15.5,
    });
    expect(serviceIssueStats(db, { year: 2026 }, '2026-03-01')).toMatchObject({
      total: 3,
      closed: 1,
      closureRate: 1 / 3,
      avgDaysToClose: 21,
    });
    expect(() => serviceIssueStats(db, { year: 1900 })).toThrow('年份无效');
  });
});
