import { App, Button, Empty, Popconfirm, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView, RecordHistory } from '@contract/audit/schema';
import { call, errorMessage } from '../api';
import { formatDateTimeZh } from '../format/date';
import { ActionTag } from './history/ActionTag';
import { ChangeList } from './history/ChangeList';
import { useUndo } from './history/useUndo';

interface Props {
  /** The audit log's name for the kind of record: company, project, contact ... */
  entity: string;
  id: number;
  /** After an undo changed the record: reload whatever shows it. */
  onUndone?(): void;
}

const DOT: Record<AuditEntryView['action'], string> = { create: 'green', update: 'blue', delete: 'red' };

/** 修改记录 of one record: who changed what and when, newest first, each change undoable. */
export function HistoryPanel({ entity, id, onUndone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [history, setHistory] = useState<RecordHistory | null>(null);
  const [version, setVersion] = useState(0);
  const { busy, undoEntry } = useUndo(() => {
    setVersion((v) => v + 1);
    onUndone?.();
  });

  useEffect(() => {
    let live = true;
    call('audit.history', { entity, id })
      .then((h) => live && setHistory(h))
      .catch((e: unknown) => message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [entity, id, version, message]);

  if (!history) return <Spin size="small" />;
  if (history.entries.length === 0 && !history.createdBy) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  }

  const items = history.entries.map((e) => ({
    key: e.id,
    color: e.undone ? 'gray' : DOT[e.action],
    content: (
      <div className="history-entry" data-testid="history-entry">
        <Space size={6} wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space size={6} wrap>
            <ActionTag action={e.action} />
            <Typography.Text strong>{e.actor}</Typography.Text>
            {e.deviceName && (
              <Typography.Text type="secondary" data-testid="history-device">
                {t('history.fromDevice', { name: e.deviceName })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">{formatDateTimeZh(e.at)}</Typography.Text>
            {e.batch && !e.isUndo && <Tag>{t('history.inBatch', { label: e.batch.label })}</Tag>}
            {e.isUndo && <Tag color="purple">{t('history.isUndo')}</Tag>}
            {e.undone && <Tag>{t('history.undone')}</Tag>}
          </Space>
          {e.undoable && (
            <Popconfirm title={t('history.undoConfirm')} onConfirm={() => void undoEntry(e.id)}>
              <Button size="small" loading={busy}>
                {t('history.undo')}
              </Button>
            </Popconfirm>
          )}
        </Space>
        <ChangeList entry={e} />
      </div>
    ),
  }));
  if (history.createdBy) {
    const c = history.createdBy;
    items.push({
      key: -c.batchId,
      color: 'green',
      content: (
        <Typography.Text type="secondary">
          {t('history.createdBy', { label: c.label, actor: c.actor, at: formatDateTimeZh(c.at) })}
        </Typography.Text>
      ),
    });
  }
  return <Timeline className="history-panel" items={items} />;
}
