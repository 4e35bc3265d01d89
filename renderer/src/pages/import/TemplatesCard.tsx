import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS, TARGET_LABELS, type ImportTarget } from '@contract/importers/fields';
import { call, errorMessage } from '../../api';
import { saveDownload } from '../../grid/download';

/** 导入模板: one button per thing the wizard imports, each an .xlsx the wizard maps by itself. */
export function TemplatesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ImportTarget | null>(null);
  const download = async (target: ImportTarget): Promise<void> => {
    setBusy(target);
    try {
      const file = await call('import.template', { target });
      saveDownload(file);
      message.success(t('dataFiles.templateSaved', { name: file.fileName }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card size="small" title={t('dataFiles.templatesTitle')} data-testid="import-templates">
      <Typography.Paragraph type="secondary">{t('dataFiles.templatesBody')}</Typography.Paragraph>
      <Space wrap>
        {IMPORT_TARGETS.map((target) => (
          <Button
            key={target}
            icon={<DownloadOutlined />}
            loading={busy === target}
            onClick={() => void download(target)}
          >
            {t('dataFiles.templateButton', { target: TARGET_LABELS[target] })}
          </Button>
        ))}
      </Space>
    </Card>
  );
}
