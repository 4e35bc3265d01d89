import type { ServerSyncResult } from '@contract/sync/serverLink';
import type {
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  SyncStateResponse,
} from '@contract/sync/serverProtocol';

/**
 * How a laptop reaches the office server, as the sync round sees it: three calls, whatever
 * carries them (HTTPS with a pinned certificate in the app, the engine in-process in tests).
 */
export interface ServerTransport {
  state(): Promise<SyncStateResponse>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
}

/** Where this laptop stands in one server's log: stored only after a pulled page is applied. */
export interface ServerCursor {
  get(): string;
  set(cursor: string): void;
}

/** What one 立即同步 (or background) round did: the very shape the card is given. */
export type RoundReport = ServerSyncResult;
