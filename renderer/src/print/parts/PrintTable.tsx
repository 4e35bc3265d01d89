import type { ReactNode } from 'react';

export interface PrintColumn<T> {
  key: string;
  title: ReactNode;
  render: (row: T, index: number) => ReactNode;
  /** Right-aligned figures. */
  num?: boolean;
  nowrap?: boolean;
  width?: string;
}

interface Props<T> {
  columns: PrintColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string | number;
  /** Shown instead of an empty table, e.g. 本周无。 */
  empty: ReactNode;
  foot?: ReactNode;
  testId?: string;
  /** e.g. pd-wrap-head: headers that may wrap, for tables of many figures. */
  className?: string;
}

/** A plain bordered table: its header repeats on every page and no row splits (print.css). */
export function PrintTable<T>({ columns, rows, rowKey, empty, foot, testId, className }: Props<T>) {
  if (rows.length === 0) return <p className="pd-note">{empty}</p>;
  const cls = (c: PrintColumn<T>) =>
    [c.num ? 'pd-num' : '', c.nowrap ? 'pd-nowrap' : ''].join(' ').trim() || undefined;
  return (
    <table className={className ? `pd-table ${className}` : 'pd-table'} data-testid={testId}>
      <colgroup>
        {columns.map((c) => (
          <col key={c.key} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} className={c.num ? 'pd-num' : undefined}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)}>
            {columns.map((c) => (
              <td key={c.key} className={cls(c)}>
                {c.render(row, i)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}

/** '另有 N 条未列出。' under a list that stopped at its limit. */
export function MoreNote({
  shown,
  total,
  text,
}: {
  shown: number;
  total: number;
  text: (count: number) => string;
}) {
  return total > shown ? <p className="pd-note">{text(total - shown)}</p> : null;
}
