import { addDays } from '@contract/indicators/period';
import { creditCodeCheckChar } from '@contract/shared/creditCode';
import { todayLocal } from '@contract/shared/time';
import type { ImportTarget } from '@contract/importers/fields';

/** Written in the 序号 column of a template's example row; the import skips such a row. */
export const EXAMPLE_MARK = '示例';

// The example's credit code carries a real check character, so the row reads as the office's would.
const CODE_BASE = '91320301MA1XK8L3P';
const CREDIT_CODE = CODE_BASE + (creditCodeCheckChar(CODE_BASE) ?? '');

/**
 * One filled-in row per template, as the office would write it: labels as shown in the app,
 * amounts in yuan (written in 万元), dates counted back from today so none lies in the future.
 * Without its 示例 mark the row imports cleanly (tests/unit/import/templates.test.ts).
 */
export function exampleRow(target: ImportTarget): Record<string, unknown> {
  const today = todayLocal();
  const day = (n: number): string => addDays(today, n);
  const company = { companyName: '徐州恒远新材料有限公司', companyCreditCode: CREDIT_CODE };
  const contact = { contactName: '王建国', contactTitle: '董事长', contactPhone: '13912345678' };
  const rows: Record<ImportTarget, Record<string, unknown>> = {
    companies: {
      name: company.companyName,
      creditCode: CREDIT_CODE,
      industry: '新材料',
      chain: '新能源汽车及零部件',
      tier: '专精特新',
      isChainLeader: '否',
      hqAdcode: '江苏省徐州市',
      hqAddress: '徐州经济技术开发区高新路 18 号',
      sourceChannel: '商会推荐',
      registeredCapital: 50_000_000,
      website: 'www.hengyuan-example.cn',
      intro: '主营锂电池正极材料，年产能 2 万吨',
      talkingPoints: '扩产选址，关注用地和电价',
      ...contact,
      notes: '',
    },
    contacts: {
      ...company,
      name: '王建国',
      title: '董事长',
      phones: '13912345678',
      mobile: '',
      phone: '0516-87771234',
      wechat: 'wangjg_hy',
      email: 'wangjg@hengyuan-example.cn',
      isKey: '是',
      notes: '',
    },
    projects: {
      name: '年产 5 万吨锂电池正极材料项目',
      ...company,
      stage: '签约',
      stageSince: day(-30),
      dropReason: '',
      industry: '新材料',
      chain: '新能源汽车及零部件',
      sourceChannel: '以商招商',
      plannedAmount: 1_200_000_000,
      contractAmount: 1_000_000_000,
      annualPlanAmount: 300_000_000,
      completedAmount: 0,
      keyLevel: '市重点',
      isIndustrial: '是',
      site: '新能源产业园',
      landMu: 150,
      teamName: '招商一分队',
      ownerName: '张伟',
      firstContactOn: day(-120),
      signedOn: day(-30),
      registeredOn: '',
      startedOn: '',
      producedOn: '',
      fullOn: '',
      nextFollowUpOn: day(14),
      nextFollowUpNote: '协调办理用地手续',
      ...contact,
      notes: '',
    },
    interactions: {
      occurredOn: day(-7),
      ...company,
      projectName: '年产 5 万吨锂电池正极材料项目',
      kind: '来访考察',
      place: '管委会 3 楼会议室',
      theirAttendeesText: '王建国（董事长）、李明（财务总监）',
      summary: '企业实地考察新能源产业园，初步确定一期用地 150 亩',
      stickingPoints: '电价和用工成本',
      promises: '协调供电公司出具供电方案',
      nextStep: '报送供电方案',
      nextStepOn: day(7),
      nextStepDone: '否',
      createdBy: '张伟',
    },
    serviceIssues: {
      ...company,
      projectName: '年产 5 万吨锂电池正极材料项目',
      category: '用电',
      description: '二期厂房需新增 10 千伏专线',
      reportedOn: day(-10),
      ownerName: '张伟',
      dueOn: day(20),
      status: '办理中',
      resolution: '',
      closedOn: '',
    },
  };
  return rows[target];
}
