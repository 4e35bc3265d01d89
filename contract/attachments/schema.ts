import { z } from 'zod';
import { id } from '../shared/fields';

/**
 * Attachments (附件): files kept with a company, project, interaction, service issue or contact.
 * Pure: the renderer imports the kinds, categories, limit and types from here.
 */

export const OWNER_KINDS = ['company', 'project', 'interaction', 'serviceIssue', 'contact'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export const OWNER_LABELS: Record<OwnerKind, string> = {
  company: '企业',
  project: '项目',
  interaction: '洽谈记录',
  serviceIssue: '企业诉求',
  contact: '联系人',
};

export const CATEGORIES = ['contract', 'photo', 'card', 'minutes', 'other'] as const;
export type AttachmentCategory = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<AttachmentCategory, string> = {
  contract: '合同',
  photo: '现场照片',
  card: '名片',
  minutes: '会议纪要',
  other: '其他',
};

/**
 * Largest file, in bytes. A file crosses from the window to the main process whole, as base64
 * in one message, and is held in memory while it is hashed (and encrypted), so the limit keeps
 * that to a few hundred MB at worst; a scanned contract or a phone photo is well below it, and
 * every backup carries the files too.
 */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

// Rounded up: a file just over the limit must not read as the limit itself.
const megabytes = (bytes: number): string =>
  `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, '')} MB`;

/** The refusal a person reads for a file over the limit (the same words in the window and the main side). */
export const tooLargeMessage = (name: string, bytes: number): string =>
  `文件“${name}”有 ${megabytes(bytes)}，超过附件上限 ${megabytes(MAX_ATTACHMENT_BYTES)}。请压缩或拆分后再上传（扫描件可降低分辨率）。`;

/** Base64 length of the largest file: 4 characters per 3 bytes. */
export const ATTACHMENT_BASE64_MAX = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const ownerRef = z.strictObject({
  kind: z.enum(OWNER_KINDS, { error: '附件所属的记录类型无效' }),
  id: id('记录编号'),
});
export type OwnerRef = z.infer<typeof ownerRef>;

export const listInput = z.strictObject({ owner: ownerRef });

export const addInput = z.strictObject({
  owner: ownerRef,
  name: z.string({ error: '文件名为空' }).trim().min(1, '文件名为空').max(255, '文件名过长'),
  category: z.enum(CATEGORIES, { error: '请选择附件类别' }),
  base64: z
    .string()
    // The exact byte count is checked after decoding, with the file's name and size in the message.
    .max(ATTACHMENT_BASE64_MAX + 4, `文件超过附件上限 ${megabytes(MAX_ATTACHMENT_BYTES)}`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容格式无效'),
});
export type AddAttachmentInput = z.input<typeof addInput>;

export const attachmentIdInput = z.strictObject({ id: id('附件编号') });

export const countInput = z.strictObject({ companyId: id('企业编号') });

/** One attachment as the window shows it. */
export interface AttachmentView {
  id: number;
  ownerKind: OwnerKind;
  ownerId: number;
  hash: string;
  fileName: string;
  mime: string;
  size: number;
  category: AttachmentCategory;
  addedBy: string;
  createdAt: string;
}

/** What an added or removed attachment reports: the row, and the audit entry 撤销 reverts. */
export interface AttachmentChange {
  attachment: AttachmentView;
  auditId: number;
}

export interface AttachmentContent {
  fileName: string;
  mime: string;
  /** File content, base64. */
  base64: string;
}

/** A company's attachments with those of its projects, interactions, issues and contacts. */
export interface AttachmentCount {
  total: number;
  byKind: Record<OwnerKind, number>;
}

/** Mime types the window previews: images inline, PDF in a frame. Anything else is downloaded. */
export const PREVIEW_IMAGE = /^image\/(png|jpeg|gif|webp|bmp)$/;
export const PREVIEW_PDF = 'application/pdf';
