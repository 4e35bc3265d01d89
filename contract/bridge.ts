import type { ApiError } from './shared/errors';
import type { IntegrityStatus } from './backups/schema';
import type { ApiInput, ApiOutput, ChannelName } from './channels';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Events pushed from main to the renderer (progress of long work, damage found in the file). */
export interface ApiEvents {
  progress: { task: string; done: number; total: number; label?: string };
  integrity: IntegrityStatus;
}
export type ApiEventName = keyof ApiEvents;

/**
 * The one object the renderer sees as `window.api`. The preload builds it over IPC; the
 * browser harness builds the same shape over HTTP. Nothing else crosses the boundary.
 */
export interface LeadAtlasApi {
  readonly host: 'electron' | 'browser';
  call<K extends ChannelName>(channel: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** IPC channel names: a single invoke channel and a single event channel. */
export const IPC_CALL = 'leadatlas:call';
export const IPC_EVENT = 'leadatlas:event';
