import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api';
import { saveDownload } from '../../grid/download';

/** The whole ledger as one workbook, one sheet per object; it imports back as it is. */
export function WorkbookCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const file = await call('export.workbook', {});
      saveDownload(file);
      message.success(t('dataFiles.exported', { name: file.fileName }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('dataFiles.workbookTitle')}>
      <Typography.Paragraph type="secondary">{t('dataFiles.workbookBody')}</Typography.Paragraph>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
        {t('dataFiles.workbookButton')}
      </Button>
    </Card>
  );
}
