import type { WithdrawnRow } from '@contract/sync/serverLink';
import { notFound } from '@contract/shared/errors';
import type { Db } from '../../db/open';
import { auditedTable } from '../../domain/registry/auditedTables';
import { fieldNameOf } from '../recordLabels';
import { localIdOf } from '../rowLog';
import { parentOf, syncedSpec } from '../syncedTables';

interface Stored {
  id: number;
  tbl: string;
  gid: string;
  field: string | null;
  kind: WithdrawnRow['kind'];
  record_name: string | null;
  mine: string | null;
  office: string | null;
  reason: string;
  withdrawn_at: string;
}

/** A membership (a trip's member, a meeting's attendee) is listed on the record it belongs to. */
function recordOf(table: string, gid: string): { table: string; gid: string } {
  const join = syncedSpec(table)?.join;
  return join ? { table: parentOf(table, join[0], {})!, gid: gid.split('|')[0] ?? '' } : { table, gid };
}

/** 办公室未接受的修改 (sync_withdrawn, migration 14), newest first. */
export function listWithdrawn(db: Db): WithdrawnRow[] {
  const rows = db
    .prepare(`SELECT * FROM sync_withdrawn ORDER BY withdrawn_at DESC, id DESC LIMIT 500`)
    .all() as Stored[];
  return rows.map((r) => {
    const about = recordOf(r.tbl, r.gid);
    const entity = auditedTable(about.table);
    return {
      id: r.id,
      kind: r.kind,
      recordLabel: entity?.label ?? r.tbl,
      recordName: r.record_name,
      recordId: entity ? (localIdOf(db, about.table, about.gid) ?? null) : null,
      entity: entity?.entity ?? null,
      field: fieldNameOf(r.tbl, r.field),
      mine: r.mine,
      office: r.office,
      reason: r.reason,
      at: r.withdrawn_at,
    };
  });
}

/** 知道了: the entry leaves the list; the record stays as the office has it. */
export function dismissWithdrawn(db: Db, id: number): WithdrawnRow[] {
  const gone = db.prepare(`DELETE FROM sync_withdrawn WHERE id = ?`).run(id);
  if (gone.changes === 0) throw notFound('办公室未接受的修改', id);
  return listWithdrawn(db);
}
