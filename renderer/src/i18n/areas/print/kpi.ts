// Strings of the printed 指标表 (print.kpi) (Chinese only: the app has no English mode).
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
