/**
 * 操作记录 reads as the pages do: every change of every kind of record, made through the
 * contract, shows Chinese field labels, names instead of ids, Chinese labels instead of codes,
 * and money in 万元 — never "moneyUnit：yi", "带队领导：7" or "方式：visit_out".
 */
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '@contract/bridge';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { AuditEntryView } from '@contract/audit/schema';
import { INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import { fieldChanges } from '../../../renderer/src/components/history/changes';
import i18next from 'i18next';
import { resources } from '../../../renderer/src/i18n/resources';
import { freshDb } from '../testDb';

const i18n = i18next.createInstance();
await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
const db = freshDb();
const ctx: ApiContext = { db, actor: { name: '张科长' }, databasePath: '', appVersion: '0', emit() {} };
async function api<K extends ChannelName>(channel: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const result = (await dispatch(ctx, channel, input)) as ApiResult<ApiOutput<K>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** One of everything, edited and partly deleted, as an office would in its first week. */
async function aWeekOfWork(): Promise<void> {
  const team = await api('teams.create', { name: '招商一分队', kind: 'squad' });
  const leader = await api('staff.create', {
    name: '王主任',
    role: 'leader',
    leaderLevel: 'zone',
    teamId: team.id,
  });
  const member = await api('staff.create', { name: '李专员', teamId: team.id });
  await api('teams.update', { id: team.id, patch: { leaderId: leader.id } });
  const company = await api('companies.create', {
    name: '宁德时代新能源科技股份有限公司',
    tier: 'global500',
  });
  const gone = await api('companies.create', { name: '后来删除的企业有限公司' });
  const contact = await api('contacts.create', { companyId: company.id, name: '曾毓群', title: '董事长' });
  const project = await api('projects.create', {
    name: '动力电池生产基地项目',
    companyId: company.id,
    stage: 'negotiating',
    ownerId: member.id,
    plannedAmount: 5_000_000_000,
  });
  await api('projects.update', {
    id: project.id,
    patch: { keyLevel: 'province', contractAmount: 4_500_000_000 },
  });
  await api('interactions.create', {
    companyId: company.id,
    projectId: project.id,
    kind: 'visit_out',
    occurredOn: '2026-05-21',
    summary: '拜访董事长，商谈二期用地',
    staffIds: [leader.id, member.id],
    contactIds: [contact.id],
  });
  const trip = await api('trips.create', {
    title: '长三角招商之旅',
    leaderId: leader.id,
    teamId: team.id,
    startsOn: '2026-05-19',
    endsOn: '2026-05-26',
    memberIds: [member.id],
  });
  await api('trips.update', { id: trip.id, patch: { status: 'done' } });
  const stop = await api('trips.addStop', { tripId: trip.id, adcode: 330100, placeName: '杭州' });
  await api('trips.addVisit', { stopId: stop.id, companyId: company.id, plannedOn: '2026-05-21' });
  await api('trips.addEvent', { stopId: stop.id, kind: 'promotion', title: '杭州专场推介会' });
  await api('receptions.create', {
    startsOn: '2026-06-02',
    endsOn: '2026-06-03',
    companyId: company.id,
    delegation: '宁德时代考察团',
    headcount: 8,
    hostId: leader.id,
  });
  await api('serviceIssues.create', {
    companyId: company.id,
    projectId: project.id,
    category: 'power',
    description: '二期用电增容',
    reportedOn: '2026-06-10',
    ownerId: member.id,
  });
  await api('targets.set', {
    year: 2026,
    indicator: 'contractAmount',
    teamId: team.id,
    value: 2_000_000_000,
  });
  await api('settings.set', { key: 'moneyUnit', value: 'yi' });
  await api('settings.set', { key: 'leaderTripQuota', value: { city: 6, zone: 12 } });
  await api('companies.delete', { id: gone.id });
  await api('projects.update', { id: project.id, patch: { companyId: gone.id } }).catch(() => undefined);
}

describe('操作记录 in plain Chinese', () => {
  it('shows every change of every record kind with labels, names and values as the pages do', async () => {
    await aWeekOfWork();
    const { rows } = await api('audit.recent', { limit: 200 });
    const kinds = new Set(rows.map((e) => e.entity));
    expect([...kinds].sort()).toEqual(
      [
        'company',
        'contact',
        'interaction',
        'project',
        'reception',
        'serviceIssue',
        'setting',
        'staff',
        'stopEvent',
        'stopVisit',
        'target',
        'team',
        'trip',
        'tripStop',
      ].sort(),
    );
    const shown = rows.flatMap((entry: AuditEntryView) =>
      fieldChanges(i18n.t, entry, 'wan').map((c) => ({ entity: entry.entity, ...c })),
    );
    const rawKey = /^[a-z][A-Za-z]*$/;
    const rawCode = /^[a-z]+(_[a-z]+)*$|^[a-z]+[A-Z][A-Za-z]*$/;
    const raw = shown.flatMap((c) => [
      ...(rawKey.test(c.label) ? [`${c.entity}.${c.field} label ${c.label}`] : []),
      ...[c.before, c.after]
        .filter((v) => rawCode.test(v) || (/Ids?$/.test(c.field) && /^[\d、]+$/.test(v)))
        .map((v) => `${c.entity}.${c.field} value ${v}`),
    ]);
    expect([...new Set(raw)]).toEqual([]);
    const find = (entity: string, field: string) =>
      shown.filter((c) => c.entity === entity && c.field === field).map((c) => c.after || c.before);
    expect(find('interaction', 'kind')).toEqual([INTERACTION_KIND_LABELS.visit_out]);
    expect(find('interaction', 'staffIds')).toEqual(['王主任、李专员']);
    expect(find('trip', 'leaderId')).toEqual(['王主任']);
    expect(find('project', 'plannedAmount')).toEqual(['500,000 万元']);
    expect(find('target', 'indicator')).toEqual(['合同投资额']);
    expect(shown.filter((c) => c.entity === 'setting').map((c) => [c.label, c.after])).toEqual([
      ['领导年度外出招商次数', '市级领导 6 次、园区领导 12 次'],
      ['金额显示单位', '亿元'],
    ]);
  });
});
