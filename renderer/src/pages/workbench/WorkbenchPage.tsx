import { Alert, App, Button, Card, Progress, Result, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@contract/channels/app';
import { call, errorMessage } from '../../api';
import { navigate } from '../../router';
import { Dashboard } from './Dashboard';

export function WorkbenchPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const load = useCallback(() => {
    call('app.info', {})
      .then(setInfo)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  const loadDemo = async () => {
    setProgress(0);
    const off = window.api.on('progress', (p) => {
      if (p.task === 'demo') setProgress(Math.round((p.done / Math.max(1, p.total)) * 100));
    });
    try {
      const r = await call('demo.load', { size: 'M' });
      message.success(
        t('workbench.demoLoaded', { companies: r.counts.companies ?? 0, projects: r.counts.projects ?? 0 }),
      );
      load();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      off();
      setProgress(null);
    }
  };

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!info) return null;

  if (info.empty) {
    return (
      <Card>
        <Result
          status="info"
          title={t('workbench.emptyTitle')}
          subTitle={t('workbench.emptyBody')}
          extra={
            progress !== null ? (
              <div style={{ maxWidth: 360, margin: '0 auto' }}>
                <Typography.Text>{t('workbench.demoLoading')}</Typography.Text>
                <Progress percent={progress} />
              </div>
            ) : (
              <Space>
                <Button type="primary" onClick={() => void loadDemo()}>
                  {t('workbench.loadDemo')}
                </Button>
                <Button onClick={() => navigate('/companies', { new: '1' })}>
                  {t('workbench.addCompany')}
                </Button>
                <Button onClick={() => navigate('/import')}>{t('dataFiles.fromExcel')}</Button>
              </Space>
            )
          }
        />
      </Card>
    );
  }

  return (
    <>
      <Dashboard />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('workbench.database')}：{info.databaseLocation}
      </Typography.Text>
    </>
  );
}
