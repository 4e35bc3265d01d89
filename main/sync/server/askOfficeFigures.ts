import { channels } from '@contract/channels';
import { DomainError } from '@contract/shared/errors';
import { nowIso } from '@contract/shared/time';
import {
  localIdsIn,
  officeFiguresInput,
  type OfficeFigures,
  type OfficeFiguresInput,
} from '@contract/sync/officeFigures';
import { migrations } from '../../db/migrations';
import type { Db } from '../../db/open';
import { parseOrThrow } from '../../domain/shared/validate';
import { keepFigures, keptFigures, type KeptFigures } from './officeFigureCache';
import { OFFICE_FIGURE_SHAPES } from './officeFigureShapes';
import type { OfficeServerClient } from './serverClient';
import { badReply, signInNeeded } from './serverRefusals';
import type { ServerLink } from './serverLinkStore';

export interface OfficeFiguresDeps {
  db: Db;
  link: ServerLink | null;
  /** The server's calls as the signed-in account, or null while no valid token is held. */
  client: OfficeServerClient | null;
  /** The server refused the token: it is dropped, so 设置 asks to sign in again. */
  tokenRefused(): void;
}

/** Failures after which the kept answer is still the office's word, only older. */
const STALE_ON: Record<string, OfficeFigures['stale']> = {
  SERVER_UNREACHABLE: 'offline',
  SERVER_SIGN_IN_NEEDED: 'signedOut',
};

/**
 * 全办公室: asks the office server for one figure, checks the answer's shape and keeps it; when
 * the server cannot be asked (offline, signed out) answers with the last one kept, saying why.
 * A refusal (this account may not read the whole office) is said as it is: nothing kept is shown.
 */
export async function askOfficeFigures(
  deps: OfficeFiguresDeps,
  request: OfficeFiguresInput,
): Promise<OfficeFigures> {
  const { channel, input: raw } = parseOrThrow(officeFiguresInput, request);
  const input = parseOrThrow(channels[channel].input, raw) as unknown;
  const local = localIdsIn(channel, input);
  if (local)
    throw new DomainError(
      'VALIDATION',
      '全办公室数据按全办公室统计，不能按本机的小分队或项目筛选（两边的编号不同）',
      { [local]: '全办公室数据不能按本机记录筛选' },
    );
  const { db, link } = deps;
  if (!link)
    throw new DomainError(
      'SERVER_NOT_CONFIGURED',
      '本机没有连接办公室服务器，全办公室数据要从服务器取得：请在 设置 → 团队同步 中连接并登录',
    );
  // Figures kept from another server (the link was pointed elsewhere) are not this office's.
  const serverId = link.serverId ?? '';
  const kept = serverId ? keptFigures(db, serverId, channel, input) : null;
  try {
    if (!deps.client) throw signInNeeded(link.token === null ? '尚未登录' : '登录已过期');
    const answer = await deps.client.figures({ schemaVersion: migrations.length, channel, input });
    if (!OFFICE_FIGURE_SHAPES[channel].safeParse(answer.value).success) throw badReply(200);
    const fresh: KeptFigures = { value: answer.value, asOf: answer.asOf, fetchedAt: nowIso() };
    if (serverId) keepFigures(db, serverId, channel, input, fresh);
    return { ...fresh, stale: null, staleDetail: null };
  } catch (err) {
    const stale = err instanceof DomainError ? STALE_ON[err.code] : undefined;
    if (!stale || !(err instanceof DomainError)) throw err;
    if (deps.client && err.code === 'SERVER_SIGN_IN_NEEDED') deps.tokenRefused();
    if (kept) return { ...kept, stale, staleDetail: err.message };
    throw new DomainError(err.code, `尚无全办公室数据：本机还没有从服务器取得过这项数据。${err.message}`);
  }
}
