import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput, ChannelName } from '../../../main/api/channels';
import { call, errorMessage } from '../api';

export interface QueryState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Reads one query channel and reads it again whenever its input changes (compared as JSON,
 * so callers may pass a fresh object each render). An answer that arrives after the input has
 * moved on is dropped, so a fast period switch never shows the older figures last.
 */
export function useQuery<K extends ChannelName>(
  channel: K,
  input: ApiInput<K>,
  reloadKey = 0,
): QueryState<ApiOutput<K>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<QueryState<ApiOutput<K>>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    call(channel, JSON.parse(key) as ApiInput<K>)
      .then((data) => current && setState({ data, error: null, loading: false }))
      .catch((e: unknown) => current && setState({ data: null, error: errorMessage(e), loading: false }));
    return () => {
      current = false;
    };
  }, [channel, key, reloadKey]);
  return state;
}
