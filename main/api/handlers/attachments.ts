import {
  addAttachment,
  attachmentContent,
  countAttachments,
  listAttachments,
  removeAttachment,
} from '../../domain/attachments';
import type { HandlerGroup } from './types';

export const attachmentHandlers: HandlerGroup<'attachments'> = {
  'attachments.list': ({ db }, input) => listAttachments(db, input),
  'attachments.add': ({ db, actor }, input) => addAttachment(db, actor, input),
  'attachments.remove': ({ db, actor }, input) => removeAttachment(db, actor, input),
  'attachments.content': ({ db }, input) => attachmentContent(db, input),
  'attachments.count': ({ db }, input) => countAttachments(db, input),
};
