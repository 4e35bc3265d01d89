import { Button, Popconfirm, Progress, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { INDEX_PHASE } from '@contract/importers/phases';
import type { ImportResult } from '@contract/importers/schema';
import { FlagList } from './FlagList';

interface RunningProps {
  done: number;
  total: number;
  /** The phase the main side reports (读取文件, 导入, 整理索引); rows are counted while importing, then steps. */
  label?: string | undefined;
  onCancel(): void;
}

export function RunningStep({ done, total, label, onCancel }: RunningProps) {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth: 520, margin: '48px auto', textAlign: 'center' }} data-testid="import-running">
      <Typography.Title level={5}>{label ? `${label}…` : t('dataFiles.running')}</Typography.Title>
      <Progress percent={total ? Math.floor((done / total) * 100) : 0} status="active" />
      <Typography.Paragraph type="secondary">
        {total
          ? t(label === INDEX_PHASE ? 'dataFiles.stepProgress' : 'dataFiles.progress', { done, total })
          : t('dataFiles.running')}
      </Typography.Paragraph>
      <Button danger onClick={onCancel}>
        {t('dataFiles.cancel')}
      </Button>
    </div>
  );
}

interface ResultProps {
  result: ImportResult;
  undone: boolean;
  /** The step 撤销导入 is at (its backup, then the undo), while it runs. */
  undoing: string | null;
  onUndo(): void;
  onErrors(): void;
  onOpen(): void;
  onAnother(): void;
}

/** The last step: what happened, with undo for the whole import and the rows left out. */
export function ResultStep({ result, undone, undoing, onUndo, onErrors, onOpen, onAnother }: ResultProps) {
  const { t } = useTranslation();
  const { create, update, skip, error } = result.counts;
  return (
    <Result
      status={undone ? 'info' : result.batchId ? 'success' : 'warning'}
      title={undone ? t('dataFiles.undone') : t('dataFiles.doneTitle')}
      subTitle={
        <Space orientation="vertical" size={2}>
          <span data-testid="import-summary">
            {result.batchId
              ? t('dataFiles.doneBody', {
                  create,
                  update,
                  skip,
                  error,
                  seconds: Math.max(0.1, result.millis / 1000).toFixed(1),
                })
              : t('dataFiles.noneWritten')}
          </span>
          {result.batchId && !undone && (
            <Typography.Text type="secondary" data-testid="import-restore-note">
              {t('dataFiles.undoNote')}
              {result.backupFollows && t('dataFiles.backupFollows')}
            </Typography.Text>
          )}
        </Space>
      }
      extra={
        <Space wrap>
          {result.batchId && !undone && (
            <>
              <Button type="primary" onClick={onOpen}>
                {t('dataFiles.open')}
              </Button>
              <Popconfirm
                title={t('dataFiles.undoConfirm')}
                onConfirm={onUndo}
                okButtonProps={{ danger: true }}
              >
                <Button danger loading={undoing !== null}>
                  {undoing ?? t('dataFiles.undo')}
                </Button>
              </Popconfirm>
            </>
          )}
          {error > 0 && <Button onClick={onErrors}>{t('dataFiles.downloadErrors')}</Button>}
          <Button onClick={onAnother}>{t('dataFiles.another')}</Button>
        </Space>
      }
    >
      {result.batchId && !undone && <FlagList summary={result} />}
    </Result>
  );
}
