// 来访接待 strings (Chinese only: the app has no English mode).
import { FIELD_NAMES as F } from '@contract/shared/glossary';
export const zh = {
  receptions: {
    title: '来访接待',
    new: '新增接待',
    newTitle: '新增来访接待',
    editTitle: '编辑来访接待',
    searchPlaceholder: '按来访团组、企业、接待领导搜索',
    total: '共 {{count}} 批',
    emptyHint: '还没有来访接待记录。客商来考察时点击“新增接待”登记，或在工作台载入演示数据。',
    deleteConfirm: '删除这条接待记录（{{name}}）？',
    yearTotals: '{{year}}年{{text}}',
    allYears: '全部年份',
    fields: {
      dates: '到访 — 离开',
      startsOn: '到访日期',
      endsOn: '离开日期',
      delegation: '来访团组',
      companyId: '企业',
      companyName: '企业',
      projectId: '关联项目',
      projectName: '关联项目',
      headcount: '来访人数',
      hostId: F.reception.hostId,
      hostName: F.reception.hostId,
      itinerary: '考察行程',
      outcome: '接待成效',
      days: '天数',
      updatedAt: '更新时间',
    },
    placeholders: {
      delegation: '如：比亚迪股份有限公司考察团',
      itinerary: '如：上午参观园区标准厂房，下午召开项目对接座谈会',
      outcome: '如：达成初步投资意向，约定下月签署框架协议',
    },
  },
};
