import { Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../hooks/useQuery';
import type { I18nKeyUnder } from '../../i18n/keys';

/** 办结率 and 平均办结用时 at the top of the page, as the office reports them. */
export function IssueStatsBar({ reloadKey }: { reloadKey: number }) {
  const { t } = useTranslation();
  const { data } = useQuery('serviceIssues.stats', {}, reloadKey);
  const s = (k: I18nKeyUnder<'serviceIssues.stats'>) => t(`serviceIssues.stats.${k}`);
  const rate = data?.closureRate;
  return (
    <div className="issue-stats" data-testid="issue-stats">
      <Statistic title={s('total')} value={data?.total ?? '—'} groupSeparator="," />
      <Statistic title={s('closed')} value={data?.closed ?? '—'} groupSeparator="," />
      <Statistic
        title={s('closureRate')}
        value={rate === null || rate === undefined ? '—' : (rate * 100).toFixed(1)}
        suffix={rate === null || rate === undefined ? undefined : '%'}
      />
      <Statistic
        title={s('avgDays')}
        value={data?.avgDaysToClose ?? '—'}
        suffix={data?.avgDaysToClose == null ? undefined : s('days')}
      />
      <span className="issue-stats-divider" />
      <Statistic title={s('open')} value={data?.open ?? '—'} groupSeparator="," />
      <Statistic title={s('inProgress')} value={data?.inProgress ?? '—'} groupSeparator="," />
      <Statistic
        className={data?.overdue ? 'issue-stats-overdue' : undefined}
        title={s('overdue')}
        value={data?.overdue ?? '—'}
        groupSeparator=","
      />
    </div>
  );
}
