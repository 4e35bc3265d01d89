import { RightOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PROJECT_STAGES,
  STAGE_LABELS,
  stageIndex,
  type ProjectStage,
} from '@contract/projects/pipelineStages';
import { STAGE_COLORS } from '../../../format/stages';

const PIPELINE = PROJECT_STAGES.filter((s) => s !== 'dropped');

interface Props {
  stage: ProjectStage;
  onPick(to: ProjectStage): void;
}

/**
 * The pipeline as a row of steps in the stage palette: reached steps tinted, the current one
 * solid. Any other step is a click away; going back or dropping asks for a reason.
 */
export function StagePath({ stage, onPick }: Props) {
  const { t } = useTranslation();
  const dropped = stage === 'dropped';
  const current = stageIndex(stage);
  return (
    <div className="stage-path" role="group" aria-label={t('projects.detail.stagePath')}>
      {PIPELINE.map((s, i) => {
        const here = s === stage;
        const reached = !dropped && i < current;
        const color = STAGE_COLORS[s];
        return (
          <span key={s} className="stage-path-item">
            {i > 0 && <RightOutlined className="stage-path-arrow" />}
            <button
              type="button"
              data-stage={s}
              aria-current={here ? 'step' : undefined}
              disabled={here}
              onClick={() => onPick(s)}
              className="stage-path-step"
              style={{
                borderColor: dropped ? '#d9d9d9' : color,
                background: here ? color : reached ? `${color}1f` : '#fff',
                color: here ? '#fff' : dropped ? '#999' : color,
              }}
            >
              {STAGE_LABELS[s]}
            </button>
          </span>
        );
      })}
      <span className="stage-path-spacer" />
      {dropped ? (
        // Reviving means choosing the stage it comes back to: any step above does it.
        <Tooltip title={t('projects.detail.stageHint')}>
          <Tag icon={<UndoOutlined />} color={STAGE_COLORS.dropped}>
            {t('projects.detail.revive')}
          </Tag>
        </Tooltip>
      ) : (
        <Button size="small" danger icon={<StopOutlined />} onClick={() => onPick('dropped')}>
          {t('projects.detail.drop')}
        </Button>
      )}
    </div>
  );
}
