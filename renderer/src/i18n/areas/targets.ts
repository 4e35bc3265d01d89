// 目标任务 strings, zh-CN first; `en` must have the same shape.
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

export const en: typeof zh = {
  targets: {
    title: 'Targets',
    year: '{{year}}',
    hint: 'Double-click a cell to set a target, Enter to save; clear it to remove the target. Money targets in 亿元 (e.g. 74.2).',
    indicator: 'Indicator',
    unit: 'Unit',
    office: 'Office target',
    actual: 'Done this year',
    rate: '% done',
    teamsSum: 'Sum of teams',
    copyLast: 'Copy {{year}} targets',
    copyConfirm:
      'Copy the {{count}} targets of {{from}} to {{to}}? Targets already set for {{to}} are replaced.',
    copyNone: 'No targets set for {{year}}',
    copied: '{{count}} targets copied',
    saved: 'Saved: {{name}} {{value}}',
    removed: 'Removed: {{name}}',
    notNumber: 'Enter a number, e.g. 12.5',
    noTeams:
      'No teams yet: only office targets can be set. Once teams exist, split the targets among them here.',
    units: { count: '', personTimes: 'person-times', percent: '%', times: 'times', companies: 'companies' },
  },
};
