// Migration 12: team sync (团队同步). Immutable once released.
//
// Every synced row gets a global id (gid): random 128-bit hex for ordinary rows, a key built
// from what makes the row unique for the few rows two devices may create independently and
// mean the same thing (a team by its name, a yearly target by year/indicator/team, a 不是重复
// mark by its two companies). Local integer ids stay as they are, so every id already printed,
// exported or bookmarked on this device keeps resolving; between devices rows are matched by gid
// and foreign keys travel as the parent's gid.
//
// Triggers record every committed change in sync_changes, in the transaction that makes it,
// whatever code path wrote it (forms, imports, bulk edits, merges, undo, cascades): one row per
// insert/update/delete with the changed fields as JSON, a hybrid logical clock and this device's
// id. `sync_capture()`, `sync_hlc()` and `sync_actor()` are registered on every connection the
// app opens (main/sync/syncFunctions.ts); applying another device's changes turns capture off
// so they are not recorded twice. Derived columns (sort keys, twin keys, copies kept by other
// triggers) are left out: each device derives them itself.
//
// Rows that exist before this migration are recorded once, as changes of this ledger's first
// device id with the oldest possible clock, so a device joining later receives the whole ledger
// and any later edit anywhere wins over them.

import {
  ATTACHMENT_OWNERS_012,
  COLUMNS_012,
  gidOf,
  SYNC_REFS_012,
  SYNCED_TABLES_012,
  ZERO_HLC,
} from './012_syncTables';

const randomGid = `lower(hex(randomblob(16)))`;

/** SQL for the value a change carries for `column` of `row` (NEW or OLD): a parent's gid for a reference. */
function carried(table: string, column: string, row: string): string {
  if (table === 'attachments' && column === 'owner_id') {
    const cases = Object.entries(ATTACHMENT_OWNERS_012)
      .map(([kind, parent]) => `WHEN '${kind}' THEN ${gidOf(parent, `${row}.owner_id`)}`)
      .join(' ');
    return `CASE ${row}.owner_kind ${cases} END`;
  }
  const parent = SYNC_REFS_012[table]?.[column];
  return parent ? gidOf(parent, `${row}.${column}`) : `${row}.${column}`;
}

const clockAndDevice = `sync_hlc((SELECT max(hlc) FROM sync_changes)), (SELECT device FROM sync_self)`;

function joinGid(table: string, row: string): string {
  const [a, b] = SYNCED_TABLES_012[table]!.join!;
  return `${carried(table, a, row)} || '|' || ${carried(table, b, row)}`;
}

/**
 * A deleted row's earlier values leave the log with it: a deletion wins over every edit, so
 * they can never matter again, and deleted means deleted (secure_delete zeroes them).
 */
const forgetPuts = (table: string, gid: string): string =>
  `DELETE FROM sync_changes WHERE tbl = '${table}' AND gid = ${gid} AND op = 'put';`;

function triggers(table: string, columns: readonly string[]): string {
  const spec = SYNCED_TABLES_012[table]!;
  const fields = (row: string) =>
    `json_object(${columns.map((c) => `'${c}', ${carried(table, c, row)}`).join(', ')})`;
  if (spec.join) {
    const [a, b] = spec.join;
    const parentsExist = (row: string) =>
      `${carried(table, a, row)} IS NOT NULL AND ${carried(table, b, row)} IS NOT NULL`;
    // A join row that goes with a deleted parent needs no change of its own: the parent's
    // deletion says it, and the parent's gid cannot be read any more.
    return `
CREATE TRIGGER ${table}_sync_insert AFTER INSERT ON ${table} WHEN sync_capture() BEGIN
  INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor)
  VALUES (${clockAndDevice}, '${table}', ${joinGid(table, 'NEW')}, 'put', ${fields('NEW')}, sync_actor());
END;
CREATE TRIGGER ${table}_sync_delete AFTER DELETE ON ${table} WHEN sync_capture() AND ${parentsExist('OLD')} BEGIN
  ${forgetPuts(table, joinGid(table, 'OLD'))}
  INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor)
  VALUES (${clockAndDevice}, '${table}', ${joinGid(table, 'OLD')}, 'del', NULL, sync_actor());
END;`;
  }
  const changed = columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
  const changedFields = columns
    .map((c) => `SELECT '${c}' AS k, ${carried(table, c, 'NEW')} AS v WHERE OLD.${c} IS NOT NEW.${c}`)
    .join(' UNION ALL ');
  return `
CREATE TRIGGER ${table}_sync_insert AFTER INSERT ON ${table} WHEN sync_capture() BEGIN
  UPDATE ${table} SET gid = ${spec.naturalGid ?? randomGid} WHERE id = NEW.id AND gid IS NULL;
  INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor)
  VALUES (${clockAndDevice}, '${table}', (SELECT gid FROM ${table} WHERE id = NEW.id), 'put', ${fields('NEW')}, sync_actor());
END;
CREATE TRIGGER ${table}_sync_update AFTER UPDATE ON ${table} WHEN sync_capture() AND (${changed}) BEGIN
  INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor)
  SELECT ${clockAndDevice}, '${table}', NEW.gid, 'put', json_group_object(k, v), sync_actor()
  FROM (${changedFields});
END;
CREATE TRIGGER ${table}_sync_delete AFTER DELETE ON ${table} WHEN sync_capture() AND OLD.gid IS NOT NULL BEGIN
  ${forgetPuts(table, 'OLD.gid')}
  INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor)
  VALUES (${clockAndDevice}, '${table}', OLD.gid, 'del', NULL, sync_actor());
END;`;
}

/**
 * SQL recording, as 'put' changes stamped `hlc`, every row of `table` that has no change in the
 * log yet: the rows that existed before this migration, and rows a bulk writer inserted with
 * capture off (demo data). fillGidsSql gives them gids first, every table before any is recorded.
 */
export function fillGidsSql(table: string): string {
  const spec = SYNCED_TABLES_012[table]!;
  if (spec.join) return '';
  const gid = spec.naturalGid
    ? `(SELECT ${spec.naturalGid} FROM ${table} AS NEW WHERE NEW.id = ${table}.id)`
    : randomGid;
  return `UPDATE ${table} SET gid = ${gid} WHERE gid IS NULL;`;
}

/** Run after fillGidsSql for every table: a row's references travel as its parents' gids. */
export function recordUnrecordedSql(table: string, hlc: string): string {
  const spec = SYNCED_TABLES_012[table]!;
  const columns = COLUMNS_012[table]!;
  const fields = `json_object(${columns.map((c) => `'${c}', ${carried(table, c, 'NEW')}`).join(', ')})`;
  const gid = spec.join ? joinGid(table, 'NEW') : 'NEW.gid';
  return `INSERT INTO sync_changes (hlc, device, tbl, gid, op, fields, actor)
SELECT '${hlc}', (SELECT device FROM sync_self), '${table}', ${gid}, 'put', ${fields}, '系统' FROM ${table} AS NEW
WHERE NOT EXISTS (SELECT 1 FROM sync_changes AS c WHERE c.tbl = '${table}' AND c.gid = ${gid});`;
}

const tables = Object.keys(SYNCED_TABLES_012);
// sync_conflicts is created with its gid below; the domain tables get theirs added.
const withId = tables.filter((t) => !SYNCED_TABLES_012[t]!.join && t !== 'sync_conflicts');

export const sql = /* sql */ `
CREATE TABLE sync_self (
  only    INTEGER PRIMARY KEY CHECK (only = 1),
  device  TEXT NOT NULL,
  name    TEXT,
  last_export_at  TEXT
) STRICT;
INSERT INTO sync_self (only, device) VALUES (1, lower(hex(randomblob(8))));

CREATE TABLE sync_changes (
  seq     INTEGER PRIMARY KEY,
  hlc     TEXT NOT NULL,
  device  TEXT NOT NULL,
  tbl     TEXT NOT NULL,
  gid     TEXT NOT NULL,
  op      TEXT NOT NULL CHECK (op IN ('put', 'del')),
  fields  TEXT CHECK (fields IS NULL OR json_valid(fields)),
  actor   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX sync_changes_identity ON sync_changes(hlc, device, tbl, gid);
CREATE INDEX sync_changes_row ON sync_changes(tbl, gid);

CREATE TABLE sync_redirects (
  tbl   TEXT NOT NULL,
  gid   TEXT NOT NULL,
  into_gid  TEXT NOT NULL,
  PRIMARY KEY (tbl, gid)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_peers (
  device      TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  public_key  TEXT NOT NULL,
  trusted_at  TEXT NOT NULL,
  seen        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(seen)),
  last_import_at  TEXT,
  last_export_at  TEXT
) STRICT;

CREATE TABLE sync_conflicts (
  id            INTEGER PRIMARY KEY,
  gid           TEXT UNIQUE,
  tbl           TEXT NOT NULL,
  gid_of_row    TEXT NOT NULL,
  field         TEXT,
  kind          TEXT NOT NULL CHECK (kind IN ('field', 'deleted', 'held')),
  kept_value    TEXT,
  kept_hlc      TEXT,
  kept_device   TEXT,
  kept_actor    TEXT,
  other_value   TEXT,
  other_hlc     TEXT NOT NULL,
  other_device  TEXT NOT NULL,
  other_actor   TEXT NOT NULL,
  found_at      TEXT NOT NULL,
  settled_at    TEXT,
  settled_by    TEXT
) STRICT;
CREATE INDEX sync_conflicts_open ON sync_conflicts(settled_at, id);

ALTER TABLE audit_log ADD COLUMN device TEXT;

${withId.map((t) => `ALTER TABLE ${t} ADD COLUMN gid TEXT;\nCREATE UNIQUE INDEX ${t}_gid ON ${t}(gid);`).join('\n')}
${tables.map(fillGidsSql).join('\n')}
${tables.map((t) => recordUnrecordedSql(t, ZERO_HLC)).join('\n')}
${tables.map((t) => triggers(t, COLUMNS_012[t]!)).join('\n')}
`;
