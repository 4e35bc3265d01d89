import type { Db } from '../../db/open';
import { deviceName } from '../../sync/bundleExchange';
import { createServerSync, type ServerRound, type ServerSync } from '../../sync/server/serverSync';
import { dismissWithdrawn, listWithdrawn } from '../../sync/server/withdrawnList';
import type { ApiContext } from '../context';
import { exclusively, workInProgress } from '../exclusive';
import { runnerOf } from '../runner';
import { deviceKeysOf } from './sync';
import type { HandlerGroup } from './types';

/**
 * A round in the job thread, on a connection of its own: the window keeps answering while a
 * pulled page merges. Where no thread is built (unit tests, the preview from sources), the same
 * job runs on this thread.
 */
const roundIn =
  (ctx: ApiContext): ServerRound =>
  ({ session, onProgress }) =>
    runnerOf(ctx)(
      { kind: 'serverRound', input: { dbPath: ctx.databasePath, session } },
      {
        onPhase: ({ label, done, total }) =>
          onProgress(label, total > 0 ? Math.round((100 * done) / total) : null),
      },
    );

/** One link to the office server per open ledger, with its background timer. */
const services = new WeakMap<Db, ServerSync>();

export function serverSyncOf(ctx: ApiContext): ServerSync {
  let service = services.get(ctx.db);
  if (!service) {
    service = createServerSync({
      db: ctx.db,
      keys: () => deviceKeysOf(ctx),
      deviceName: () => deviceName(ctx.db),
      keyStore: ctx.keyStore,
      round: ctx.serverRound ?? roundIn(ctx),
      exclusive: (what, work) => exclusively(what, work, { writesPass: true }),
      busy: workInProgress,
      onProgress: (label, percent) =>
        ctx.emit('progress', { task: 'serverSync', done: percent ?? 0, total: 100, label }),
    });
    services.set(ctx.db, service);
    service.start();
  }
  return service;
}

export const syncServerHandlers: HandlerGroup<'syncServer'> = {
  'syncServer.status': (ctx) => serverSyncOf(ctx).status(),
  'syncServer.probe': (ctx, { url }) => serverSyncOf(ctx).probe(url),
  'syncServer.confirm': (ctx, { url, fingerprint }) => serverSyncOf(ctx).confirm(url, fingerprint),
  'syncServer.signIn': (ctx, { user, password }) => serverSyncOf(ctx).signIn(user, password),
  'syncServer.signOut': (ctx) => serverSyncOf(ctx).signOut(),
  'syncServer.setAutoSync': (ctx, { on }) => serverSyncOf(ctx).setAutoSync(on),
  'syncServer.syncNow': (ctx) => serverSyncOf(ctx).syncNow(),
  'syncServer.withdrawn': (ctx) => listWithdrawn(ctx.db),
  'syncServer.dismissWithdrawn': (ctx, { id }) => dismissWithdrawn(ctx.db, id),
  'syncServer.figures': (ctx, request) => serverSyncOf(ctx).figures(request),
};
