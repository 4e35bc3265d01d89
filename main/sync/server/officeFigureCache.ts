import type { OfficeFigure } from '@contract/sync/serverProtocol';
import { nowIso } from '@contract/shared/time';
import type { Db } from '../../db/open';

/**
 * The last office figures this laptop received, one per (server, channel, input), kept in the
 * settings table: this device's own (LOCAL_TABLES), so they never travel in a 同步包 or to the
 * server. Not audited: it is a copy of the server's answer, not anything a person wrote.
 */

export interface KeptFigures {
  value: unknown;
  asOf: string;
  fetchedAt: string;
}

const PREFIX = 'officeFigures:';
/** Enough for every period and report a person switches between; older ones make room. */
export const KEPT_ANSWERS = 200;

const keyOf = (serverId: string, channel: OfficeFigure, input: unknown): string =>
  `${PREFIX}${serverId}:${channel}:${JSON.stringify(input ?? null)}`;

export function keptFigures(
  db: Db,
  serverId: string,
  channel: OfficeFigure,
  input: unknown,
): KeptFigures | null {
  const raw = db
    .prepare(`SELECT value FROM settings WHERE key = ?`)
    .pluck()
    .get(keyOf(serverId, channel, input)) as string | undefined;
  if (raw === undefined) return null;
  const kept = JSON.parse(raw) as Partial<KeptFigures>;
  return typeof kept.asOf === 'string' && typeof kept.fetchedAt === 'string' && 'value' in kept
    ? { value: kept.value, asOf: kept.asOf, fetchedAt: kept.fetchedAt }
    : null;
}

export function keepFigures(
  db: Db,
  serverId: string,
  channel: OfficeFigure,
  input: unknown,
  figures: KeptFigures,
): void {
  const key = keyOf(serverId, channel, input);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(key, JSON.stringify(figures), nowIso());
    // This answer and the newest others stay.
    db.prepare(
      `DELETE FROM settings WHERE key GLOB 'officeFigures:*' AND key <> ? AND key NOT IN (
         SELECT key FROM settings WHERE key GLOB 'officeFigures:*' AND key <> ?
         ORDER BY updated_at DESC LIMIT ?)`,
    ).run(key, key, KEPT_ANSWERS - 1);
  }).immediate();
}
