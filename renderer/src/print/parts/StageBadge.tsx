import { STAGE_LABELS, type ProjectStage } from '@contract/projects/pipelineStages';
import { STAGE_COLORS } from '../../format/stages';

/** The stage in the pipeline's one palette, as on the grid and the kanban. */
export function StageBadge({ stage }: { stage: ProjectStage }) {
  return (
    <span className="pd-stage" style={{ backgroundColor: STAGE_COLORS[stage] }}>
      {STAGE_LABELS[stage]}
    </span>
  );
}
