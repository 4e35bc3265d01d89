import {
  PROJECT_STAGES,
  STAGE_LABELS,
  STAGE_MILESTONE,
  stageIndex,
  type ProjectStage,
} from '@contract/projects/pipelineStages';
import type { Values } from '../convert';
import { TARGET_FIELDS } from '@contract/importers/fields';
import type { RowProblem } from '@contract/importers/schema';

/** More than any single project an office signs (1 000 亿元): most likely a unit typed wrong. */
export const MAX_PROJECT_YUAN = 100_000_000_000;
/** A 合同投资 this many times the 计划投资 is more likely a typo than a bigger signature. */
export const CONTRACT_OVER_PLAN = 3;

const AMOUNTS = ['plannedAmount', 'contractAmount', 'annualPlanAmount', 'completedAmount'] as const;
/** Dates of things that already happened (every milestone but 终止): none can be after today. */
const PAST_EVENTS = PROJECT_STAGES.map((s) => STAGE_MILESTONE[s]).filter(
  (m): m is NonNullable<typeof m> => m !== null && m !== 'droppedOn',
);

const label = (key: string): string => TARGET_FIELDS.projects.find((f) => f.key === key)?.label ?? key;
const yi = (yuan: number): string =>
  `${(yuan / 100_000_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 亿元`;

/**
 * Values a ledger can hold but a project rarely has: warned with the row, imported as written.
 * A field that already carries a warning (a date the stage check flagged) is not warned twice.
 */
export function implausible(
  values: Values,
  explicitStage: boolean,
  today: string,
  problems: RowProblem[],
): void {
  const warn = (field: string, message: string): void =>
    void problems.push({ field, message: `${label(field)}：${message}`, level: 'warning' });
  const warned = (field: string): boolean => problems.some((p) => p.field === field && p.level !== 'info');

  for (const key of AMOUNTS) {
    const v = values[key];
    if (typeof v === 'number' && v > MAX_PROJECT_YUAN)
      warn(key, `${yi(v)}，超过单个项目 1,000 亿元，请核对金额和单位`);
  }
  const { plannedAmount: planned, contractAmount: contract } = values;
  if (typeof planned === 'number' && typeof contract === 'number' && planned > 0)
    if (contract > planned * CONTRACT_OVER_PLAN)
      warn(
        'contractAmount',
        `${yi(contract)}，是计划投资（${yi(planned)}）的 ${(contract / planned).toFixed(1)} 倍，请核对`,
      );

  for (const key of PAST_EVENTS) {
    const date = values[key];
    if (typeof date === 'string' && date > today && !warned(key))
      warn(key, `${date} 晚于今天（${today}），已发生的事项日期不应在将来，请核对`);
  }

  // A stage written in the ledger that is behind a milestone the same row already dates.
  const stage = values.stage as ProjectStage | undefined;
  if (!explicitStage || !stage || stage === 'dropped') return;
  const ahead = PROJECT_STAGES.slice(stageIndex(stage) + 1)
    .map((later) => (later === 'dropped' ? null : STAGE_MILESTONE[later]))
    .filter((m): m is NonNullable<typeof m> => m !== null && typeof values[m] === 'string');
  if (ahead.length === 0) return;
  problems.push({
    field: 'stage',
    message: `项目阶段：写的是“${STAGE_LABELS[stage]}”，但本行已填${ahead.map((m) => `${label(m)}（${values[m] as string}）`).join('、')}，请核对`,
    level: 'warning',
  });
}
