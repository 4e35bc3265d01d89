import { Modal, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface RestoreState {
  percent: number;
  label: string;
}

/**
 * While a restore runs, the whole app is behind this: every page would otherwise read data that
 * is being replaced. Nothing closes it (no button, no Esc, no click on the mask); it ends with
 * the page reloading once the data is back, or with the reason the file was refused.
 */
export function RestoreOverlay({ state }: { state: RestoreState | null }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={state !== null}
      title={t('backups.restoringTitle')}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      footer={null}
      centered
      zIndex={2000}
      width={440}
      destroyOnHidden
      wrapProps={{ 'data-testid': 'restore-overlay' }}
    >
      <div data-testid="restore-bar" data-percent={state?.percent ?? 0}>
        <Progress percent={state?.percent ?? 0} status={state?.percent === 100 ? 'success' : 'active'} />
      </div>
      <Typography.Paragraph data-testid="restore-step" style={{ marginTop: 8, marginBottom: 4 }}>
        {state?.label}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('backups.restoringHelp')}</Typography.Text>
    </Modal>
  );
}

/** Runs a restore with the overlay up, following its progress events. */
export function useRestore(): {
  state: RestoreState | null;
  run(work: () => Promise<unknown>): Promise<void>;
} {
  const { t } = useTranslation();
  const [state, setState] = useState<RestoreState | null>(null);
  const run = async (work: () => Promise<unknown>): Promise<void> => {
    setState({ percent: 0, label: t('backups.restoringStart') });
    const off = window.api.on('progress', (p) => {
      if (p.task === 'restore')
        setState({ percent: Math.round((p.done / p.total) * 100), label: p.label ?? '' });
    });
    try {
      await work();
      setState({ percent: 100, label: t('backups.restoringReload') });
      // Every page shows data from before the restore: start the interface afresh.
      setTimeout(() => window.location.reload(), 1500);
    } catch (e) {
      setState(null);
      throw e;
    } finally {
      off();
    }
  };
  return { state, run };
}
