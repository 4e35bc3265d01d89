import type { Db } from '../../db/open';
import { DomainError } from '@contract/shared/errors';

/**
 * Existence checks on tables other modules own. Plain SQL on purpose: trips, receptions,
 * issues and targets must not depend on the staff/company/project modules' code, only on
 * their rows. A missing row is a form problem ("the person you picked is gone"), so it is
 * reported as VALIDATION on the field, before anything is written.
 */
export type RefTable = 'staff' | 'teams' | 'companies' | 'projects';

export interface RefCheck {
  table: RefTable;
  id: number | null | undefined;
  field: string;
  label: string;
}

const missing = (label: string): string => `所选${label}不存在或已被删除`;

function throwFields(fields: Record<string, string>): void {
  const messages = Object.values(fields);
  if (messages.length) throw new DomainError('VALIDATION', messages.slice(0, 3).join('；'), fields);
}

export function exists(db: Db, table: RefTable, id: number): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function assertRefs(db: Db, checks: RefCheck[]): void {
  const fields: Record<string, string> = {};
  for (const c of checks) {
    if (c.id != null && !exists(db, c.table, c.id)) fields[c.field] = missing(c.label);
  }
  throwFields(fields);
}

export function assertStaffIds(db: Db, ids: readonly number[], field: string, label: string): void {
  const gone = ids.filter((id) => !exists(db, 'staff', id));
  if (gone.length) throwFields({ [field]: `${missing(label)}（编号 ${gone.join('、')}）` });
}

export interface Parties {
  companyId: number | null;
  projectId: number | null;
}

/**
 * A visit, issue or reception concerns a company, a project, or both. A project alone brings
 * its company along so per-company views count it; a project of another company is refused.
 */
export function resolveParties(
  db: Db,
  companyId: number | null,
  projectId: number | null,
  required: boolean,
): Parties {
  if (companyId == null && projectId == null) {
    if (required) throwFields({ companyId: '请选择企业或项目（至少一项）' });
    return { companyId: null, projectId: null };
  }
  assertRefs(db, [{ table: 'companies', id: companyId, field: 'companyId', label: '企业' }]);
  if (projectId == null) return { companyId, projectId: null };
  const project = db.prepare(`SELECT company_id AS companyId FROM projects WHERE id = ?`).get(projectId) as
    { companyId: number | null } | undefined;
  if (!project) throwFields({ projectId: missing('项目') });
  const own = project?.companyId ?? null;
  if (companyId != null && own != null && own !== companyId) {
    throwFields({ projectId: '所选项目不属于所选企业' });
  }
  return { companyId: companyId ?? own, projectId };
}
