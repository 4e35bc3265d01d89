import type { Db } from '../db/open';
import { prepareCached } from '../db/statements';
import { auditedTable } from '../domain/registry/auditedTables';
import { hlcTime } from './hlc';
import type { LoggedChange } from './rowLog';

type Values = Record<string, string | number | null>;

/** Column names as the audit log spells them (the API's camelCase field names). */
function asFields(table: string, values: Values | null): Record<string, unknown> | null {
  const entity = auditedTable(table);
  if (!values || !entity) return null;
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(entity.columns)) {
    if (!(column in values)) continue;
    out[field] = entity.booleans.has(field) ? values[column] === 1 : values[column];
  }
  return out;
}

/**
 * A change received from another device goes into this device's history like a local one,
 * with who made it and on which device, so 变更记录 tells the whole story of a record.
 */
export function auditRemote(
  db: Db,
  table: string,
  id: number,
  action: 'create' | 'update' | 'delete',
  before: Values | null,
  after: Values | null,
  by: LoggedChange,
): void {
  const entity = auditedTable(table);
  if (!entity) return;
  const b = asFields(table, before);
  const a = asFields(table, after);
  prepareCached(
    db,
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, batch_id, device)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  ).run(
    hlcTime(by.hlc),
    by.actor,
    entity.entity,
    id,
    action,
    b ? JSON.stringify(b) : null,
    a ? JSON.stringify(a) : null,
    by.device,
  );
}
