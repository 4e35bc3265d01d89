import type { Db } from '../../db/open';
import { deviceName } from '../../sync/bundleExchange';
import { createServerSync, type ServerRound, type ServerSync } from '../../sync/server/serverSync';
import { runServerRound } from '../../sync/serverRound';
import type { ApiContext } from '../context';
import { exclusively, workInProgress } from '../exclusive';
import { deviceKeysOf } from './sync';
import type { HandlerGroup } from './types';

const PHASE_LABELS = { push: '上传本机修改', pull: '接收其他电脑的修改' } as const;

/**
 * A round on this ledger's own connection: each pulled page is one short transaction, so the
 * window answers between pages. A host may hand in another (a job thread) as ctx.serverRound.
 */
const roundOn =
  (db: Db): ServerRound =>
  ({ transport, cursor, onProgress }) =>
    runServerRound(db, transport, cursor, (phase, done, total) =>
      onProgress(PHASE_LABELS[phase], total > 0 ? Math.round((100 * done) / total) : null),
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
      round: ctx.serverRound ?? roundOn(ctx.db),
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
  'syncServer.figures': (ctx, request) => serverSyncOf(ctx).figures(request),
};
