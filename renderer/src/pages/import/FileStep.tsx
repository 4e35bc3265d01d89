import { InboxOutlined } from '@ant-design/icons';
import { App, Radio, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS, TARGET_LABELS, type ImportTarget } from '@contract/importers/fields';
import { MAX_FILE_BYTES } from '@contract/importers/files/limits';
import type { StagedFile } from '@contract/importers/schema';
import { call, errorMessage } from '../../api';
import { fileSize, readBase64 } from '../../components/files';

interface Props {
  target: ImportTarget;
  onTarget(target: ImportTarget): void;
  staged: StagedFile | null;
  sheet: number;
  onSheet(sheet: number): void;
  onStaged(file: StagedFile): void;
}

/**
 * Step 1: what to import and from which file. The desktop app opens its own file dialog (the
 * file is read by the main process); a dropped file, and every file in the browser preview,
 * travels as bytes.
 */
export function FileStep({ target, onTarget, staged, sheet, onSheet, onStaged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const desktop = window.api.host === 'electron';

  const stage = async (load: () => Promise<StagedFile | null>): Promise<void> => {
    setBusy(true);
    try {
      const file = await load();
      if (file) onStaged(file);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const upload = (file: File): void => {
    if (file.size > MAX_FILE_BYTES) {
      message.error(`文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请删去无关的工作表或分成几个文件`);
      return;
    }
    void stage(async () => call('import.upload', { name: file.name, base64: await readBase64(file) }));
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>{t('dataFiles.target')}</Typography.Text>
        <Radio.Group
          value={target}
          onChange={(e) => onTarget(e.target.value as ImportTarget)}
          optionType="button"
        >
          {IMPORT_TARGETS.map((k) => (
            <Radio.Button key={k} value={k}>
              {TARGET_LABELS[k]}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Space>
      <div data-testid="import-file">
        <Upload.Dragger
          accept=".xlsx,.xlsm,.csv,.txt"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          openFileDialogOnClick={!desktop}
          beforeUpload={(file) => {
            upload(file);
            return false;
          }}
        >
          <div onClick={desktop ? () => void stage(() => call('import.pick', {})) : undefined}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{busy ? t('dataFiles.reading') : t('dataFiles.chooseFile')}</p>
            <p className="ant-upload-hint">{t('dataFiles.chooseHint')}</p>
          </div>
        </Upload.Dragger>
      </div>
      {staged && (
        <Space wrap data-testid="import-staged">
          <Typography.Text>
            {t('dataFiles.fileInfo', { name: staged.name, size: fileSize(staged.bytes) })}
          </Typography.Text>
          {staged.sheetNames.length > 1 && (
            <>
              <Typography.Text type="secondary">{t('dataFiles.sheet')}</Typography.Text>
              <Select
                value={sheet}
                style={{ minWidth: 200 }}
                onChange={onSheet}
                options={staged.sheetNames.map((name, i) => ({ value: i, label: name }))}
              />
            </>
          )}
        </Space>
      )}
    </Space>
  );
}
