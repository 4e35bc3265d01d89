// The indicators of 目标任务 and the director's dashboard, computed from the records with
// plain SQL over indexed date columns: never typed in twice.
export { breakdown } from './breakdown';
export { cycleTimes } from './cycleTimes';
export { funnel } from './funnel';
export { kpis } from './kpis';
export { ranking } from './ranking';
export { trend } from './trend';
export { workload } from './workload';
