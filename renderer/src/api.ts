import type { ApiError } from '@contract/shared/errors';
import type { LeadAtlasApi } from '@contract/bridge';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';

declare global {
  interface Window {
    api: LeadAtlasApi;
  }
}

/** A refused call, carrying the main side's stable code and Chinese message. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly fields: Record<string, string>;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

/** Calls one channel of the contract; resolves with its value or throws ApiCallError. */
export async function call<K extends ChannelName>(channel: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const result = await window.api.call(channel, input);
  if (result.ok) return result.value;
  throw new ApiCallError(result.error);
}

export const errorMessage = (err: unknown): string =>
  err instanceof ApiCallError ? err.message : err instanceof Error ? err.message : String(err);
