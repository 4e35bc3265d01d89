import type { FiguresRequest } from '@contract/sync/serverProtocol';
import { dispatch } from '../../main/api/dispatch';
import type { Db } from '../../main/db/open';
import { ServerRefusal, type Caller } from '../seams';

/**
 * The office's figures, asked of the merge cache — a complete desktop ledger of the office — with
 * the desktop's own handlers: the same queries and definitions a laptop runs, so a figure here
 * and on a laptop holding the same rows cannot disagree. Whole-office figures are for 局领导 and
 * 办公室, and for a team's members only while the office lets them read the other teams.
 */
export async function officeFigure(db: Db, caller: Caller, request: FiguresRequest): Promise<unknown> {
  if (caller.user.role === 'team' && !caller.user.readsOtherTeams) {
    throw new ServerRefusal(
      403,
      'FIGURES_FORBIDDEN',
      '全办数据只向局领导和办公室开放；办公室允许各队查看其他队数据后，小分队成员也可查看。',
    );
  }
  const result = await dispatch(
    { db, actor: { name: caller.user.displayName }, databasePath: '', appVersion: '', emit: () => undefined },
    request.channel,
    request.input,
  );
  if (!result.ok) throw new ServerRefusal(400, result.error.code, result.error.message);
  return result.value;
}
