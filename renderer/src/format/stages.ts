import type { ProjectStage } from '@contract/projects/pipelineStages';

/**
 * One palette for the pipeline everywhere (grid tags, kanban, charts, print): cool colours
 * while courting, greens once signed, grey when dropped.
 */
export const STAGE_COLORS: Record<ProjectStage, string> = {
  lead: '#8c9bb0',
  contact: '#5b8ff9',
  visit: '#3d76dd',
  negotiating: '#1f5fa8',
  signed: '#d48806',
  registered: '#c27c0e',
  started: '#52a447',
  producing: '#2f8f3a',
  full: '#1d6b2c',
  dropped: '#b0b0b0',
};
