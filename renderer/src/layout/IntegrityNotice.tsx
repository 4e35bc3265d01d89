import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityStatus } from '@contract/backups/schema';
import { call } from '../api';
import { navigate } from '../router';

/**
 * A banner over every page once the background check (main/db/integrityWatch.ts) has found the
 * database file damaged, naming the newest backup to restore. Asked once at start, in case the
 * check finished before this page listened, and then told through the 'integrity' event.
 */
export function IntegrityNotice() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<IntegrityStatus>({ state: 'pending' });
  useEffect(() => {
    const stop = window.api.on('integrity', setStatus);
    call('app.integrity', {})
      .then((s) => setStatus((now) => (now.state === 'damaged' ? now : s)))
      .catch(() => undefined);
    return stop;
  }, []);
  if (status.state !== 'damaged') return null;
  const { backup } = status;
  return (
    <Alert
      type="error"
      showIcon
      banner
      data-testid="integrity-notice"
      message={t('integrity.title')}
      description={
        <>
          <div>
            {backup
              ? t('integrity.withBackup', {
                  time: backup.takenAt.replace('T', ' ').slice(0, 16),
                  reason: t(`backups.reasons.${backup.reason}`),
                })
              : t('integrity.noBackup')}
          </div>
          <div style={{ opacity: 0.75, marginTop: 4 }}>
            {t('integrity.problem', { problem: status.problem })}
          </div>
        </>
      }
      action={
        backup ? (
          <Button size="small" onClick={() => navigate('/settings')}>
            {t('integrity.showBackups')}
          </Button>
        ) : undefined
      }
    />
  );
}
