import type { SyncChange } from '@contract/sync/bundleSchema';

export type { SyncChange };

/** What one device has seen: per device, the latest clock stamp it holds. */
export type SeenVector = Record<string, string>;

/** Last writer wins: the later stamp, the greater device id on a tie. */
export const laterChange = (
  a: { hlc: string; device: string },
  b: { hlc: string; device: string },
): boolean => a.hlc > b.hlc || (a.hlc === b.hlc && a.device > b.device);
