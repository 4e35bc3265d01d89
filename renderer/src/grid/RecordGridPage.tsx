import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useRef, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import { useNewShortcut } from '../hooks/useNewShortcut';
import { DataGrid, type DataGridHandle, type DataGridProps } from './DataGrid';

type Target = number | 'new' | null;

/** What a record's edit drawer takes from its page (a drawer may use only some of it). */
export interface RecordDrawerProps {
  /** null = closed; 'new' = create; a number = edit that record. */
  target: Target;
  onClose(): void;
  /** Saved: the drawer closes and the grid reloads. */
  onSaved(): void;
  /** Changed while it stays open (a stage moved, a contact added on a company's page): the grid reloads. */
  onChanged(): void;
}

/** Which record's drawer is open, and how (D: e.g. on which tab). */
export interface OpenedRecord<D> {
  target: Target;
  variant?: D;
  open(target: Target, variant?: D): void;
}

/** How a page's link opens a record: #/companies?open=12&section=contacts, or ?new=1. */
export interface RecordLink<D> {
  /** A record to open, at once and whenever the link changes to another (the header search). */
  openId?: number;
  /** How the drawer opens for openId, e.g. on which tab. */
  openVariant?: D;
  /** Start on a new record. */
  startNew?: boolean;
}

/**
 * Which record is open. A page that opens records from elsewhere than the grid's rows (a count
 * cell opening the company on its 项目 tab) holds this itself and hands it over as `opened`.
 */
export function useOpenedRecord<D>({
  openId = 0,
  openVariant,
  startNew = false,
}: RecordLink<D>): OpenedRecord<D> {
  const [opened, setOpened] = useState<{ target: Target; variant?: D }>({ target: startNew ? 'new' : null });
  const open = useCallback((target: Target, variant?: D) => setOpened({ target, variant }), []);
  // A link that is no record id (?open=abc) opens nothing, rather than re-rendering for ever on NaN.
  const id = Number.isInteger(openId) && openId > 0 ? openId : 0;
  const [linked, setLinked] = useState(0);
  if (id !== linked) {
    setLinked(id);
    if (id > 0) setOpened({ target: id, variant: openVariant });
  }
  return { ...opened, open };
}

interface Props<R extends { id: number }, D extends object>
  extends Omit<DataGridProps<R>, 'handle' | 'onOpen' | 'toolbar'>, RecordLink<D> {
  /** The 新增 button's words; Ctrl+N does the same. */
  newLabel: string;
  /** Before the 新增 button. */
  toolbar?: ReactNode;
  /** For a page that also reaches the grid itself (e.g. 导出, bulk changes). */
  handle?: RefObject<DataGridHandle<R> | null>;
  /** From useOpenedRecord, for a page that opens records itself too (its link goes there). */
  opened?: OpenedRecord<D>;
  /**
   * The record's drawer; a page whose drawer opens in variants (on a tab) names them in D,
   * and each variant is mounted afresh like each record.
   */
  drawer: ComponentType<RecordDrawerProps & D>;
  /** After a save or change from the drawer, once the grid reloaded (e.g. totals above it). */
  onSaved?(): void;
}

/**
 * A list page of records: the grid, a 新增 button (and Ctrl+N), double-click opens the record's
 * drawer, and a save closes it and reloads the grid. The drawer is mounted afresh per record.
 */
export function RecordGridPage<R extends { id: number }, D extends object = object>({
  newLabel,
  openId,
  openVariant,
  startNew,
  toolbar,
  handle,
  opened: pageOpened,
  drawer: Drawer,
  onSaved,
  ...grid
}: Props<R, D>) {
  const own = useOpenedRecord<D>({ openId, openVariant, startNew });
  const opened = pageOpened ?? own;
  const { open } = opened;
  const ownGrid = useRef<DataGridHandle<R>>(null);
  const ref = handle ?? ownGrid;
  useNewShortcut(() => open('new'));
  const changed = () => {
    ref.current?.refresh();
    onSaved?.();
  };
  const drawerProps = {
    ...opened.variant,
    target: opened.target,
    onClose: () => open(null),
    onSaved: () => {
      open(null);
      changed();
    },
    onChanged: changed,
  } as RecordDrawerProps & D;

  return (
    <>
      <DataGrid<R>
        {...grid}
        handle={ref}
        onOpen={(row) => open(row.id)}
        toolbar={
          <>
            {toolbar}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
              {newLabel}
            </Button>
          </>
        }
      />
      <Drawer key={`${String(opened.target)}${JSON.stringify(opened.variant ?? {})}`} {...drawerProps} />
    </>
  );
}
