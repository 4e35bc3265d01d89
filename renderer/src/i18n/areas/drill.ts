// Drill-down strings (the tag a list shows when a figure opened it), zh-CN first; `en` has the same shape.
export const zh = {
  drill: {
    closure: '已办结 {{done}} 件 / 受理 {{total}} 件，办结率 {{rate}}%',
    personTimes: '人次',
    sum: {
      contractAmount: '合同投资额合计 {{value}}',
      plannedAmount: '计划投资合计 {{value}}',
      arrivedAmount: '本期实到合计 {{value}}',
      openAmount: '投资额合计 {{value}}',
      headcount: '接待客商合计 {{value}}',
    },
  },
};

export const en: typeof zh = {
  drill: {
    closure: '{{done}} of {{total}} closed, {{rate}}%',
    personTimes: ' person-times',
    sum: {
      contractAmount: 'contract investment {{value}}',
      plannedAmount: 'planned investment {{value}}',
      arrivedAmount: 'arrived in the period {{value}}',
      openAmount: 'investment {{value}}',
      headcount: 'visitors {{value}}',
    },
  },
};
