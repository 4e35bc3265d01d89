import { z } from 'zod';
import { OFFICE_FIGURES, type OfficeFigure } from './serverProtocol';

/**
 * 「全办公室」: the office server's answer to one of the dashboard's, 周调度's, 目标任务's or the
 * 撞单 list's own channels, asked from a laptop that holds only its team's rows. The last answer
 * per (channel, input) is kept on this laptop, so offline it still shows the office's figures,
 * marked with when they were fetched.
 */

export const officeFiguresInput = z.strictObject({
  channel: z.enum(OFFICE_FIGURES, { error: '这项数据不能从办公室服务器查询' }),
  /** The channel's own input, checked by the channel's own schema before anything is sent. */
  input: z.unknown(),
});
export type OfficeFiguresInput = z.input<typeof officeFiguresInput>;

/** Why the answer shown is the kept one rather than a fresh one. */
export const OFFICE_STALE_REASONS = ['offline', 'signedOut'] as const;
export type OfficeStaleReason = (typeof OFFICE_STALE_REASONS)[number];

export interface OfficeFigures<T = unknown> {
  value: T;
  /** The server's log position the figures reflect. */
  asOf: string;
  /** When this laptop received them from the server (ISO timestamp). */
  fetchedAt: string;
  /** Null for a fresh answer; otherwise the kept one is shown, and why. */
  stale: OfficeStaleReason | null;
  /** The refusal or network failure behind `stale`, in the office's words. */
  staleDetail: string | null;
}

/** Ids in office figures are the server's: these inputs name a laptop's own rows and are refused. */
export function localIdsIn(channel: OfficeFigure, input: unknown): string | null {
  if (!input || typeof input !== 'object') return null;
  const fields = input as Record<string, unknown>;
  if (fields.teamId !== undefined && fields.teamId !== null) return 'teamId';
  if (channel === 'projects.collisions' && fields.projectId !== undefined) return 'projectId';
  return null;
}
