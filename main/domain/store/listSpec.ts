// The allow-list a grid declares: which columns it shows, sorts and filters, and how.
import type { NameRef } from './nameIndex';

export type ColumnType = 'text' | 'number' | 'date' | 'bool';

export interface ListColumn {
  /** SQL expression, written by us; never derived from input. */
  sql: string;
  type: ColumnType;
  sortable?: boolean;
  filterable?: boolean;
  /** What the column sorts by when not its value: a name's pinyin key (migration 8). */
  sortSql?: string;
  /** The column is a record's name: "contains" is answered from the search index by its id. */
  names?: NameRef;
  /**
   * A column of few distinct values with an index of its own (行业, 拟选址 …): "contains" is
   * answered by the values that contain the text (see valuesLike), then the rows by the index.
   */
  values?: IndexedValues;
}

/** Where a column's values and their index live: the table and the column, as written in SQL. */
export interface IndexedValues {
  table: string;
  column: string;
}

export interface ListSpec {
  /** FROM clause incl. joins. */
  from: string;
  /** SELECT list producing the row shape. */
  select: string;
  /** Unique column used as the last sort key so pages never overlap; `select` returns it as `id`. */
  key: string;
  columns: Record<string, ListColumn>;
  /** Expressions searched by the free-text box (substring match). */
  search: string[];
  /**
   * Names the search box finds the way Ctrl+K does (Chinese, pinyin, initials, phone, credit
   * code) through the search index, by the id of the record they name.
   */
  searchNames?: NameRef[];
  /**
   * Columns of few distinct values with an index of their own (行业, 产业链): the search box
   * matches the values first (one pass over the index), then the rows by the index.
   */
  searchValues?: ({ col: string } & IndexedValues)[];
  defaultSort: string;
  /** Always-on condition, e.g. a scope to one company. */
  where?: string;
}
