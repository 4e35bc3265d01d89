import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportKind } from '@contract/exporters/schema';
import { errorMessage } from '../api';
import { usePrefs } from '../prefs';
import type { DataGridHandle } from './DataGrid';
import { exportGridView, visibleColumns, type ListChannel } from './exportView';

interface Props<T> {
  channel: ListChannel;
  grid: RefObject<DataGridHandle<T> | null>;
  title: string;
  /** Columns whose kind the field name does not tell (see exportView.ts). */
  kinds?: Record<string, ExportKind>;
}

/** 导出Excel for a DataGrid: exactly the rows and columns on screen, in the money unit shown. */
export function ExportButton<T>({ channel, grid, title, kinds }: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    const handle = grid.current;
    const api = handle?.api();
    if (!handle || !api) return;
    setBusy(true);
    try {
      const name = await exportGridView({
        channel,
        query: handle.currentQuery(),
        columns: visibleColumns(api, kinds),
        title,
        unit: moneyUnit,
      });
      message.success(t('dataFiles.exported', { name }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {busy ? t('dataFiles.exporting') : t('dataFiles.exportExcel')}
    </Button>
  );
}
