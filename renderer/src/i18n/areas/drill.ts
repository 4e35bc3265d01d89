// Drill-down strings (the tag a list shows when a figure opened it) (Chinese only: the app has no English mode).
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
