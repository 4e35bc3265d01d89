import { InfoCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { pointsAhead } from '@contract/indicators/progress';
import type { KpiCard as Kpi } from '@contract/indicators/schema';
import { formatIndicator, indicatorSuffix } from '../../format/indicator';
import { Meter } from './Meter';

interface Props {
  kpi: Kpi;
  /** True when the period is not a whole year: the target shown is the prorated share. */
  prorated: boolean;
  onOpen(): void;
  onSetTarget(): void;
}

/** One indicator: value, target, % done against % of time elapsed, flagged when behind. */
export function KpiCard({ kpi, prorated, onOpen, onSetTarget }: Props) {
  const { t } = useTranslation();
  const suffix = indicatorSuffix(t, kpi.code, kpi.unit);
  const done = kpi.percentDone;
  const status = statusTag(t, kpi);
  return (
    <div
      className={`kpi${kpi.behind ? ' behind' : ''}`}
      role="button"
      tabIndex={0}
      data-testid={`kpi-${kpi.code}`}
      aria-label={`${kpi.name} ${formatIndicator(kpi.unit, kpi.value)}${suffix}`}
      onClick={onOpen}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen()}
    >
      <div className="kpi-head">
        <span className="name" title={kpi.name}>
          {kpi.name}
        </span>
        <Tooltip title={kpi.definition}>
          <InfoCircleOutlined style={{ color: '#a3abb7' }} onClick={(e) => e.stopPropagation()} />
        </Tooltip>
      </div>
      <div className="kpi-line">
        <span className="kpi-value" data-testid="kpi-value">
          {formatIndicator(kpi.unit, kpi.value)}
          <span className="unit">{suffix}</span>
        </span>
        {status}
      </div>
      {kpi.target === null ? (
        <div className="kpi-meta">
          <span className="muted">{kpi.parts ? partsText(t, kpi.parts) : t('dashboard.kpi.noTarget')}</span>
          <a
            onClick={(e) => {
              e.stopPropagation();
              onSetTarget();
            }}
          >
            {t('dashboard.kpi.setTarget')}
          </a>
        </div>
      ) : (
        <>
          <div className="kpi-meta">
            <span className="muted">
              {t(
                prorated && kpi.measure === 'time' ? 'dashboard.kpi.proratedTarget' : 'dashboard.kpi.target',
              )}{' '}
              {formatIndicator(kpi.unit, kpi.target)}
            </span>
            <span data-testid="kpi-percent">
              {t('dashboard.kpi.done', { percent: done === null ? '—' : Math.round(done) })}
            </span>
          </div>
          <Meter done={done ?? 0} elapsed={kpi.percentElapsed} behind={kpi.behind} />
          <div className="kpi-meta">
            <span className="muted">
              {kpi.percentElapsed === null ? (kpi.parts ? partsText(t, kpi.parts) : '') : elapsedText(t, kpi)}
            </span>
          </div>
        </>
      )}
    </div>
  );
}

/** 序时进度 41%, or by how much a card is behind it: 落后序时进度 5.2 个百分点. */
function elapsedText(t: TFunction, kpi: Kpi): string {
  const ahead = pointsAhead(kpi);
  return kpi.behind && ahead !== null
    ? t('dashboard.kpi.behindBy', { points: Math.abs(ahead).toFixed(1) })
    : t('dashboard.kpi.elapsed', { percent: Math.round(kpi.percentElapsed ?? 0) });
}

function partsText(t: TFunction, parts: { done: number; total: number }): string {
  return parts.total === 0 ? t('dashboard.kpi.noIssues') : t('dashboard.kpi.parts', parts);
}

function statusTag(t: TFunction, kpi: Kpi) {
  if (kpi.percentDone === null) return null;
  if (kpi.measure === 'level') {
    return kpi.behind ? (
      <Tag color="volcano">{t('dashboard.kpi.belowTarget')}</Tag>
    ) : (
      <Tag color="green">{t('dashboard.kpi.reached')}</Tag>
    );
  }
  if (kpi.behind) return <Tag color="volcano">{t('dashboard.kpi.behind')}</Tag>;
  if (kpi.halfDone) return <Tag color="green">{t('dashboard.kpi.half')}</Tag>;
  return <Tag>{t('dashboard.kpi.onTrack')}</Tag>;
}
