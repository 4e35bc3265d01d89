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

export interface SyncedTableSpec {
  /** Columns each device derives itself: never sent. */
  derived?: readonly string[];
  /** SQL (over NEW) for a gid made from what the row means, instead of a random one. */
  naturalGid?: string;
  /** A join table without an id: its two foreign keys are the row's identity. */
  join?: readonly [string, string];
}

const randomGid = `lower(hex(randomblob(16)))`;
const gidOf = (table: string, idExpr: string): string => `(SELECT gid FROM ${table} WHERE id = ${idExpr})`;

/** The synced tables as of this migration, parents before children. */
export const SYNCED_TABLES_012: Readonly<Record<string, SyncedTableSpec>> = {
  teams: { derived: ['name_sort'], naturalGid: `'team:' || NEW.name` },
  staff: { derived: ['name_sort'] },
  companies: { derived: ['name_sort', 'twin_key'] },
  contacts: { derived: ['name_sort'] },
  projects: {
    derived: ['name_sort', 'company_sort', 'owner_sort', 'team_sort', 'company_key', 'owner_key', 'team_key'],
  },
  project_stage_history: {},
  investment_arrivals: {},
  interactions: {},
  interaction_staff: { join: ['interaction_id', 'staff_id'], derived: ['visit_on', 'visit_company_id'] },
  interaction_contacts: { join: ['interaction_id', 'contact_id'] },
  trips: {},
  trip_members: { join: ['trip_id', 'staff_id'] },
  trip_stops: {},
  stop_visits: {},
  stop_events: {},
  receptions: {},
  targets: {
    naturalGid: `'target:' || NEW.year || ':' || NEW.indicator || ':' || ifnull(${gidOf('teams', 'NEW.team_id')}, '')`,
  },
  service_issues: {},
  company_not_twins: {
    naturalGid: `'not-twins:' || ${gidOf('companies', 'NEW.low_id')} || ':' || ${gidOf('companies', 'NEW.high_id')}`,
  },
  attachments: {},
  // A conflict one device finds is listed on every device, and settling it there settles it here.
  sync_conflicts: {},
};

/** Foreign keys as of this migration (child column -> parent table); attachments point by kind. */
export const SYNC_REFS_012: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  teams: { leader_id: 'staff' },
  staff: { team_id: 'teams' },
  contacts: { company_id: 'companies' },
  projects: { company_id: 'companies', owner_id: 'staff', team_id: 'teams' },
  project_stage_history: { project_id: 'projects' },
  investment_arrivals: { project_id: 'projects' },
  interactions: { company_id: 'companies', project_id: 'projects' },
  interaction_staff: { interaction_id: 'interactions', staff_id: 'staff' },
  interaction_contacts: { interaction_id: 'interactions', contact_id: 'contacts' },
  trips: { leader_id: 'staff', team_id: 'teams' },
  trip_members: { trip_id: 'trips', staff_id: 'staff' },
  trip_stops: { trip_id: 'trips' },
  stop_visits: {
    stop_id: 'trip_stops',
    company_id: 'companies',
    project_id: 'projects',
    interaction_id: 'interactions',
  },
  stop_events: { stop_id: 'trip_stops' },
  receptions: { company_id: 'companies', project_id: 'projects', host_id: 'staff' },
  targets: { team_id: 'teams' },
  service_issues: { company_id: 'companies', project_id: 'projects', owner_id: 'staff' },
  company_not_twins: { low_id: 'companies', high_id: 'companies' },
};

/** attachments.owner_id points at the table its owner_kind names. */
export const ATTACHMENT_OWNERS_012: Readonly<Record<string, string>> = {
  company: 'companies',
  project: 'projects',
  interaction: 'interactions',
  serviceIssue: 'service_issues',
  contact: 'contacts',
};

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

export const ZERO_HLC = '000000000000000-000000';

/** Column lists as of this migration (table order), so the SQL below never depends on a later schema. */
export const COLUMNS_012: Readonly<Record<string, readonly string[]>> = {
  teams: ['name', 'kind', 'leader_id', 'region', 'active', 'created_at', 'updated_at'],
  staff: [
    'name',
    'title',
    'role',
    'leader_level',
    'team_id',
    'mobile',
    'email',
    'active',
    'created_at',
    'updated_at',
  ],
  companies: [
    'name',
    'name_key',
    'credit_code',
    'industry',
    'chain',
    'tier',
    'is_chain_leader',
    'hq_adcode',
    'hq_address',
    'lng',
    'lat',
    'source_channel',
    'registered_capital',
    'website',
    'intro',
    'talking_points',
    'notes',
    'created_at',
    'updated_at',
  ],
  contacts: [
    'company_id',
    'name',
    'title',
    'mobile',
    'phone',
    'wechat',
    'email',
    'is_key',
    'notes',
    'created_at',
    'updated_at',
  ],
  projects: [
    'name',
    'company_id',
    'stage',
    'stage_since',
    'drop_reason',
    'industry',
    'chain',
    'source_channel',
    'planned_amount',
    'contract_amount',
    'key_level',
    'annual_plan_amount',
    'completed_amount',
    'is_industrial',
    'site',
    'land_mu',
    'owner_id',
    'team_id',
    'first_contact_on',
    'signed_on',
    'registered_on',
    'started_on',
    'produced_on',
    'full_on',
    'dropped_on',
    'next_follow_up_on',
    'next_follow_up_note',
    'notes',
    'created_at',
    'updated_at',
  ],
  project_stage_history: [
    'project_id',
    'from_stage',
    'to_stage',
    'changed_on',
    'reason',
    'actor',
    'created_at',
  ],
  investment_arrivals: ['project_id', 'arrived_on', 'amount', 'note', 'created_at', 'updated_at'],
  interactions: [
    'company_id',
    'project_id',
    'kind',
    'occurred_on',
    'place',
    'their_attendees_text',
    'summary',
    'sticking_points',
    'promises',
    'next_step',
    'next_step_on',
    'next_step_done',
    'created_by',
    'created_at',
    'updated_at',
  ],
  interaction_staff: ['interaction_id', 'staff_id'],
  interaction_contacts: ['interaction_id', 'contact_id'],
  trips: [
    'title',
    'leader_id',
    'team_id',
    'purpose',
    'starts_on',
    'ends_on',
    'status',
    'home_adcode',
    'return_home',
    'notes',
    'created_at',
    'updated_at',
  ],
  trip_members: ['trip_id', 'staff_id'],
  trip_stops: [
    'trip_id',
    'seq',
    'adcode',
    'place_name',
    'arrive_on',
    'depart_on',
    'pinned',
    'notes',
    'created_at',
    'updated_at',
  ],
  stop_visits: [
    'stop_id',
    'company_id',
    'project_id',
    'planned_on',
    'status',
    'interaction_id',
    'notes',
    'created_at',
    'updated_at',
  ],
  stop_events: ['stop_id', 'kind', 'title', 'held_on', 'notes', 'created_at', 'updated_at'],
  receptions: [
    'starts_on',
    'ends_on',
    'company_id',
    'project_id',
    'delegation',
    'headcount',
    'host_id',
    'itinerary',
    'outcome',
    'created_at',
    'updated_at',
  ],
  targets: ['year', 'indicator', 'team_id', 'value', 'created_at', 'updated_at'],
  service_issues: [
    'company_id',
    'project_id',
    'category',
    'description',
    'reported_on',
    'owner_id',
    'due_on',
    'status',
    'resolution',
    'closed_on',
    'created_at',
    'updated_at',
  ],
  company_not_twins: ['low_id', 'high_id', 'created_at', 'updated_at'],
  attachments: [
    'owner_kind',
    'owner_id',
    'hash',
    'file_name',
    'mime',
    'size',
    'category',
    'added_by',
    'created_at',
    'updated_at',
  ],
  sync_conflicts: [
    'tbl',
    'gid_of_row',
    'field',
    'kind',
    'kept_value',
    'kept_hlc',
    'kept_device',
    'kept_actor',
    'other_value',
    'other_hlc',
    'other_device',
    'other_actor',
    'found_at',
    'settled_at',
    'settled_by',
  ],
};

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
