import { defineTable } from '../store/table';
import type { AttachmentView, OwnerKind } from '@contract/attachments/schema';

/** One attachments row (migration 11), as the audit log records it. */
export type AttachmentRow = AttachmentView & { updatedAt: string };

export const attachments = defineTable<AttachmentRow>({
  table: 'attachments',
  entity: 'attachment',
  label: '附件',
  columns: {
    id: 'id',
    ownerKind: 'owner_kind',
    ownerId: 'owner_id',
    hash: 'hash',
    fileName: 'file_name',
    mime: 'mime',
    size: 'size',
    category: 'category',
    addedBy: 'added_by',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
});

/** The table each kind of owner lives in (never from input: looked up by the checked kind). */
export const OWNER_TABLES: Record<OwnerKind, string> = {
  company: 'companies',
  project: 'projects',
  interaction: 'interactions',
  serviceIssue: 'service_issues',
  contact: 'contacts',
};
