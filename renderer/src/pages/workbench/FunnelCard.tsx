import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Skeleton, Tooltip, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelResult, FunnelStage } from '@contract/indicators/schema';
import { STAGE_LABELS } from '@contract/projects/pipelineStages';
import { formatTotal, TOTALS_UNIT } from '../../format/totals';
import { STAGE_COLORS } from '../../format/stages';
import type { QueryState } from '../../hooks/useQuery';
import { droppedUrl, stageUrl, type DrillScope } from './drill';
import { useGo } from './go';

interface Props {
  state: QueryState<FunnelResult>;
  scope: DrillScope;
  periodLabel: string;
}

/**
 * The pipeline as rows of centred bars (a funnel), one per stage, each a link to its projects.
 * Plain HTML rather than a chart: every stage is a real button, readable and clickable.
 */
export function FunnelCard({ state, scope, periodLabel }: Props) {
  const { t } = useTranslation();
  const go = useGo();
  const stages = state.data?.stages ?? [];
  const max = Math.max(1, ...stages.map((s) => s.count));
  const open = (s: FunnelStage) => {
    const name = STAGE_LABELS[s.stage];
    const label =
      s.basis === 'now'
        ? t('dashboard.drill.now', { stage: name })
        : t('dashboard.drill.stage', { stage: name, period: periodLabel });
    go(stageUrl(s.stage, scope, label));
  };
  return (
    <Card
      size="small"
      title={
        <span>
          {t('dashboard.funnel.title')}{' '}
          <Tooltip title={t('dashboard.funnel.hint')}>
            <InfoCircleOutlined style={{ color: '#a3abb7' }} />
          </Tooltip>
        </span>
      }
      extra={<Typography.Text type="secondary">{t(`money.${TOTALS_UNIT}`)}</Typography.Text>}
      data-testid="funnel"
    >
      {!state.data ? (
        <Skeleton active />
      ) : (
        <>
          {stages.map((s, i) => (
            <Fragment key={s.stage}>
              {(i === 0 || stages[i - 1]?.basis !== s.basis) && (
                <div className="funnel-group">{t(`dashboard.funnel.${s.basis}`)}</div>
              )}
              <div
                className="funnel-row"
                role="button"
                tabIndex={0}
                data-testid={`funnel-${s.stage}`}
                onClick={() => open(s)}
                onKeyDown={(e) => e.key === 'Enter' && open(s)}
              >
                <span>{STAGE_LABELS[s.stage]}</span>
                <span className="funnel-bar">
                  <span style={{ width: `${(s.count / max) * 100}%`, background: STAGE_COLORS[s.stage] }} />
                </span>
                <span className="funnel-figures">
                  <b>{t('dashboard.funnel.count', { count: s.count })}</b> · {formatTotal(s.amount)}
                </span>
              </div>
            </Fragment>
          ))}
          <Typography.Link
            style={{ display: 'block', marginTop: 6, fontSize: 12 }}
            onClick={() =>
              go(droppedUrl(scope, t('dashboard.funnel.dropped', { count: state.data?.dropped ?? 0 })))
            }
          >
            {t('dashboard.funnel.dropped', { count: state.data.dropped })}
          </Typography.Link>
        </>
      )}
    </Card>
  );
}
