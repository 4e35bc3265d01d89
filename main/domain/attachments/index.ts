import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { DomainError } from '@contract/shared/errors';
import { parseOrThrow } from '../shared/validate';
import { sanitizeFileName, mimeOf } from './fileKind';
import { readContent, storeContent, storeDirFor } from './fileStore';
import {
  addInput,
  attachmentIdInput,
  countInput,
  listInput,
  MAX_ATTACHMENT_BYTES,
  OWNER_KINDS,
  OWNER_LABELS,
  tooLargeMessage,
  type AttachmentChange,
  type AttachmentContent,
  type AttachmentCount,
  type AttachmentView,
  type OwnerRef,
} from '@contract/attachments/schema';
import { attachments, OWNER_TABLES, type AttachmentRow } from './table';

/**
 * Attachments of a record: added (the file stored once by its hash, the row audited), listed,
 * read back, removed (the row only: the file stays for undo, see cleanup.ts) and counted.
 */

export const attachmentsDir = (db: Db): string => storeDirFor(db.name);

const toView = ({ updatedAt: _u, ...row }: AttachmentRow): AttachmentView => row;

const ownerExists = (db: Db, owner: OwnerRef): boolean =>
  db.prepare(`SELECT 1 FROM ${OWNER_TABLES[owner.kind]} WHERE id = ?`).get(owner.id) !== undefined;

function assertOwner(db: Db, owner: OwnerRef): void {
  if (!ownerExists(db, owner))
    throw new DomainError('NOT_FOUND', `该${OWNER_LABELS[owner.kind]}不存在或已被删除`);
}

const lastAuditId = (db: Db, id: number): number =>
  db
    .prepare(`SELECT max(id) FROM audit_log WHERE entity = 'attachment' AND entity_id = ?`)
    .pluck()
    .get(id) as number;

export function listAttachments(db: Db, input: unknown): AttachmentView[] {
  const { owner } = parseOrThrow(listInput, input);
  // A deleted record's attachments wait out of sight for an undo of the deletion.
  if (!ownerExists(db, owner)) return [];
  const rows = db
    .prepare(
      `SELECT ${attachments.selectList} FROM attachments WHERE owner_kind = ? AND owner_id = ?
       ORDER BY created_at DESC, id DESC`,
    )
    .all(owner.kind, owner.id) as AttachmentRow[];
  return rows.map(toView);
}

export function addAttachment(db: Db, actor: Actor, input: unknown): AttachmentChange {
  const { owner, name, category, base64 } = parseOrThrow(addInput, input);
  const fileName = sanitizeFileName(name);
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new DomainError('TOO_LARGE', tooLargeMessage(fileName, bytes.length), { base64: '文件过大' });
  }
  if (bytes.length === 0)
    throw new DomainError('VALIDATION', `文件“${fileName}”是空文件`, { base64: '空文件' });
  assertOwner(db, owner);
  // The file first: a row never names a file that is not there. Should the row fail, the file
  // has no reference and the cleanup after the next start removes it.
  const hash = storeContent(attachmentsDir(db), bytes);
  return db
    .transaction(() => {
      assertOwner(db, owner);
      const row = attachments.insert(db, actor, {
        ownerKind: owner.kind,
        ownerId: owner.id,
        hash,
        fileName,
        mime: mimeOf(fileName, bytes),
        size: bytes.length,
        category,
        addedBy: actor.name,
      });
      return { attachment: toView(row), auditId: lastAuditId(db, row.id) };
    })
    .immediate();
}

export function removeAttachment(db: Db, actor: Actor, input: unknown): AttachmentChange {
  const { id } = parseOrThrow(attachmentIdInput, input);
  return db
    .transaction(() => {
      const row = attachments.remove(db, actor, id);
      return { attachment: toView(row), auditId: lastAuditId(db, id) };
    })
    .immediate();
}

export function attachmentContent(db: Db, input: unknown): AttachmentContent {
  const { id } = parseOrThrow(attachmentIdInput, input);
  const row = attachments.require(db, id);
  const bytes = readContent(attachmentsDir(db), row.hash);
  return { fileName: row.fileName, mime: row.mime, base64: bytes.toString('base64') };
}

/** A company's attachments with those of its projects, interactions, service issues and contacts. */
export function countAttachments(db: Db, input: unknown): AttachmentCount {
  const { companyId } = parseOrThrow(countInput, input);
  if (!db.prepare(`SELECT 1 FROM companies WHERE id = ?`).get(companyId)) {
    throw new DomainError('NOT_FOUND', '该企业不存在或已被删除');
  }
  // A record about one of the company's projects counts even when its own company is not set.
  const rows = db
    .prepare(
      `WITH p AS (SELECT id FROM projects WHERE company_id = :c)
       SELECT owner_kind AS kind, count(*) AS n FROM attachments a
       WHERE (owner_kind = 'company' AND owner_id = :c)
          OR (owner_kind = 'project' AND owner_id IN (SELECT id FROM p))
          OR (owner_kind = 'interaction' AND owner_id IN
                (SELECT id FROM interactions WHERE company_id = :c OR project_id IN (SELECT id FROM p)))
          OR (owner_kind = 'serviceIssue' AND owner_id IN
                (SELECT id FROM service_issues WHERE company_id = :c OR project_id IN (SELECT id FROM p)))
          OR (owner_kind = 'contact' AND owner_id IN (SELECT id FROM contacts WHERE company_id = :c))
       GROUP BY owner_kind`,
    )
    .all({ c: companyId }) as { kind: keyof AttachmentCount['byKind']; n: number }[];
  const byKind = Object.fromEntries(OWNER_KINDS.map((k) => [k, 0])) as AttachmentCount['byKind'];
  for (const r of rows) byKind[r.kind] = r.n;
  return { total: rows.reduce((s, r) => s + r.n, 0), byKind };
}
