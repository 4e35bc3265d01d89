import { sign, type KeyObject } from 'node:crypto';
import { inconsistent, newerFormat, notABundle, tampered, truncated } from './bundleRefusals';

/**
 * The bytes of a 同步包, framed so that a reader can tell "not ours", "cut short" and "altered"
 * apart before it trusts any length inside:
 *
 *   "LEADATLAS-SYNC/<format>\n"        magic line
 *   u64  total length of the file      (a copy cut short is told from an altered one)
 *   u32  header length, header JSON    (UTF-8)
 *   body (encrypted whole, its 16-byte tag after it, when the header names `sealed`: bundleSeal.ts):
 *     u64 inflated length, u64 gzip length, gzip of the changes as NDJSON
 *     per attachment: 32 bytes sha256, u64 length, the bytes as they are
 *   64 bytes ed25519 signature over every byte before it
 *
 * Integers are big-endian. Attachments are stored as they are: scans and photos are compressed
 * already, and their size is the file's own, never something a reader inflates.
 */

const MAGIC = 'LEADATLAS-SYNC/';
const SIGNATURE_BYTES = 64;
const SHA256_BYTES = 32;
/** The seen-clocks of a few dozen devices take a few KB; anything near this is not a header. */
const MAX_HEADER_BYTES = 1024 * 1024;

const u64 = (n: number): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
};
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** An attachment's bytes under the hex sha256 they are stored by. */
export interface SyncAttachment {
  sha256: string;
  bytes: Buffer;
}

export interface BundleBody {
  /** Length of the NDJSON once inflated, as the writer declares it. */
  inflatedBytes: number;
  gzip: Buffer;
  attachments: SyncAttachment[];
}

/** The body's bytes, in pieces (attachments are not copied until the file is assembled). */
export function encodeBody(body: BundleBody): Buffer[] {
  const parts = [u64(body.inflatedBytes), u64(body.gzip.length), body.gzip];
  for (const a of body.attachments) parts.push(Buffer.from(a.sha256, 'hex'), u64(a.bytes.length), a.bytes);
  return parts;
}

const magicOf = (formatVersion: number): Buffer => Buffer.from(`${MAGIC}${formatVersion}\n`, 'latin1');

/** The size of the file `sealEnvelope` makes of these parts. */
export const envelopeBytes = (formatVersion: number, header: Buffer, body: readonly Buffer[]): number =>
  magicOf(formatVersion).length +
  8 +
  4 +
  header.length +
  body.reduce((n, b) => n + b.length, 0) +
  SIGNATURE_BYTES;

/** Magic line, total length, header and body, signed with `privateKey`. */
export function sealEnvelope(
  formatVersion: number,
  header: Buffer,
  body: Buffer[],
  privateKey: KeyObject,
): Buffer {
  const magic = magicOf(formatVersion);
  const total = envelopeBytes(formatVersion, header, body);
  const signed = Buffer.concat([magic, u64(total), u32(header.length), header, ...body]);
  return Buffer.concat([signed, sign(null, signed, privateKey)], total);
}

export interface Envelope {
  formatVersion: number;
  header: Buffer;
  body: Buffer;
  /** Every byte the signature covers. */
  signed: Buffer;
  signature: Buffer;
}

/** The magic line's format version and where it ends; null when the bytes are not a bundle at all. */
function magicLine(buf: Buffer): { formatVersion: number; end: number } | null {
  const prefix = buf.subarray(0, MAGIC.length).toString('latin1');
  const cut = (): never => {
    throw truncated(MAGIC.length + 2, buf.length);
  };
  if (prefix !== MAGIC) return buf.length > 0 && MAGIC.startsWith(prefix) ? cut() : null;
  const newline = buf.subarray(MAGIC.length, MAGIC.length + 8).indexOf(0x0a);
  if (newline < 0) return buf.length < MAGIC.length + 8 ? cut() : null;
  const digits = buf.subarray(MAGIC.length, MAGIC.length + newline).toString('latin1');
  if (!/^[1-9][0-9]*$/.test(digits)) return null;
  return { formatVersion: Number(digits), end: MAGIC.length + newline + 1 };
}

/**
 * Splits a bundle into its signed parts. Refuses what is not a bundle, one cut short, one of a
 * newer format and one whose framing does not hold; the signature itself is checked by the caller,
 * which needs the header to know whose key to check it with.
 */
export function openEnvelope(buf: Buffer, supportedFormat: number): Envelope {
  const magic = magicLine(buf);
  if (!magic) throw notABundle();
  const lengthEnd = magic.end + 8;
  if (buf.length < lengthEnd) throw truncated(lengthEnd, buf.length);
  if (magic.formatVersion > supportedFormat) throw newerFormat(magic.formatVersion, supportedFormat);
  if (magic.formatVersion !== supportedFormat) throw notABundle();
  const declared = buf.readBigUInt64BE(magic.end);
  if (declared > BigInt(buf.length)) throw truncated(Number(declared), buf.length);
  if (declared < BigInt(buf.length)) throw tampered();
  const headerStart = lengthEnd + 4;
  const signatureStart = buf.length - SIGNATURE_BYTES;
  if (headerStart > signatureStart) throw tampered();
  const headerLength = buf.readUInt32BE(lengthEnd);
  if (headerLength > MAX_HEADER_BYTES || headerStart + headerLength > signatureStart) throw tampered();
  return {
    formatVersion: magic.formatVersion,
    header: buf.subarray(headerStart, headerStart + headerLength),
    body: buf.subarray(headerStart + headerLength, signatureStart),
    signed: buf.subarray(0, signatureStart),
    signature: buf.subarray(signatureStart),
  };
}

/**
 * Walks a signed body: its lengths come from the device that signed it, so a body that does not
 * add up is that device's fault, said as such, and nothing past the body is ever read.
 */
export function readBody(body: Buffer, attachmentCount: number): BundleBody {
  let at = 0;
  const take = (n: number, what: string): Buffer => {
    if (n > body.length - at) throw inconsistent(`${what}超出文件末尾`);
    const part = body.subarray(at, at + n);
    at += n;
    return part;
  };
  const length = (what: string): number => {
    const n = take(8, what).readBigUInt64BE();
    if (n > BigInt(body.length)) throw inconsistent(`${what}超出文件末尾`);
    return Number(n);
  };
  const inflatedBytes = Number(take(8, '变更部分').readBigUInt64BE());
  const gzip = take(length('变更部分'), '变更部分');
  const attachments: SyncAttachment[] = [];
  for (let i = 0; i < attachmentCount; i++) {
    const what = `第 ${i + 1} 个附件`;
    const sha256 = take(SHA256_BYTES, what).toString('hex');
    attachments.push({ sha256, bytes: take(length(what), what) });
  }
  if (at !== body.length) throw inconsistent(`声明有 ${attachmentCount} 个附件，文件中还有其他内容`);
  return { inflatedBytes, gzip, attachments };
}
