import { Tag } from 'antd';
import { STAGE_LABELS, type ProjectStage } from '@contract/projects/pipelineStages';
import { STAGE_COLORS } from '../format/stages';

export function StageTag({ stage }: { stage: ProjectStage }) {
  return (
    <Tag color={STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }}>
      {STAGE_LABELS[stage]}
    </Tag>
  );
}
