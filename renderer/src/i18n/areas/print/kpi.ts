// Strings of the printed 指标表 (print.kpi), zh-CN first; `en` must have the same shape.
export const zh = {
  indicator: '指标',
  week: '本周完成',
  year: '年度累计',
  target: '年度目标',
  done: '完成进度',
  elapsed: '序时进度',
  state: '状态',
  behind: '滞后',
  ok: '正常',
  noTarget: '未设目标',
  unit: '单位',
  gap: '较序时进度（个百分点）',
};

export const en: typeof zh = {
  indicator: 'Indicator',
  week: 'This week',
  year: 'Year to date',
  target: 'Annual target',
  done: 'Done',
  elapsed: 'Time elapsed',
  state: 'State',
  behind: 'Behind',
  ok: 'On track',
  noTarget: 'No target',
  unit: 'Unit',
  gap: 'Against time (points)',
};
