/**
 * Stable error codes: the renderer and tests branch on `code`; `message` is what a person
 * reads (Chinese). `fields` maps form field names to their own message.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'IN_USE'
  | 'BAD_COLUMN'
  | 'UNKNOWN_CHANNEL'
  | 'PAYLOAD_TOO_LARGE'
  | 'FORBIDDEN'
  | 'DB_NEWER'
  | 'DB_CORRUPT'
  | 'CANCELLED'
  /** The disk is full: SQLite rolled the write back. */
  | 'DISK_FULL'
  /** Another program holds the database's write lock past the busy timeout. */
  | 'DB_BUSY'
  /** A text or answer larger than the program can hold or send to the window. */
  | 'TOO_LARGE'
  /** A file offered for restore that is not a whole 招商通 backup. */
  | 'BACKUP_FOREIGN'
  /** A backup whose records refer to records it does not hold. */
  | 'BACKUP_INCONSISTENT'
  /** A backup from before team sync offered on a laptop that has synced: its records have no gids. */
  | 'BACKUP_BEFORE_SYNC'
  /** The passphrase of an encrypted database is wrong: nothing was opened or changed. */
  | 'DB_WRONG_PASSPHRASE'
  /** An encrypted database whose key is sealed by the keychain, which does not answer or does not match. */
  | 'DB_KEYCHAIN_UNAVAILABLE'
  | 'DB_WRONG_KEY'
  /** An encrypted database waits for the passphrase typed at start. */
  | 'DB_PASSPHRASE_NEEDED'
  /** A write asked for while an import holds the database: refused at once, nothing saved. */
  | 'BUSY'
  /** A file offered as a 同步包 that is none. */
  | 'SYNC_NOT_BUNDLE'
  /** A 同步包 cut short (a copy interrupted, a USB stick pulled out). */
  | 'SYNC_TRUNCATED'
  /** A 同步包 whose bytes do not match its signature: damaged or altered. */
  | 'SYNC_TAMPERED'
  /** A 同步包 signed by a device that is not in this office's trusted list. */
  | 'SYNC_FOREIGN'
  /** A 同步包 from a newer program (bundle format or database version). */
  | 'SYNC_NEWER'
  /** A 同步包 exported by this very device. */
  | 'SYNC_OWN_BUNDLE'
  /** A signed 同步包 whose parts disagree with its header (counts, sizes, attachment hashes). */
  | 'SYNC_INCONSISTENT'
  /** A signed 同步包 holding a header or change outside the format. */
  | 'SYNC_INVALID'
  /**
   * A 同步包 encrypted with the 团队同步口令 and none set here; or, on export, an encrypted ledger
   * with none set (it lets no plain bundle out).
   */
  | 'SYNC_PASSPHRASE_NEEDED'
  /** An encrypted 同步包 that does not open with this laptop's 团队同步口令: nothing imported. */
  | 'SYNC_WRONG_PASSPHRASE'
  /** This device's key file exists but cannot be read: never replaced silently. */
  | 'SYNC_KEY_DAMAGED'
  /** 办公室服务器: the address is not confirmed yet (连接 first). */
  | 'SERVER_NOT_CONFIGURED'
  /** The server cannot be reached (network, timeout): work goes on offline. */
  | 'SERVER_UNREACHABLE'
  /** The server presented a certificate other than the confirmed one: nothing was sent. */
  | 'SERVER_CERT_MISMATCH'
  /** No valid sign-in token (expired, refused by the server, or never signed in). */
  | 'SERVER_SIGN_IN_NEEDED'
  /** The server refused a request: its own message is shown as it is. */
  | 'SERVER_REFUSED'
  /** The address answers, but not as a 招商通 office server does. */
  | 'SERVER_BAD_REPLY'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
  }
  toJSON(): ApiError {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string, id: number | string): DomainError =>
  new DomainError('NOT_FOUND', `${what}（编号 ${id}）不存在或已被删除`);

/** A VALIDATION refusal that names one field, so the form shows the message under it. */
export const invalid = (field: string, message: string): DomainError =>
  new DomainError('VALIDATION', message, { [field]: message });
