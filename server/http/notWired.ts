import { ServerRefusal, type Auth, type SyncEngine } from '../seams';

/**
 * What the shell answers for sign-in and sync while a build carries no accounts or sync
 * engine: a plain 503 the laptop shows as it is, instead of a crash or a silent empty answer.
 */
const notReady = () =>
  Promise.reject(new ServerRefusal(503, 'not_ready', '办公室服务器的账号与同步功能尚未启用，请联系管理员'));

export const notWiredAuth: Auth = {
  signIn: notReady,
  authenticate: notReady,
  refusalOf: notReady,
  mayRead: notReady,
  noteRefusal: notReady,
};

export const notWiredEngine: SyncEngine = {
  state: notReady,
  push: notReady,
  pull: notReady,
  close: () => Promise.resolve(),
};
