/**
 * "Every write is in the audit log", kept structurally: every table that holds the office's data
 * is written through an audited table definition (and so can be listed and undone), belongs to
 * one that is, or is named below with the reason it needs no audit of its own.
 */
import { describe, expect, it } from 'vitest';
import { auditedTable, OWNED_TABLES } from '../../../main/domain/registry/auditedTables';
import { freshDb } from '../testDb';

const NOT_AUDITED_ROWS: Record<string, string> = {
  settings: "audited per key as entity 'setting'",
  audit_log: 'the audit log itself',
  audit_batches: 'the audit log itself',
  audit_batch_rows: 'the audit log itself',
  sync_self: "team sync: this laptop's own id and name",
  sync_changes: 'team sync: the change log, written by triggers alongside every audited write',
  sync_redirects: 'team sync: where merged-away companies went, written with the merge',
  sync_peers: 'team sync: the laptops this one trusts (设置 → 团队同步), not office data',
  sync_server:
    'team sync: this laptop’s office server, session and cursor (设置 → 团队同步), not office data',
  sync_conflicts: 'team sync: conflicts found while applying changes, settled by a change that is audited',
  sync_withdrawn:
    'team sync: edits the office server refused (办公室未接受的修改); the restore itself is audited on the record',
  sync_held: 'team sync: values held for a refusal the office may still send, not office data of their own',
  figure_versions: "the dashboard's months, versioned by triggers on the audited tables they count",
};
/** Derived from audited tables and rebuilt from them (full-text search index and its queue). */
const DERIVED = /^search_/;

describe('audit coverage', () => {
  it('leaves no table of office data outside the audit log', () => {
    const db = freshDb();
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    expect(tables.filter((t) => auditedTable(t)).length).toBeGreaterThan(10);
    const unaccounted = tables.filter(
      (t) => !auditedTable(t) && !OWNED_TABLES[t] && !NOT_AUDITED_ROWS[t] && !DERIVED.test(t),
    );
    expect(
      unaccounted,
      'register these in main/domain/registry/auditedTables.ts, or say here why not',
    ).toEqual([]);
  });
});
