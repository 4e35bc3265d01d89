import type { Db } from '../db/open';
import type { ConflictRow, ConflictSideView } from '@contract/sync/schema';
import { DomainError, notFound } from '@contract/shared/errors';
import { nowIso } from '@contract/shared/time';
import { auditedTable } from '../domain/registry/auditedTables';
import { writeAudit } from '../domain/store/audit';
import { hlcTime } from './hlc';
import { localIdOf } from './rowLog';
import { parentOf } from './syncedTables';
import { fieldNameOf, recordNameOf } from './recordLabels';

interface Stored {
  id: number;
  tbl: string;
  gid_of_row: string;
  field: string | null;
  kind: ConflictRow['kind'];
  kept_value: string | null;
  kept_hlc: string | null;
  kept_device: string | null;
  kept_actor: string | null;
  other_value: string | null;
  other_hlc: string;
  other_device: string;
  other_actor: string;
  found_at: string;
  settled_at: string | null;
  settled_by: string | null;
}

function deviceNames(db: Db): Map<string, string> {
  const names = new Map(
    (db.prepare(`SELECT device, name FROM sync_peers`).all() as { device: string; name: string }[]).map(
      (p) => [p.device, p.name],
    ),
  );
  const self = db.prepare(`SELECT device, name FROM sync_self`).get() as {
    device: string;
    name: string | null;
  };
  names.set(self.device, self.name ?? '本机');
  return names;
}

function view(db: Db, c: Stored, names: Map<string, string>): ConflictRow {
  const entity = auditedTable(c.tbl);
  const id = entity ? (localIdOf(db, c.tbl, c.gid_of_row) ?? null) : null;
  const recordName = id === null ? null : recordNameOf(db, c.tbl, id);
  const camel = fieldNameOf(c.tbl, c.field);
  const side = (
    value: string | null,
    hlc: string | null,
    device: string | null,
    actor: string | null,
  ): ConflictSideView => ({
    value,
    at: hlc ? hlcTime(hlc) : null,
    deviceName: device ? (names.get(device) ?? device) : null,
    actor: actor || null,
  });
  return {
    id: c.id,
    kind: c.kind,
    recordLabel: entity?.label ?? c.tbl,
    recordName,
    recordId: id,
    entity: entity?.entity ?? null,
    field: camel,
    kept: c.kept_hlc === null ? null : side(c.kept_value, c.kept_hlc, c.kept_device, c.kept_actor),
    other: side(c.other_value, c.other_hlc || null, c.other_device || null, c.other_actor),
    foundAt: c.found_at,
    settledAt: c.settled_at,
    settledBy: c.settled_by,
  };
}

/** 同步冲突: open ones (or settled ones), newest first. */
export function listConflicts(db: Db, settled = false): ConflictRow[] {
  const names = deviceNames(db);
  const rows = db
    .prepare(
      `SELECT * FROM sync_conflicts WHERE (settled_at IS NOT NULL) = ? ORDER BY found_at DESC, id DESC LIMIT 500`,
    )
    .all(settled ? 1 : 0) as Stored[];
  return rows.map((r) => view(db, r, names));
}

/** The stored text of a value as the column takes it: numbers for numeric columns, local ids for references. */
function columnValue(db: Db, table: string, column: string, text: string | null): string | number | null {
  if (text === null) return null;
  const parent = parentOf(table, column, {});
  if (parent) {
    const id = localIdOf(db, parent, text);
    if (id === undefined) throw new DomainError('CONFLICT', '对方的取值指向的记录已被删除，无法采用');
    return id;
  }
  const type = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[]).find(
    (c) => c.name === column,
  )?.type;
  return type === 'INTEGER' || type === 'REAL' ? Number(text) : text;
}

/**
 * Settles a conflict: 'kept' leaves the record as it is; 'other' writes the value that lost, as a
 * new edit of this laptop that travels like any other. Either way the entry is marked settled on
 * every laptop.
 */
export function settleConflict(db: Db, actor: string, id: number, take: 'other' | 'kept'): ConflictRow {
  return db
    .transaction(() => {
      const c = db.prepare(`SELECT * FROM sync_conflicts WHERE id = ?`).get(id) as Stored | undefined;
      if (!c) throw notFound('同步冲突', id);
      if (c.settled_at) throw new DomainError('CONFLICT', '这条同步冲突已经处理过了');
      if (take === 'other') {
        if (c.kind !== 'field' || !c.field)
          throw new DomainError('VALIDATION', '这条冲突没有可采用的对方取值，只能确认');
        const rowId = localIdOf(db, c.tbl, c.gid_of_row);
        if (rowId === undefined) throw new DomainError('CONFLICT', '这条记录已被删除，无法采用对方的取值');
        const value = columnValue(db, c.tbl, c.field, c.other_value);
        const before = db.prepare(`SELECT ${c.field} FROM ${c.tbl} WHERE id = ?`).pluck().get(rowId);
        const hasUpdated = (db.prepare(`PRAGMA table_info(${c.tbl})`).all() as { name: string }[]).some(
          (x) => x.name === 'updated_at',
        );
        db.prepare(
          `UPDATE ${c.tbl} SET ${c.field} = ?${hasUpdated ? ', updated_at = ?' : ''} WHERE id = ?`,
        ).run(...(hasUpdated ? [value, nowIso(), rowId] : [value, rowId]));
        const entity = auditedTable(c.tbl);
        const field = entity && Object.entries(entity.columns).find(([, col]) => col === c.field)?.[0];
        if (entity && field) {
          writeAudit(
            db,
            { name: actor },
            entity.entity,
            rowId,
            'update',
            { [field]: before },
            { [field]: value },
          );
        }
      }
      db.prepare(`UPDATE sync_conflicts SET settled_at = ?, settled_by = ? WHERE id = ?`).run(
        nowIso(),
        actor,
        id,
      );
      return view(
        db,
        db.prepare(`SELECT * FROM sync_conflicts WHERE id = ?`).get(id) as Stored,
        deviceNames(db),
      );
    })
    .immediate();
}
