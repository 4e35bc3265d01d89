import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import { call, errorMessage } from '../api';

export interface QueryState<T> {
  /** The latest answer; while a new input loads, the previous answer stays on screen. */
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Runs `load` and runs it again whenever `key` changes. An answer that arrives after the key
 * has moved on is dropped, so a fast period switch never shows older figures last.
 */
export function useLoaded<T>(key: string, load: () => Promise<T>): QueryState<T> {
  const [answer, setAnswer] = useState<{ key: string; data: T | null; error: string | null } | null>(null);
  useEffect(() => {
    let current = true;
    load()
      .then((data) => current && setAnswer({ key, data, error: null }))
      .catch(
        (e: unknown) => current && setAnswer((a) => ({ key, data: a?.data ?? null, error: errorMessage(e) })),
      );
    return () => {
      current = false;
    };
    // The key says everything `load` asks (callers build it from the same input); a new closure
    // each render must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const settled = answer?.key === key;
  return { data: answer?.data ?? null, error: settled ? (answer?.error ?? null) : null, loading: !settled };
}

/**
 * Reads one query channel and reads it again whenever its input changes (compared as JSON,
 * so callers may pass a fresh object each render) or `reloadKey` moves.
 */
export function useQuery<K extends ChannelName>(
  channel: K,
  input: ApiInput<K>,
  reloadKey = 0,
): QueryState<ApiOutput<K>> {
  const json = JSON.stringify(input);
  return useLoaded(`${channel} ${json} ${reloadKey}`, () => call(channel, JSON.parse(json) as ApiInput<K>));
}
