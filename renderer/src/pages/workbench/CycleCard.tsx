import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleResult, CycleStat } from '@contract/indicators/schema';
import { EChart } from '../../charts/EChart';
import type { QueryState } from '../../hooks/useQuery';
import { cycleUrl, projectUrl, sameYearUrl, type DrillScope } from './drill';
import { useGo } from './go';

/** The speed figures: median days per span, their spread, and the fastest projects by name. */
interface Props {
  state: QueryState<CycleResult>;
  scope: DrillScope;
  periodLabel: string;
}

export function CycleCard({ state, scope, periodLabel }: Props) {
  const { t } = useTranslation();
  const go = useGo();
  const data = state.data;
  return (
    <Card
      size="small"
      title={t('dashboard.cycle.title')}
      data-testid="cycle-times"
      extra={
        data && (
          <Typography.Link
            type="secondary"
            onClick={() =>
              go(
                sameYearUrl(
                  scope,
                  `${t('dashboard.cycle.sameYear', { count: data.sameYearProduced })}（${periodLabel}）`,
                ),
              )
            }
          >
            {t('dashboard.cycle.sameYear', { count: data.sameYearProduced })}
          </Typography.Link>
        )
      }
    >
      {!data ? (
        <Skeleton active />
      ) : (
        <Row gutter={16}>
          {data.stats.map((s) => (
            <Col span={8} key={s.kind}>
              <CycleColumn
                stat={s}
                onOpen={() =>
                  go(cycleUrl(s.kind, scope, `${t(`dashboard.cycle.kinds.${s.kind}`)}（${periodLabel}）`))
                }
              />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

function CycleColumn({ stat, onOpen }: { stat: CycleStat; onOpen(): void }) {
  const { t } = useTranslation();
  const go = useGo();
  const buckets = useMemo(() => t('dashboard.cycle.buckets', { returnObjects: true }) as string[], [t]);
  const option = useMemo(
    () => ({
      grid: { left: 2, right: 2, top: 6, bottom: 2, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: buckets, axisLabel: { fontSize: 11, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, splitNumber: 2, axisLabel: { fontSize: 10 } },
      series: [
        { type: 'bar', barMaxWidth: 14, data: stat.buckets, name: t(`dashboard.cycle.kinds.${stat.kind}`) },
      ],
    }),
    [stat, buckets, t],
  );
  return (
    <div className="cycle-col" data-testid={`cycle-${stat.kind}`}>
      <Typography.Text type="secondary">{t(`dashboard.cycle.kinds.${stat.kind}`)}</Typography.Text>
      {stat.median === null ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('dashboard.cycle.none')}
          style={{ margin: '8px 0' }}
        />
      ) : (
        <>
          <div>
            <span className="cycle-median">
              {t('dashboard.cycle.days', { days: Math.round(stat.median) })}
            </span>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.cycle.median')} ·{' '}
              <Typography.Link onClick={onOpen} data-testid={`cycle-count-${stat.kind}`}>
                {t('dashboard.cycle.count', { count: stat.count })}
              </Typography.Link>
            </Typography.Text>
          </div>
          <EChart
            option={option}
            height={96}
            ariaLabel={buckets.map((b, i) => `${b} ${stat.buckets[i] ?? 0}`).join('，')}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('dashboard.cycle.fastest')}
          </Typography.Text>
          {stat.fastest.map((p) => (
            <div
              key={p.id}
              className="cycle-fast"
              role="link"
              tabIndex={0}
              onClick={() => go(projectUrl(p.id))}
            >
              <span className="name" title={p.companyName ?? p.name}>
                {p.name}
              </span>
              <b>{t('dashboard.cycle.days', { days: p.days })}</b>
            </div>
          ))}
        </>
      )}
    </div>
  );
}
