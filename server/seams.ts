import type { SyncChange } from '@contract/sync/bundleSchema';
import type {
  FiguresRequest,
  FiguresResponse,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  ServerUser,
  SignInRequest,
  SignInResponse,
  SyncStateResponse,
} from '@contract/sync/serverProtocol';

/**
 * The three parts of the office server and what each asks of the others: the HTTPS shell
 * (server/http) routes requests, accounts (server/auth) say who is asking and what they may
 * touch, the sync engine (server/sync) keeps the change log and the PostgreSQL mirror.
 */

/** A refusal the shell sends as `{ code, message }` with this HTTP status; the message is the office's words. */
export class ServerRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Who is asking: the account and the laptop, once token, device and request signature are checked. */
export interface Caller {
  userId: number;
  user: ServerUser;
  device: string;
}

/**
 * Where a synced row belongs as the office's ledger says now: its team's gid, null when it
 * belongs to no team, undefined when the server does not know the row (yet).
 */
export type TeamOf = (tbl: string, gid: string) => Promise<string | null | undefined>;

export interface RequestToCheck {
  method: string;
  /** Path with query, as signed (e.g. /api/v1/sync/pull). */
  path: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
  ip: string;
}

export interface Auth {
  signIn(request: SignInRequest, ip: string): Promise<SignInResponse>;
  /** The caller, or a ServerRefusal (401/403) for a missing/expired token, removed user or device, bad signature or replay. */
  authenticate(request: RequestToCheck): Promise<Caller>;
  /** Why `caller` may not make `change` (Chinese), or null when allowed. */
  refusalOf(caller: Caller, change: SyncChange, teamOf: TeamOf): Promise<string | null>;
  /** Whether `caller` receives `change` when pulling. */
  mayRead(caller: Caller, change: SyncChange, teamOf: TeamOf): Promise<boolean>;
  /** Keeps a refused change in the server's refusal log, for the office to see who tried what. */
  noteRefusal(caller: Caller, change: SyncChange, reason: string): Promise<void>;
}

export interface SyncEngine {
  state(caller: Caller): Promise<SyncStateResponse>;
  push(caller: Caller, request: PushRequest): Promise<PushResponse>;
  pull(caller: Caller, request: PullRequest): Promise<PullResponse>;
  /** An office-wide figure computed by the desktop's own query on the server's merged ledger. */
  figures(caller: Caller, request: FiguresRequest): Promise<FiguresResponse>;
  close(): Promise<void>;
}
