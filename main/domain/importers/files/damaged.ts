import { DomainError } from '@contract/shared/errors';

/** A file that is not what its structure says: nothing of it is used. */
export const damagedFile = (): DomainError =>
  new DomainError('VALIDATION', '文件已损坏或不是有效的 .xlsx 文件，未能读取。');
