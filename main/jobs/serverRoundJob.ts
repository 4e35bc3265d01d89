import { dirname } from 'node:path';
import { loadOrCreateDeviceKeys } from '../sync/deviceKeys';
import { httpsTransport, type ServerAddress } from '../sync/server/serverClient';
import { linkCursor } from '../sync/server/serverLinkStore';
import { runServerRound } from '../sync/serverRound';
import type { RoundReport } from '../sync/serverTransport';
import type { JobPhase } from './jobPhase';
import { onOwnConnection } from './ownConnection';

export interface ServerRoundJobInput {
  dbPath: string;
  /** The signed-in link as plain data: the thread rebuilds the transport from it and the device key beside the file. */
  session: ServerAddress & { token: string };
}

export const SERVER_ROUND_PHASES = { push: '上传本机修改', pull: '接收其他电脑的修改' } as const;

/**
 * A sync round with the office server in the job thread: a pulled page of 2,000 changes takes
 * a second or more to merge into a full ledger, which the window must not wait through.
 */
export function serverRoundJob(
  input: ServerRoundJobInput,
  onPhase: (phase: JobPhase) => void,
): Promise<RoundReport> {
  return onOwnConnection(input.dbPath, (db) => {
    const keys = loadOrCreateDeviceKeys(dirname(input.dbPath));
    return runServerRound(
      db,
      httpsTransport(input.session, keys, input.session.token),
      linkCursor(db),
      (phase, done, total) => onPhase({ label: SERVER_ROUND_PHASES[phase], done, total }),
    );
  });
}
