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
 * Reads one query channel and reads it again whenever its input changes (compared as JSON,
 * so callers may pass a fresh object each render) or `reloadKey` moves. An answer that arrives
 * after the input has moved on is dropped, so a fast period switch never shows older figures last.
 */
export function useQuery<K extends ChannelName>(
  channel: K,
  input: ApiInput<K>,
  reloadKey = 0,
): QueryState<ApiOutput<K>> {
  const json = JSON.stringify(input);
  const key = `${channel} ${json} ${reloadKey}`;
  const [answer, setAnswer] = useState<{
    key: string;
    data: ApiOutput<K> | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    let current = true;
    call(channel, JSON.parse(json) as ApiInput<K>)
      .then((data) => current && setAnswer({ key, data, error: null }))
      .catch(
        (e: unknown) => current && setAnswer((a) => ({ key, data: a?.data ?? null, error: errorMessage(e) })),
      );
    return () => {
      current = false;
    };
  }, [channel, json, key]);
  const settled = answer?.key === key;
  return { data: answer?.data ?? null, error: settled ? (answer?.error ?? null) : null, loading: !settled };
}
