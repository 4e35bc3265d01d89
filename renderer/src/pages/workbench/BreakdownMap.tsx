import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownRow } from '@contract/indicators/schema';
import { ensureChinaMap, SOUTH_SEA_REGION } from '../../charts/chinaMap';
import { EChart } from '../../charts/EChart';
import { formatMoney, moneyScale } from '../../format/money';
import { usePrefs } from '../../prefs';

const TOP = 12;

/**
 * Headquarters provinces coloured by contract investment signed in the period. Province names
 * come from the same data as the map (浙江省), so regions.ts names and features line up.
 */
export function BreakdownMap({ rows, onOpen }: { rows: BreakdownRow[]; onOpen(row: BreakdownRow): void }) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const [map, setMap] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void ensureChinaMap().then((name) => live && setMap(name));
    return () => {
      live = false;
    };
  }, []);
  const provinces = useMemo(() => rows.filter((r) => typeof r.key === 'number'), [rows]);
  const option = useMemo(() => {
    const scale = moneyScale(moneyUnit);
    const money = (v: number) => Math.round((v / scale) * 100) / 100;
    const max = Math.max(1, ...provinces.map((r) => money(r.contractAmount)));
    const unit = t(`money.${moneyUnit}`);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; dataIndex: number }) => {
          const r = provinces.find((x) => x.label === p.name);
          if (!r) return p.name;
          return [
            `<b>${r.label}</b>`,
            `${t('dashboard.breakdown.signed')}：${t('dashboard.breakdown.count', { count: r.signedCount })}，${money(r.contractAmount).toLocaleString('zh-CN')} ${unit}`,
            `${t('dashboard.breakdown.talks')}：${t('dashboard.breakdown.count', { count: r.talksCount })}，${money(r.talksAmount).toLocaleString('zh-CN')} ${unit}`,
          ].join('<br/>');
        },
      },
      visualMap: {
        min: 0,
        max,
        left: 0,
        bottom: 0,
        itemHeight: 72,
        itemWidth: 12,
        text: [`${max.toLocaleString('zh-CN')} ${unit}`, '0'],
        calculable: false,
        inRange: { color: ['#e6eef8', '#7fa6d6', '#1f5fa8'] },
      },
      series: [
        {
          type: 'map',
          map: map ?? '',
          roam: false,
          layoutCenter: ['50%', '50%'],
          layoutSize: '98%',
          label: { show: false },
          data: [
            ...provinces.map((r) => ({ name: r.label, value: money(r.contractAmount) })),
            // The inset of the whole-country map: drawn as a boundary, not coloured by value.
            { ...SOUTH_SEA_REGION, visualMap: false },
          ],
        },
      ],
    };
  }, [provinces, moneyUnit, t, map]);
  if (!map) return <div style={{ height: 300 }} />;
  const unit = t(`money.${moneyUnit}`);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 12 }}>
      <EChart
        option={option}
        height={300}
        testId="breakdown-map"
        ariaLabel={provinces.map((r) => r.label).join('、')}
        onClick={(e) => {
          const row = provinces.find((r) => r.label === e.name);
          if (row) onOpen(row);
        }}
      />
      <div className="province-list" data-testid="province-list">
        {rows.slice(0, TOP).map((r) => (
          <div key={String(r.key)} className="row" role="button" tabIndex={0} onClick={() => onOpen(r)}>
            <span>
              {r.label}{' '}
              <span style={{ color: '#8a93a0' }}>
                {t('dashboard.breakdown.count', { count: r.signedCount })}
              </span>
            </span>
            <b>
              {formatMoney(r.contractAmount, moneyUnit)}{' '}
              <span style={{ fontWeight: 400, color: '#8a93a0' }}>{unit}</span>
            </b>
          </div>
        ))}
      </div>
    </div>
  );
}
