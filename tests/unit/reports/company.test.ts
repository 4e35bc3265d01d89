import { describe, expect, it } from 'vitest';
import { companyReport } from '../../../main/domain/reports';
import type { DomainError } from '@contract/shared/errors';
import { HIK_CODE, ledger, WAN, YI } from './ledger';

describe('客商简报 (reports.company)', () => {
  const w = ledger();
  const brief = companyReport(w.db, { id: w.hik });

  it('profile: credit code, chain leader, tier and headquarters spelled out', () => {
    expect(brief.company).toMatchObject({ name: '杭州海康威视数字技术股份有限公司', creditCode: HIK_CODE });
    expect(brief.company.isChainLeader).toBe(true);
    expect(brief.company.tier).toBe('china500');
    expect(brief.hqRegion).toBe('浙江省 杭州市 滨江区');
    expect(brief.company.talkingPoints).toBe('强调园区标准厂房可在三个月内交付');
  });

  it('key contacts come first', () => {
    expect(brief.contacts.map((c) => [c.name, c.title])).toEqual([
      ['陈董事长', '董事长'],
      ['王经理', '投资发展部经理'],
    ]);
  });

  it('every project with stage and amounts, the signed and big ones first', () => {
    expect(
      brief.projects.map((p) => [p.name, p.stage, p.plannedAmount, p.contractAmount, p.arrivedAmount]),
    ).toEqual([
      ['海康智能制造基地', 'signed', 5 * YI, 3 * YI, 5000 * WAN],
      ['海康研发中心', 'lead', 8000 * WAN, null, 0],
    ]);
  });

  it('the last three meetings, newest first, with sticking points and promises; the others are counted', () => {
    expect(brief.interactions.map((i) => i.occurredOn)).toEqual(['2024-05-21', '2024-05-06', '2024-04-12']);
    expect(brief.interactionsTotal).toBe(6);
    expect(brief.interactions[1]).toMatchObject({
      stickingPoints: '用地指标需市里协调',
      promises: '两周内答复用地方案',
    });
    expect(brief.interactions[0]?.staffNames).toBe('梁主任');
  });

  it('only the issues still open, flagged when past their due date', () => {
    expect(brief.openIssues.map((s) => [s.description, s.status, s.overdue])).toEqual([
      ['厂区双回路供电尚未接通', 'open', true],
    ]);
    expect(companyReport(w.db, { id: w.yuyao }).openIssues).toEqual([]);
  });

  it('a company that is gone is NOT_FOUND in Chinese; a bad id is refused', () => {
    const gone = (() => {
      try {
        companyReport(w.db, { id: 999 });
      } catch (e) {
        return e as DomainError;
      }
      return null;
    })();
    expect(gone?.code).toBe('NOT_FOUND');
    expect(gone?.message).toContain('企业');
    expect(() => companyReport(w.db, { id: -1 })).toThrow('企业编号无效');
  });
});
