// Pure: the renderer imports this for pipeline columns, badges and stage pickers.

/** In pipeline order; `dropped` sits outside the line and is last. */
export const PROJECT_STAGES = [
  'lead',
  'contact',
  'visit',
  'negotiating',
  'signed',
  'registered',
  'started',
  'producing',
  'full',
  'dropped',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const STAGE_LABELS: Record<ProjectStage, string> = {
  lead: '线索',
  contact: '接洽',
  visit: '考察',
  negotiating: '洽谈',
  signed: '签约',
  registered: '注册',
  started: '开工',
  producing: '投产',
  full: '达产',
  dropped: '终止',
};

/** Stages still moving towards a signature (在谈), as opposed to signed and later (落地). */
export const PRE_SIGNING_STAGES: readonly ProjectStage[] = ['lead', 'contact', 'visit', 'negotiating'];

export type MilestoneField =
  'firstContactOn' | 'signedOn' | 'registeredOn' | 'startedOn' | 'producedOn' | 'fullOn' | 'droppedOn';

/** The date column a stage stamps when a project first reaches it (speed figures read these). */
export const STAGE_MILESTONE: Record<ProjectStage, MilestoneField | null> = {
  lead: null,
  contact: 'firstContactOn',
  visit: null,
  negotiating: null,
  signed: 'signedOn',
  registered: 'registeredOn',
  started: 'startedOn',
  producing: 'producedOn',
  full: 'fullOn',
  dropped: 'droppedOn',
};

export const stageIndex = (stage: ProjectStage): number => PROJECT_STAGES.indexOf(stage);

/**
 * A move that needs a written reason: back to an earlier stage, into 终止, or out of 终止
 * (reviving a dropped project is a decision someone must explain).
 */
export function stageChangeNeedsReason(from: ProjectStage, to: ProjectStage): boolean {
  return to === 'dropped' || from === 'dropped' || stageIndex(to) < stageIndex(from);
}
