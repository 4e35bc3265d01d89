import { createHash, verify, type KeyObject } from 'node:crypto';
import type { z } from 'zod';
import { DomainError } from '@contract/shared/errors';
import { nowIso } from '@contract/shared/time';
import {
  BUNDLE_FORMAT_VERSION,
  bundleHeaderSchema,
  sha256HexSchema,
  type BundleHeader,
  type SyncChange,
} from '@contract/sync/bundleSchema';
import { parseOrThrow } from '../domain/shared/validate';
import { decodeChanges, encodeChanges, SYNC_BUNDLE_LIMITS } from './bundleChanges';
import {
  encodeBody,
  envelopeBytes,
  openEnvelope,
  readBody,
  sealEnvelope,
  type Envelope,
  type SyncAttachment,
} from './bundleLayout';
import {
  foreignDevice,
  inconsistent,
  invalidHeader,
  newerSchema,
  ownBundle,
  tampered,
} from './bundleRefusals';
import { newSeal, openBody, SEAL_OVERHEAD, sealBody } from './bundleSeal';
import { deviceIdOf, fingerprint, publicKeyObject, type DeviceKeys } from './deviceKeys';

export type { SyncAttachment };

/** What the exporting side decides; the rest of the header is derived from the keys and the content. */
export interface BundleDraft {
  /** The exporting database's migration count. */
  schemaVersion: number;
  /** This device's name as people know it (设置 → 团队同步). */
  deviceName: string;
  /** The newest clock this device holds per device. */
  seen: Record<string, string>;
  /** The 团队同步口令 to encrypt the body with; the body is plain without one. */
  passphrase?: string | null;
}

export interface ReadBundleOptions {
  /** The trusted public key (base64 SPKI DER) of a device, or undefined when it is not trusted. */
  trustedKey(deviceId: string): string | undefined;
  /** This program's migration count: a bundle from a newer database is refused. */
  maxSchemaVersion: number;
  /** This device's id: its own bundle is refused. */
  ownDevice: string;
  /** This laptop's 团队同步口令, to open an encrypted bundle (a plain one needs none). */
  passphrase?: string | null;
}

export interface BundleContents {
  header: BundleHeader;
  changes: SyncChange[];
  /** Each verified against its hash; `bytes` are views into the buffer that was read. */
  attachments: SyncAttachment[];
}

/** Who signed a bundle: shown to the person deciding whether to trust a device. */
export interface BundleSigner {
  device: string;
  name: string;
  publicKey: string;
  fingerprint: string;
}

const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** One copy per hash, each checked against its bytes, so a damaged file never travels. */
function uniqueAttachments(attachments: readonly SyncAttachment[]): SyncAttachment[] {
  const byHash = new Map<string, SyncAttachment>();
  for (const a of attachments) {
    if (byHash.has(a.sha256)) continue;
    const sha256 = parseOrThrow(sha256HexSchema, a.sha256);
    if (sha256Of(a.bytes) !== sha256)
      throw new DomainError(
        'VALIDATION',
        `附件（校验值 ${sha256.slice(0, 12)}…）的内容与其校验值不符，文件可能已损坏，未生成同步包。`,
      );
    byHash.set(sha256, { sha256, bytes: a.bytes });
  }
  return [...byHash.values()];
}

/**
 * A signed 同步包 holding `changes` and the attachments (the same bytes stored once), its body
 * encrypted when the draft names a 团队同步口令.
 */
export function writeBundle(
  draft: BundleDraft,
  changes: readonly SyncChange[],
  attachments: readonly SyncAttachment[],
  keys: DeviceKeys,
): Buffer {
  const blobs = uniqueAttachments(attachments);
  const encoded = encodeChanges(changes);
  const sealing = draft.passphrase ? { seal: newSeal(), passphrase: draft.passphrase } : null;
  const header = parseOrThrow(bundleHeaderSchema, {
    format: 'leadatlas-sync',
    formatVersion: BUNDLE_FORMAT_VERSION,
    schemaVersion: draft.schemaVersion,
    from: { device: keys.device, name: draft.deviceName, publicKey: keys.publicKey },
    createdAt: nowIso(),
    seen: draft.seen,
    changeCount: changes.length,
    attachmentCount: blobs.length,
    ...(sealing && { sealed: sealing.seal }),
  } satisfies BundleHeader);
  const body = encodeBody({ ...encoded, attachments: blobs });
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const size = envelopeBytes(BUNDLE_FORMAT_VERSION, headerBytes, body) + (sealing ? SEAL_OVERHEAD : 0);
  if (size > SYNC_BUNDLE_LIMITS.maxBundleBytes)
    throw new DomainError(
      'TOO_LARGE',
      `同步包将有约 ${(size / 1e9).toFixed(1)} GB，超过一个同步包 2 GB 的上限，请分几次导出。`,
    );
  const signedBody = sealing ? sealBody(body, headerBytes, sealing.seal, sealing.passphrase) : body;
  return sealEnvelope(BUNDLE_FORMAT_VERSION, headerBytes, signedBody, keys.privateKey);
}

// The signer's part of the header, checked alone so that a refusal names the field as `from.…`.
const signerSchema = bundleHeaderSchema.pick({ from: true });

/** The first thing wrong with a signed header, for the refusal. */
function headerRefusal(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  return invalidHeader(`${issue?.path.map(String).join('.') ?? ''}：${issue?.message ?? ''}`);
}

/** The key the header names; throws when there is none to check the signature with. */
function namedKey(header: Buffer): { header: Record<string, unknown>; key: KeyObject; publicKey: string } {
  const json = JSON.parse(header.toString('utf8')) as Record<string, unknown>;
  const publicKey = (json.from as { publicKey?: unknown } | undefined)?.publicKey;
  if (typeof publicKey !== 'string') throw new Error('no key');
  return { header: json, key: publicKeyObject(publicKey), publicKey };
}

/**
 * The envelope, its header as JSON and its signer, once the signature holds for the key the header
 * names. Until then nothing in the header is believed; a header that cannot even name a key is as
 * damaged as a signature that does not match.
 */
function verified(buf: Buffer): {
  envelope: Envelope;
  header: Record<string, unknown>;
  signer: BundleSigner;
} {
  const envelope = openEnvelope(buf, BUNDLE_FORMAT_VERSION);
  let named: ReturnType<typeof namedKey>;
  try {
    named = namedKey(envelope.header);
  } catch {
    throw tampered();
  }
  if (!verify(null, envelope.signed, named.key, envelope.signature)) throw tampered();
  const signed = signerSchema.safeParse({ from: named.header.from });
  if (!signed.success) throw headerRefusal(signed.error);
  const from = signed.data.from;
  // The id is the key's own hash: a header naming another device than its key is forged.
  if (deviceIdOf(named.publicKey) !== from.device) throw tampered();
  return {
    envelope,
    header: named.header,
    signer: { ...from, fingerprint: fingerprint(named.publicKey) },
  };
}

/**
 * Who signed a bundle, once its signature holds, whether trusted or not: what 导入同步包 shows when
 * it offers to trust the device. Refuses the same damaged, cut or foreign-format files readBundle does.
 */
export const bundleSigner = (buf: Buffer): BundleSigner => verified(buf).signer;

const sameKey = (a: string, b: string): boolean => Buffer.from(a, 'base64').equals(Buffer.from(b, 'base64'));

function trustedHeader(
  raw: Record<string, unknown>,
  signer: BundleSigner,
  opts: ReadBundleOptions,
): BundleHeader {
  if (signer.device === opts.ownDevice) throw ownBundle(signer.name);
  const trusted = opts.trustedKey(signer.device);
  if (trusted === undefined || !sameKey(trusted, signer.publicKey))
    throw foreignDevice(signer.name, signer.device, signer.fingerprint);
  // Before the rest of the header: a newer program may have added to it.
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > opts.maxSchemaVersion)
    throw newerSchema(raw.schemaVersion, opts.maxSchemaVersion);
  const parsed = bundleHeaderSchema.safeParse(raw);
  if (!parsed.success) throw headerRefusal(parsed.error);
  return parsed.data;
}

function checkedAttachments(attachments: readonly SyncAttachment[]): SyncAttachment[] {
  const seen = new Set<string>();
  for (const [i, a] of attachments.entries()) {
    if (seen.has(a.sha256)) throw inconsistent(`第 ${i + 1} 个附件重复出现`);
    if (sha256Of(a.bytes) !== a.sha256) throw inconsistent(`第 ${i + 1} 个附件的内容与其校验值不符`);
    seen.add(a.sha256);
  }
  return [...attachments];
}

/**
 * The header, changes and attachments of a 同步包, or a DomainError saying why it is refused:
 * not a bundle, cut short, altered, from an untrusted device, from a newer program, from this very
 * device, encrypted with a 团队同步口令 this laptop lacks, or signed but not adding up. Reads only:
 * nothing is written either way.
 */
export function readBundle(buf: Buffer, opts: ReadBundleOptions): BundleContents {
  const { envelope, header: raw, signer } = verified(buf);
  const header = trustedHeader(raw, signer, opts);
  const plain = header.sealed
    ? openBody(envelope.body, envelope.header, header.sealed, opts.passphrase)
    : envelope.body;
  const body = readBody(plain, header.attachmentCount);
  const changes = decodeChanges(body, header.changeCount);
  return { header, changes, attachments: checkedAttachments(body.attachments) };
}
