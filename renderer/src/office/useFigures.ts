import type { ApiInput, ApiOutput } from '@contract/channels';
import type { OfficeFigures } from '@contract/sync/officeFigures';
import type { OfficeFigure } from '@contract/sync/serverProtocol';
import { call } from '../api';
import { useLoaded, type QueryState } from '../hooks/useQuery';

import type { FigureSource } from './figureSource';

export type { FigureSource };

/** When and how fresh the office figures shown are; null for this laptop's own. */
export type OfficeMeta = Omit<OfficeFigures, 'value'>;

export type FiguresState<T> = QueryState<T> & { office: OfficeMeta | null };

/** Asks one office figure of the server (or the copy kept here), typed as the channel's own answer. */
export async function officeFigures<K extends OfficeFigure>(
  channel: K,
  input: ApiInput<K>,
): Promise<OfficeFigures<ApiOutput<K>>> {
  return (await call('syncServer.figures', { channel, input })) as OfficeFigures<ApiOutput<K>>;
}

/**
 * One figure channel, read from this laptop or, for 全办公室, from the office server: the same
 * answer type either way, so a card draws both alike.
 */
export function useFigures<K extends OfficeFigure>(
  channel: K,
  input: ApiInput<K>,
  source: FigureSource,
  reloadKey = 0,
): FiguresState<ApiOutput<K>> {
  const json = JSON.stringify(input);
  const state = useLoaded(`${source} ${channel} ${json} ${reloadKey}`, async () => {
    const asked = JSON.parse(json) as ApiInput<K>;
    if (source === 'local') return { value: await call(channel, asked), office: null };
    const { value, ...office } = await officeFigures(channel, asked);
    return { value, office };
  });
  return {
    data: state.data?.value ?? null,
    error: state.error,
    loading: state.loading,
    office: state.data?.office ?? null,
  };
}
