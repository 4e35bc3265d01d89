import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import { useNewShortcut } from '../hooks/useNewShortcut';
import { DataGrid, type DataGridHandle, type DataGridProps } from './DataGrid';

/** What a record's edit drawer takes from its page. */
export interface RecordDrawerProps {
  /** null = closed; 'new' = create; a number = edit that record. */
  target: number | 'new' | null;
  onClose(): void;
  onSaved(): void;
}

interface Props<R extends { id: number }> extends Omit<DataGridProps<R>, 'handle' | 'onOpen' | 'toolbar'> {
  /** The 新增 button's words; Ctrl+N does the same. */
  newLabel: string;
  /** A record to open at once (#/…?open=12). */
  openId?: number;
  /** Before the 新增 button. */
  toolbar?: ReactNode;
  /** For a page that also reaches the grid itself (e.g. 导出). */
  handle?: RefObject<DataGridHandle<R> | null>;
  drawer: ComponentType<RecordDrawerProps>;
  /** After a save, once the drawer has closed and the grid reloaded (e.g. totals above it). */
  onSaved?(): void;
}

/**
 * A list page of records: the grid, a 新增 button (and Ctrl+N), double-click opens the record's
 * drawer, and a save closes it and reloads the grid. The drawer is mounted afresh per record.
 */
export function RecordGridPage<R extends { id: number }>({
  newLabel,
  openId,
  toolbar,
  handle,
  drawer: Drawer,
  onSaved,
  ...grid
}: Props<R>) {
  const [target, setTarget] = useState<number | 'new' | null>(openId && openId > 0 ? openId : null);
  const own = useRef<DataGridHandle<R>>(null);
  const ref = handle ?? own;
  useNewShortcut(() => setTarget('new'));

  return (
    <>
      <DataGrid<R>
        {...grid}
        handle={ref}
        onOpen={(row) => setTarget(row.id)}
        toolbar={
          <>
            {toolbar}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget('new')}>
              {newLabel}
            </Button>
          </>
        }
      />
      <Drawer
        key={String(target)}
        target={target}
        onClose={() => setTarget(null)}
        onSaved={() => {
          setTarget(null);
          ref.current?.refresh();
          onSaved?.();
        }}
      />
    </>
  );
}
