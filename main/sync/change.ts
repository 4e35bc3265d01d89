/** One recorded change: what travels between devices (the bundle schema validates it). */
export interface SyncChange {
  hlc: string;
  device: string;
  tbl: string;
  gid: string;
  op: 'put' | 'del';
  /** For a put: the fields it sets, references as the parent's gid. For a merge's delete: { _into: gid }. */
  fields: Record<string, string | number | null> | null;
  actor: string;
}

/** What one device has seen: per device, the latest clock stamp it holds. */
export type SeenVector = Record<string, string>;

/** Last writer wins: the later stamp, the greater device id on a tie. */
export const laterChange = (
  a: { hlc: string; device: string },
  b: { hlc: string; device: string },
): boolean => a.hlc > b.hlc || (a.hlc === b.hlc && a.device > b.device);
