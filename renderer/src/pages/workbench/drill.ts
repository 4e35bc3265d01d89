import type { DrillInput } from '@contract/indicators/drillSchema';
import type { BreakdownDimension, CycleKind } from '@contract/indicators/schema';
import { PRE_SIGNING_STAGES, type ProjectStage } from '@contract/projects/pipelineStages';
import type { IndicatorCode } from '@contract/targets/indicators';
import { drillUrl } from '../../grid/drillLink';

/**
 * Where each figure of the dashboard leads: the list of the records behind it. A link names the
 * figure, the period (with its statistics day) and the team; the list asks the domain for the
 * records by the same definition the figure was counted with (main/domain/indicators/figures.ts).
 */
export interface DrillScope {
  from: string;
  to: string;
  /** The statistics day the figures were counted on. */
  asOf: string;
  teamId: number | null;
}

const link = (s: DrillScope, label: string, d: Omit<DrillInput, 'from' | 'to' | 'asOf' | 'teamId'>) =>
  drillUrl(label, { from: s.from, to: s.to, asOf: s.asOf, teamId: s.teamId, ...d });

/** A KPI card, a 目标任务 row or a team's row of the ranking. */
export const kpiUrl = (code: IndicatorCode, s: DrillScope, label: string): string =>
  link(s, label, { figure: code });

/** A funnel stage: the projects in it now, or those that reached it within the period. */
export const stageUrl = (stage: ProjectStage, s: DrillScope, label: string): string =>
  link(s, label, { figure: PRE_SIGNING_STAGES.includes(stage) ? 'stageNow' : 'stageReached', key: stage });

export const droppedUrl = (s: DrillScope, label: string): string => link(s, label, { figure: 'dropped' });

/** One month of the trend: its signings, or the projects with money arrived in it. */
export const monthUrl = (
  month: string,
  s: DrillScope,
  label: string,
  what: 'signed' | 'arrived' = 'signed',
) => link(s, label, { figure: what === 'signed' ? 'signedInMonth' : 'arrivedInMonth', key: month });

/** One slice of a breakdown (null key = 未填写): the period's signings, or the 亿元以上 in talks. */
export const dimensionUrl = (
  dimension: BreakdownDimension,
  key: string | number | null,
  s: DrillScope,
  label: string,
  what: 'signed' | 'talks' = 'signed',
): string => link(s, label, { figure: what === 'signed' ? 'signedBy' : 'talksBy', dimension, key });

/** A person's open projects, or only those with a follow-up overdue on the statistics day. */
export const ownerUrl = (staffId: number, overdue: boolean, s: DrillScope, label: string): string =>
  link({ ...s, teamId: null }, label, { figure: overdue ? 'ownerOverdue' : 'ownerOpen', key: staffId });

/** The projects a speed figure was measured on. */
export const cycleUrl = (kind: CycleKind, s: DrillScope, label: string): string =>
  link(s, label, { figure: 'cycle', key: kind });

export const sameYearUrl = (s: DrillScope, label: string): string =>
  link(s, label, { figure: 'sameYearProduced' });

export const projectUrl = (id: number): string => `#/projects?open=${id}`;
