import { UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api';
import { entityLabel } from '../../components/history/changes';
import { useUndo } from '../../components/history/useUndo';
import { BatchList } from './BatchList';
import { lastUndoable, type Undoable } from './lastUndoable';
import { RecentChanges } from './RecentChanges';

/** 操作记录: the whole audit log, with 撤销 of the last action, any change, or a whole batch. */
export function HistoryPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [version, setVersion] = useState(0);
  const { busy, undoEntry, undoBatch } = useUndo(() => setVersion((v) => v + 1));

  const describe = (u: Undoable): string =>
    u.kind === 'batch'
      ? u.batch.label
      : `${t(`history.actions.${u.entry.action}`)}${entityLabel(t, u.entry)}“${
          u.entry.recordName ?? t('history.recordNo', { id: u.entry.entityId })
        }”`;

  const undoLast = async () => {
    try {
      const [entries, batches] = await Promise.all([
        call('audit.recent', { limit: 50 }),
        call('audit.batches', { limit: 50 }),
      ]);
      const last = lastUndoable(entries.rows, batches.rows);
      if (!last) {
        message.info(t('history.nothingToUndo'));
        return;
      }
      modal.confirm({
        title: t('history.undoLastConfirm', { what: describe(last) }),
        okText: t('history.undo'),
        cancelText: t('common.cancel'),
        onOk: () => (last.kind === 'batch' ? undoBatch(last.batch.id) : undoEntry(last.entry.id)),
      });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title={t('history.title')}
      extra={
        <Button icon={<UndoOutlined />} loading={busy} onClick={() => void undoLast()}>
          {t('history.undoLast')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('history.subtitle')}
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'recent',
            label: t('history.tabs.recent'),
            children: <RecentChanges version={version} busy={busy} onUndo={(e) => void undoEntry(e.id)} />,
          },
          {
            key: 'batches',
            label: t('history.tabs.batches'),
            children: <BatchList version={version} busy={busy} onUndo={(b) => void undoBatch(b.id)} />,
          },
        ]}
      />
    </Card>
  );
}
