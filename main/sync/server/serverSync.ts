import type { ServerLinkStatus, ServerProbe, ServerSyncResult } from '@contract/sync/serverLink';
import type { OfficeFigures, OfficeFiguresInput } from '@contract/sync/officeFigures';
import { DomainError } from '@contract/shared/errors';
import { now } from '@contract/shared/clock';
import type { KeyStore } from '../../db/keyFile';
import type { Db } from '../../db/open';
import type { DeviceKeys } from '../deviceKeys';
import type { RoundReport, ServerCursor, ServerTransport } from '../serverTransport';
import { askOfficeFigures } from './askOfficeFigures';
import {
  DEFAULT_TIMEOUT_MS,
  httpsTransport,
  probeServer,
  signInToServer,
  type ServerAddress,
} from './serverClient';
import {
  confirmServer,
  forgetToken,
  linkCursor,
  newestSeq,
  ownChangesAfter,
  readLink,
  recordError,
  recordSuccess,
  saveSession,
  setAutoSync,
  type ServerLink,
} from './serverLinkStore';
import { notConfigured, signInNeeded } from './serverRefusals';
import { originOf } from './serverAddress';

/** What a round is given: the server's three calls, this server's cursor, and where to say how far it is. */
export interface ServerRoundInput {
  transport: ServerTransport;
  /**
   * The same connection as plain data, for a round run in a job thread on a connection of its own:
   * there `httpsTransport(session, loadOrCreateDeviceKeys(dirname(dbPath)), session.token)` and
   * `linkCursor(ownDb)` rebuild transport and cursor.
   */
  session: ServerAddress & { token: string };
  cursor: ServerCursor;
  onProgress(phase: string, percent: number | null): void;
}
/** One sync round (main/sync/serverRound.ts runs it in the app; tests pass a double). */
export type ServerRound = (input: ServerRoundInput) => Promise<RoundReport>;

/**
 * Long work that must not overlap an import or a restore (main/api/exclusive.ts in the app):
 * refuses at once when other work holds the ledger, says what runs while this one does.
 */
export type Exclusive = <T>(
  what: string,
  work: (report: (phase: string, percent: number | null) => void) => Promise<T>,
) => Promise<T>;

export interface ServerSyncDeps {
  db: Db;
  keys(): DeviceKeys;
  deviceName(): string;
  keyStore?: KeyStore;
  /** Absent where no round is wired: 立即同步 then says so. */
  round?: ServerRound;
  exclusive: Exclusive;
  /** What other long work runs now (an import, a restore), or null: the timer waits for it. */
  busy(): string | null;
  onProgress?(phase: string, percent: number | null): void;
  timeoutMs?: number;
  /** Background rounds this often while signed in. */
  intervalMs?: number;
}

export interface ServerSync {
  status(): ServerLinkStatus;
  probe(address: string): Promise<ServerProbe>;
  confirm(address: string, fingerprint: string): ServerLinkStatus;
  signIn(user: string, password: string): Promise<ServerLinkStatus>;
  signOut(): ServerLinkStatus;
  setAutoSync(on: boolean): ServerLinkStatus;
  /** 全办公室: one office figure from the server, or the last one kept here when it cannot be asked. */
  figures(request: OfficeFiguresInput): Promise<OfficeFigures>;
  /** One round now; joins the one already running rather than starting a second. */
  syncNow(): Promise<ServerSyncResult>;
  /** Starts the background timer (idempotent); stop() ends it. */
  start(): void;
  stop(): void;
}

export const BACKGROUND_INTERVAL_MS = 5 * 60_000;

const tokenValid = (link: ServerLink): boolean =>
  link.token !== null && link.tokenExpiresAt !== null && Date.parse(link.tokenExpiresAt) > now().getTime();

export function createServerSync(deps: ServerSyncDeps): ServerSync {
  const { db } = deps;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let running: Promise<ServerSyncResult> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  const link = (): ServerLink | null => readLink(db, deps.keyStore);
  const configured = (): ServerLink => link() ?? throwing(notConfigured());

  function status(): ServerLinkStatus {
    const l = link();
    return {
      configured: l !== null,
      url: l?.url ?? null,
      fingerprint: l?.fingerprint ?? null,
      account: l?.account ?? null,
      signedIn: l !== null && tokenValid(l),
      tokenExpiresAt: l?.tokenExpiresAt ?? null,
      lastSyncAt: l?.lastSyncAt ?? null,
      lastError: l?.lastError ?? null,
      autoSync: l?.autoSync ?? true,
      pending: ownChangesAfter(db, l?.pushedSeq ?? 0),
      syncing: running !== null,
    };
  }

  /** Records a failure for 上次同步 to show; a refused token is dropped so the card asks to sign in. */
  function noted(err: unknown): unknown {
    if (err instanceof DomainError) {
      if (err.code === 'SERVER_SIGN_IN_NEEDED') forgetToken(db);
      recordError(db, err.code, err.message);
    }
    return err;
  }

  async function round(): Promise<ServerSyncResult> {
    const l = configured();
    if (!tokenValid(l)) throw noted(signInNeeded(l.token === null ? '尚未登录' : '登录已过期'));
    const run = deps.round;
    if (!run) throw new DomainError('FORBIDDEN', '此版本尚未接通与服务器的同步');
    return deps.exclusive('与办公室服务器同步', async (report) => {
      // Changes made while the round runs may miss this push: only what existed at its start counts as passed on.
      const through = newestSeq(db);
      try {
        const session = { origin: l.url, fingerprint: l.fingerprint, timeoutMs, token: l.token! };
        const result = await run({
          transport: httpsTransport(session, deps.keys(), session.token),
          session,
          cursor: linkCursor(db),
          onProgress: (phase, percent) => {
            report(phase, percent);
            deps.onProgress?.(phase, percent);
          },
        });
        recordSuccess(db, through);
        return result;
      } catch (err) {
        throw noted(err);
      }
    });
  }

  function syncNow(): Promise<ServerSyncResult> {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  }

  function stopTimer(): void {
    if (timer) clearInterval(timer);
    timer = null;
  }

  function tick(): void {
    // The ledger was closed (another file opened, a restore swapped it in): its timer ends with it.
    if (!db.open) {
      stopTimer();
      return;
    }
    const l = link();
    if (!l?.autoSync || !tokenValid(l) || running || deps.busy() !== null) return;
    // A failed background round is already on the card (上次同步的错误); the next tick tries again.
    syncNow().catch(() => undefined);
  }

  return {
    status,
    async probe(address) {
      const url = originOf(address);
      const { fingerprint, health } = await probeServer(url, timeoutMs);
      const l = link();
      return { url, fingerprint, health, alreadyConfirmed: l?.url === url && l.fingerprint === fingerprint };
    },
    confirm(address, fingerprint) {
      confirmServer(db, originOf(address), fingerprint);
      return status();
    },
    async signIn(user, password) {
      const l = configured();
      const keys = deps.keys();
      const session = await signInToServer(
        { origin: l.url, fingerprint: l.fingerprint, timeoutMs },
        { user, password, device: { id: keys.device, name: deps.deviceName(), publicKey: keys.publicKey } },
      ).catch((err: unknown) => {
        // A changed certificate stays on the card until dealt with; a wrong password is only said.
        throw err instanceof DomainError && err.code === 'SERVER_CERT_MISMATCH' ? noted(err) : err;
      });
      saveSession(db, session, deps.keyStore);
      return status();
    },
    signOut() {
      configured();
      forgetToken(db);
      return status();
    },
    setAutoSync(on) {
      configured();
      setAutoSync(db, on);
      return status();
    },
    syncNow,
    figures(request) {
      const l = link();
      const session = l && tokenValid(l) ? { origin: l.url, fingerprint: l.fingerprint, timeoutMs } : null;
      return askOfficeFigures(
        {
          db,
          link: l,
          client: session && httpsTransport(session, deps.keys(), l!.token!),
          tokenRefused: () => forgetToken(db),
        },
        request,
      );
    },
    start() {
      timer ??= setInterval(tick, deps.intervalMs ?? BACKGROUND_INTERVAL_MS);
      // The timer alone never keeps the process (a test run, the harness) alive.
      timer.unref?.();
    },
    stop: stopTimer,
  };
}

function throwing(err: Error): never {
  throw err;
}
