import {
  addInput,
  ATTACHMENT_BASE64_MAX,
  attachmentIdInput,
  countInput,
  listInput,
  type AttachmentChange,
  type AttachmentContent,
  type AttachmentCount,
  type AttachmentView,
} from '../attachments/schema';
import { command, query } from './define';

// The file travels as base64; the dispatch counts up to 3 bytes per character (as import.upload).
const ADD_MAX_BYTES = ATTACHMENT_BASE64_MAX * 3 + 64 * 1024;

/** 附件: files on companies, projects, interactions, service issues and contacts. */
export const attachmentChannels = {
  'attachments.list': query<AttachmentView[]>()(listInput),
  'attachments.add': command<AttachmentChange>()(addInput, ADD_MAX_BYTES),
  'attachments.remove': command<AttachmentChange>()(attachmentIdInput),
  'attachments.content': query<AttachmentContent>()(attachmentIdInput),
  'attachments.count': query<AttachmentCount>()(countInput),
};
