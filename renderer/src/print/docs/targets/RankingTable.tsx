import { useTranslation } from 'react-i18next';
import type { RankingResult, RankingRow } from '@contract/indicators/schema';
import { INDICATORS } from '@contract/targets/indicators';
import { formatIndicator, formatPercent, indicatorSuffix } from '../../../format/indicator';
import { PrintTable, type PrintColumn } from '../../parts/PrintTable';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** 小分队排名: ranked on the first indicator (share of each team's own target), the others beside it. */
export function RankingTable({ rankings }: { rankings: RankingResult[] }) {
  const { t } = useTranslation();
  const c = (k: I18nKeyUnder<'print.targets'>) => t(`print.targets.${k}`);
  const [first] = rankings;
  if (!first || first.rows.length === 0) return <p className="pd-note">{c('noTeams')}</p>;
  const byTeam = rankings.map((r) => new Map(r.rows.map((row) => [row.teamId, row])));
  const columns: PrintColumn<RankingRow>[] = [
    { key: 'rank', title: c('rank'), num: true, width: '7%', render: (r) => r.rank },
    { key: 'team', title: c('team'), nowrap: true, render: (r) => r.teamName },
    ...rankings.flatMap((ranking, i): PrintColumn<RankingRow>[] => {
      const ind = INDICATORS[ranking.indicator];
      const row = (r: RankingRow) => byTeam[i]?.get(r.teamId);
      return [
        {
          key: `${ranking.indicator}-v`,
          title: (
            <>
              {ind.name}
              <br />
              {`（${indicatorSuffix(t, ranking.indicator, ind.unit)}）`}
            </>
          ),
          num: true,
          width: '17%',
          render: (r) => formatIndicator(ind.unit, row(r)?.value ?? null),
        },
        {
          key: `${ranking.indicator}-p`,
          title: c('percentShort'),
          num: true,
          width: '8%',
          render: (r) => (
            <span className={row(r)?.behind ? 'pd-behind' : undefined}>
              {formatPercent(row(r)?.percentDone)}
            </span>
          ),
        },
      ];
    }),
  ];
  return (
    <PrintTable
      testId="ranking"
      className="pd-wrap-head"
      rows={first.rows}
      columns={columns}
      rowKey={(r) => r.teamId}
      empty={c('noTeams')}
    />
  );
}
