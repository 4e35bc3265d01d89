import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import {
  createReception,
  deleteReception,
  getReception,
  listReceptions,
  updateReception,
} from '../../../main/domain/receptions';
import { historyOf } from '../../../main/domain/store/audit';
import { actor, world } from './fixtures-trips';
import { rowCount, ctx, domainError } from '../testDb';

describe('receptions', () => {
  it('round-trips a delegation visit with names in the list', () => {
    const w = world();
    const r = createReception(w.db, actor, {
      startsOn: '2024-04-10',
      endsOn: '2024-04-11',
      projectId: w.projectId,
      delegation: '海康威视考察团（副总裁带队）',
      headcount: 6,
      hostId: w.leaderId,
      itinerary: '参观标准厂房，座谈',
    });
    expect(r.companyId).toBe(w.companyId);
    expect(getReception(w.db, r.id)).toMatchObject({
      companyName: '海康威视数字技术股份有限公司',
      projectName: '智能安防产业园项目',
      hostName: '王主任',
      days: 2,
    });
    const updated = updateReception(w.db, actor, {
      id: r.id,
      patch: { outcome: '达成投资意向', headcount: 7 },
    });
    expect(updated).toMatchObject({ outcome: '达成投资意向', headcount: 7 });
    const page = listReceptions(w.db, { q: '海康', sort: [{ col: 'headcount', dir: 'desc' }] });
    expect(page.rows.map((x) => x.id)).toEqual([r.id]);
    expect(historyOf(w.db, 'reception', r.id).map((h) => h.action)).toEqual(['update', 'create']);
    deleteReception(w.db, actor, r.id);
    expect(rowCount(w.db, 'receptions')).toBe(0);
  });

  it('refuses bad dates, no visitors and a missing host, writing nothing', () => {
    const w = world();
    const base = { startsOn: '2024-04-10', endsOn: '2024-04-11', delegation: '客商团', headcount: 3 };
    expect(
      domainError(() => createReception(w.db, actor, { ...base, endsOn: '2024-04-09' })).fields?.endsOn,
    ).toBe('离开日期不能早于到访日期');
    expect(domainError(() => createReception(w.db, actor, { ...base, headcount: 0 })).fields?.headcount).toBe(
      '来访人数应大于0',
    );
    expect(
      domainError(() => createReception(w.db, actor, { ...base, hostId: 777 })).fields?.hostId,
    ).toContain('不存在');
    expect(rowCount(w.db, 'receptions')).toBe(0);
    const r = createReception(w.db, actor, base);
    const e = domainError(() =>
      updateReception(w.db, actor, { id: r.id, patch: { startsOn: '2024-04-12' } }),
    );
    expect(e.fields?.endsOn).toBe('离开日期不能早于到访日期');
    expect(getReception(w.db, r.id).startsOn).toBe('2024-04-10');
  });

  it('works through dispatch, refusing unknown extra keys', async () => {
    const w = world();
    const c = ctx(w.db);
    const ok = await dispatch(c, 'receptions.create', {
      startsOn: '2024-05-01',
      endsOn: '2024-05-01',
      delegation: '商会代表团',
      headcount: 12,
    });
    expect(ok.ok).toBe(true);
    const extra = await dispatch(c, 'receptions.create', {
      startsOn: '2024-05-01',
      endsOn: '2024-05-01',
      delegation: '商会代表团',
      headcount: 12,
      vip: true,
    });
    expect(extra.ok ? null : extra.error.code).toBe('VALIDATION');
    const list = await dispatch(c, 'receptions.list', {});
    expect(list.ok && (list.value as { total: number }).total).toBe(1);
  });
});
