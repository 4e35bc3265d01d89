import { z } from 'zod';
import { deviceIdSchema, deviceNameSchema, publicKeySchema, syncChangeSchema } from './bundleSchema';

/**
 * What a laptop and the office server (server/) say to each other over HTTPS. Both sides parse
 * every body with these schemas: the server trusts no laptop, the laptop no server. The changes
 * are the same field-level changes a 同步包 carries, so both transports feed one sync core.
 */

export const SERVER_API = '/api/v1';

/** Changes per push or pull page: a month offline is many pages, each its own small request. */
export const PAGE_CHANGES = 2000;

export const ROLES = ['leader', 'office', 'team'] as const;
/** 局领导 and 办公室 see the whole office; a 小分队 member their team (and reads the rest if allowed). */
export type Role = (typeof ROLES)[number];

const seenSchema = z.record(deviceIdSchema, z.string().min(1).max(100));

// ---- sign in -------------------------------------------------------------------------------

export const signInRequestSchema = z.strictObject({
  user: z.string().min(1, '请输入账号').max(100, '账号过长'),
  password: z.string().min(1, '请输入密码').max(200, '密码过长'),
  /** The laptop signing in: its id and ed25519 public key, registered to the account on first sign-in. */
  device: z.strictObject({
    id: deviceIdSchema,
    name: deviceNameSchema,
    publicKey: publicKeySchema,
  }),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const serverUserSchema = z.strictObject({
  user: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** The team's gid (teams.gid) for a 小分队 member; null for 局领导/办公室. */
  teamGid: z.string().nullable(),
  /** Whether a 小分队 member receives the other teams' projects, companies and trips (read only). */
  readsOtherTeams: z.boolean(),
});
export type ServerUser = z.infer<typeof serverUserSchema>;

export const signInResponseSchema = z.strictObject({
  token: z.string().min(20).max(500),
  expiresAt: z.iso.datetime(),
  user: serverUserSchema,
  /** The server's own id: a laptop keeps its cursors per server. */
  serverId: z.string().min(1).max(100),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

// ---- every request after sign-in -----------------------------------------------------------

/**
 * Besides `Authorization: Bearer <token>`, every request after sign-in is signed with the
 * laptop's device key, so a captured request cannot be sent again: the server refuses a
 * timestamp more than REQUEST_SKEW_MS away from its clock and a nonce it has already seen.
 */
export const REQUEST_HEADERS = {
  device: 'x-leadatlas-device',
  timestamp: 'x-leadatlas-timestamp',
  nonce: 'x-leadatlas-nonce',
  signature: 'x-leadatlas-signature',
} as const;
export const REQUEST_SKEW_MS = 5 * 60_000;

/** The text a request's ed25519 signature (base64) covers. */
export const requestSigningText = (r: {
  method: string;
  path: string;
  timestamp: string;
  nonce: string;
  /** Hex sha256 of the exact body bytes ('' for none). */
  bodySha256: string;
}): string =>
  ['leadatlas-request-v1', r.method.toUpperCase(), r.path, r.timestamp, r.nonce, r.bodySha256].join('\n');

// ---- sync ----------------------------------------------------------------------------------

/** GET /sync/state: where the server stands, so a laptop pushes only what the server lacks. */
export const syncStateResponseSchema = z.strictObject({
  serverId: z.string(),
  /** The desktop schema version (migration count) the server's ledger is at. */
  schemaVersion: z.number().int().min(1),
  /** Per device, the newest clock the server holds. */
  seen: seenSchema,
});
export type SyncStateResponse = z.infer<typeof syncStateResponseSchema>;

/**
 * POST /sync/push: the laptop's changes the server lacks, oldest first. A page never cuts
 * between changes with the same clock and device (one transaction's changes travel together).
 * `seen` is the laptop's vector when this sync began: what it knew when it made these edits,
 * which tells the receivers a concurrent edit from one made knowing theirs.
 */
export const pushRequestSchema = z.strictObject({
  schemaVersion: z.number().int().min(1),
  seen: seenSchema,
  changes: z.array(syncChangeSchema).max(PAGE_CHANGES * 2),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.strictObject({
  accepted: z.number().int().min(0),
  alreadyHad: z.number().int().min(0),
  /** Changes outside the account's scope: refused, logged on the server, never applied. */
  refused: z.array(z.strictObject({ index: z.number().int().min(0), reason: z.string() })),
  seen: seenSchema,
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** POST /sync/pull: everyone else's changes after the laptop's cursor on this server. */
export const pullRequestSchema = z.strictObject({
  schemaVersion: z.number().int().min(1),
  /** The server's log position this laptop has applied; '0' before its first pull. */
  cursor: z.string().regex(/^\d{1,20}$/, '同步位置应为数字'),
  limit: z.number().int().min(1).max(PAGE_CHANGES).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const pullResponseSchema = z.strictObject({
  /** In the server's log order; a page never cuts between changes with the same clock and device. */
  changes: z.array(syncChangeSchema),
  /** Per change, the index in `batches` of the push that brought it. */
  batchOf: z.array(z.number().int().min(0)),
  /** The pushing laptop's vector of each push in this page (its `seen` when it pushed). */
  batches: z.array(seenSchema),
  /** The cursor after this page: send it with the next pull, store it once the page is applied. */
  next: z.string().regex(/^\d{1,20}$/),
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ---- office-wide figures ------------------------------------------------------------------

/**
 * The desktop's own queries the server answers for the whole office from its merged ledger: the
 * same code and definitions as on a laptop, so a 小分队 laptop that holds only its team's rows
 * can still show the office's dashboard, ranking and 周调度. Ids in the answers are the server's.
 */
export const OFFICE_FIGURES = [
  'indicators.kpis',
  'indicators.funnel',
  'indicators.trend',
  'indicators.breakdown',
  'indicators.ranking',
  'indicators.workload',
  'indicators.cycleTimes',
  'reports.weekly',
  'reports.targets',
  'projects.collisions',
] as const;
export type OfficeFigure = (typeof OFFICE_FIGURES)[number];

export const figuresRequestSchema = z.strictObject({
  schemaVersion: z.number().int().min(1),
  channel: z.enum(OFFICE_FIGURES),
  /** The channel's own input, checked by the channel's schema on the server. */
  input: z.unknown(),
});
export type FiguresRequest = z.infer<typeof figuresRequestSchema>;

export const figuresResponseSchema = z.strictObject({
  value: z.unknown(),
  /** The server's log position the figures reflect. */
  asOf: z.string().regex(/^\d{1,20}$/),
});
export type FiguresResponse = z.infer<typeof figuresResponseSchema>;

// ---- operations ----------------------------------------------------------------------------

export const healthResponseSchema = z.strictObject({
  ok: z.boolean(),
  serverId: z.string(),
  schemaVersion: z.number().int(),
  /** Which PostgreSQL: a server given by DATABASE_URL, or the embedded one (PGlite) in a data folder. */
  database: z.enum(['postgres', 'pglite']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** Every refusal the server sends: a code and a message in the office's words. */
export const serverErrorSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
});
export type ServerError = z.infer<typeof serverErrorSchema>;
