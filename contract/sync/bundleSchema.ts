import { z } from 'zod';
// Sets zod's messages to Chinese: a refused change names its problem in the office's words.
import '../shared/fields';

/**
 * What a 同步包 (sync bundle) carries between the laptops of one office: field-level changes,
 * each stamped with its hybrid logical clock and the device that made it. Pure: the settings
 * page shows the same header (who exported it, when, how many changes).
 */

/** First 16 hex characters of sha256 of the device's raw ed25519 public key (main/sync/deviceKeys.ts). */
export const deviceIdSchema = z.string().regex(/^[0-9a-f]{16}$/, '设备编号应为 16 位十六进制字符');

/**
 * The name people gave the laptop, e.g. 招商一组笔记本. It is shown before the device is trusted,
 * so no line breaks or other control characters that could dress it up as the program's own text.
 */
export const deviceNameSchema = z
  .string()
  .max(100, '设备名称过长')
  .regex(/^\P{Cc}*$/u, '设备名称不能含换行等控制字符');

/** Base64 of the ed25519 public key's SPKI DER encoding. */
export const publicKeySchema = z.string().max(200, '公钥过长');

/** The clock's text form belongs to the sync core; here only its size is bounded. */
const hlcSchema = z.string().min(1, '时钟为空').max(100, '时钟过长');

/**
 * A table or column name: the change is applied by name, so only plain SQL identifiers pass,
 * whatever the device that signed it.
 */
const identifierSchema = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,63}$/, '表名或字段名只能由小写字母、数字和下划线组成');

const fieldValueSchema = z.union([z.string(), z.number(), z.null()]);

export const syncChangeSchema = z.strictObject({
  hlc: hlcSchema,
  device: deviceIdSchema,
  tbl: identifierSchema,
  gid: z.string().min(1, '记录编号为空').max(100, '记录编号过长'),
  op: z.enum(['put', 'del']),
  fields: z.record(identifierSchema, fieldValueSchema).nullable(),
  actor: z.string().max(200, '操作人过长'),
});
export type SyncChange = z.infer<typeof syncChangeSchema>;

/** A format version of 1 is the only one this program writes and reads. */
export const BUNDLE_FORMAT_VERSION = 1;

const base64Of = (bytes: number) =>
  z
    .string()
    .length(Math.ceil(bytes / 3) * 4, '长度不正确')
    .regex(/^[A-Za-z0-9+/]+=*$/, '应为 base64');

/**
 * How the body of an encrypted 同步包 was sealed: AES-256-GCM (the 16-byte tag after the
 * ciphertext) under a scrypt key of the 团队同步口令 (N = 2^15, r = 8, p = 1), the signed header
 * as additional data. Salt and nonce are random per bundle.
 */
export const bundleSealSchema = z.strictObject({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  salt: base64Of(16),
  nonce: base64Of(12),
});
export type BundleSeal = z.infer<typeof bundleSealSchema>;

export const bundleHeaderSchema = z.strictObject({
  format: z.literal('leadatlas-sync'),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  /** The database's migration count on the device that exported it. */
  schemaVersion: z.number().int().min(1),
  from: z.strictObject({
    device: deviceIdSchema,
    name: deviceNameSchema,
    publicKey: publicKeySchema,
  }),
  createdAt: z.iso.datetime(),
  /** The newest clock the exporting device holds from each device: what the receiver may skip. */
  seen: z.record(deviceIdSchema, hlcSchema),
  changeCount: z.number().int().min(0),
  attachmentCount: z.number().int().min(0),
  /** Present when the body is encrypted with the 团队同步口令; the header itself stays readable. */
  sealed: bundleSealSchema.optional(),
});
export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

/** Hex sha256 of an attachment's bytes: the name it travels and is stored under. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, '附件校验值应为 64 位十六进制字符');
