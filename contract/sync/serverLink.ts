import { z } from 'zod';
import type { HealthResponse, Role } from './serverProtocol';

/**
 * 设置 → 团队同步 → 办公室服务器: what the window asks of this laptop's link to the office server
 * and what it is told. The protocol itself is in ./serverProtocol.ts.
 */

/** SHA-256 of the server certificate's DER bytes, as `openssl x509 -fingerprint -sha256` prints it. */
export const CERT_FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

/** An address as people write it: 192.168.1.20:8443, server.local, or with https:// before it. */
export const serverAddressSchema = z
  .string()
  .trim()
  .min(1, '请输入服务器地址')
  .max(200, '服务器地址过长')
  .regex(
    /^(https:\/\/)?[A-Za-z0-9.-]+(:\d{1,5})?\/?$/,
    '服务器地址应为 IP 或域名，可带端口，如 192.168.1.20:8443（只支持 https）',
  );

export const probeInput = z.strictObject({ url: serverAddressSchema });

export const confirmInput = z.strictObject({
  url: serverAddressSchema,
  fingerprint: z.string().regex(CERT_FINGERPRINT, '证书指纹格式不对，请重新连接服务器'),
});

export const serverSignInInput = z.strictObject({
  user: z.string().trim().min(1, '请输入账号').max(100, '账号过长'),
  password: z.string().min(1, '请输入密码').max(200, '密码过长'),
});

export const autoSyncInput = z.strictObject({ on: z.boolean() });

/** What 连接 found at an address, for the user to compare with the server's console. */
export interface ServerProbe {
  /** The address as it will be stored: https://host:port. */
  url: string;
  fingerprint: string;
  health: HealthResponse;
  /** Whether this is the certificate already confirmed for this address. */
  alreadyConfirmed: boolean;
}

export interface ServerAccount {
  user: string;
  displayName: string;
  role: Role;
  teamGid: string | null;
}

export interface ServerLinkStatus {
  /** False until an address and its certificate are confirmed. */
  configured: boolean;
  url: string | null;
  fingerprint: string | null;
  /** Who signed in last (kept after the token expires, to fill the sign-in form). */
  account: ServerAccount | null;
  /** A token that has not expired is held. */
  signedIn: boolean;
  tokenExpiresAt: string | null;
  lastSyncAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
  autoSync: boolean;
  /** This laptop's changes made since the last completed sync with the server. */
  pending: number;
  /** A round runs now (立即同步 or the background one). */
  syncing: boolean;
}

/** What one 立即同步 did, in the words the card shows. */
export interface ServerSyncResult {
  pushed: number;
  refused: { tbl: string; gid: string; reason: string }[];
  /** Edits of this laptop taken back to the office's data (listed in 办公室未接受的修改). */
  withdrawn: number;
  pulled: number;
  applied: number;
  conflicts: number;
}

/** 办公室未接受的修改: one edit of this laptop the office server refused, taken back to the office's data. */
export interface WithdrawnRow {
  id: number;
  /** 'field': one field went back; 'created': a record made here went away; 'deleted': one deleted here came back. */
  kind: 'field' | 'created' | 'deleted';
  /** The kind of record, as the history names it (项目, 企业…). */
  recordLabel: string;
  recordName: string | null;
  /** The record's id here when it is still there, to open it. */
  recordId: number | null;
  /** The history's entity name (project, company…), for field labels and opening the record. */
  entity: string | null;
  /** camelCase, as forms and the history name it. */
  field: string | null;
  /** The value this laptop had (as text; a reference by the name of what it points at). */
  mine: string | null;
  /** The office's value now shown. */
  office: string | null;
  reason: string;
  at: string;
}

export const dismissWithdrawnInput = z.strictObject({ id: z.number().int().positive() });
