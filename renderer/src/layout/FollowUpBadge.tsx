import { Badge } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpCounts } from '@contract/followUps/schema';
import { call } from '../api';
import { useRoute } from '../router';

/**
 * 工作台 in the sidebar with the number of follow-ups due today or overdue. Asked again on
 * every navigation, so logging a meeting elsewhere shows here as soon as one moves on, but only
 * once the new page is idle: the page's own data goes first (main answers calls in turn), and
 * the main side keeps the numbers until something is written, so asking again costs nothing.
 */
export function WorkbenchNavLabel({ label }: { label: string }) {
  const { t } = useTranslation();
  const route = useRoute();
  const where = `${route.path}?${route.params.toString()}`;
  const [counts, setCounts] = useState<FollowUpCounts | null>(null);
  useEffect(() => {
    let live = true;
    const ask = (): void => {
      call('followUps.count', {})
        .then((c) => live && setCounts(c))
        .catch(() => live && setCounts(null));
    };
    const idle = window.requestIdleCallback(ask, { timeout: 2000 });
    return () => {
      live = false;
      window.cancelIdleCallback(idle);
    };
  }, [where]);
  const due = counts ? counts.today + counts.overdue : 0;
  return (
    <span>
      {label}
      <Badge
        count={due}
        size="small"
        overflowCount={99}
        offset={[6, -1]}
        title={
          counts
            ? `${t('followUps.tabs.today')} ${counts.today}、${t('followUps.tabs.overdue')} ${counts.overdue}`
            : ''
        }
        data-testid="follow-up-badge"
      />
    </span>
  );
}
