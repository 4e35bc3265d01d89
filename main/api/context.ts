import type { IntegrityStatus } from '@contract/backups/schema';
import type { KeyStore } from '../db/keyFile';
import type { Db } from '../db/open';
import type { JobRunner } from '../jobs/jobRunner';
import type { Actor } from '../domain/shared/actor';
import type { ServerRound } from '../sync/server/serverSync';
import type { ApiEventName, ApiEvents } from '@contract/bridge';
import type { HostServices } from './host';

/** What a handler may use: the open database, who is acting, and a way to report progress. */
export interface ApiContext {
  db: Db;
  actor: Actor;
  databasePath: string;
  appVersion: string;
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
  /** Host capability: renders a print route (e.g. '/print/company/12') to PDF; absent where no page can be drawn. */
  printToPdf?(route: string): Promise<Uint8Array>;
  /** What the background integrity check of the open file has found; absent where none runs. */
  integrity?(): IntegrityStatus;
  /** Desktop-only file dialog and folder opening (main/files.ts); absent in the browser preview. */
  host?: HostServices;
  /** Keeps the 数据库加密 key: the OS keychain in the desktop app; absent where there is none. */
  keyStore?: KeyStore;
  /** The host asks for the database passphrase at start, so encryption works without a keychain. */
  passphraseAtStart?: boolean;
  /** Where long jobs (import, backup, restore) run: a worker thread in the app; this thread where none is built. */
  jobRunner?: JobRunner;
  /** One sync round with the office server (立即同步 and the background timer); absent where none is wired. */
  serverRound?: ServerRound;
}
