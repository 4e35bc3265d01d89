// 目标任务 strings (Chinese only: the app has no English mode).
export const zh = {
  targets: {
    title: '目标任务',
    year: '{{year}}年',
    hint: '双击单元格填写目标，回车保存；清空即删除该目标。金额目标按亿元填写（如 74.2）。',
    indicator: '指标',
    unit: '单位',
    office: '全办目标',
    actual: '本年完成',
    rate: '完成率',
    teamsSum: '各队合计',
    copyLast: '复制{{year}}年目标',
    copyConfirm: '把{{from}}年的 {{count}} 项目标复制到{{to}}年？{{to}}年已有的目标会被覆盖。',
    copyNone: '{{year}}年没有目标可复制',
    copied: '已复制 {{count}} 项目标',
    saved: '已保存：{{name}} {{value}}',
    removed: '已删除：{{name}}',
    notNumber: '请输入数字，例如 12.5',
    noTeams: '还没有小分队，目前只能设定全办目标。建立小分队后，可在此把目标分解到各队。',
    units: { count: '个', personTimes: '人次', percent: '%', times: '次', companies: '家' },
  },
};
