import { ServerRefusal } from '../seams';

/**
 * Every refusal of sign-in and of a signed request, one code each, so the laptop can tell
 * "sign in again" from "this laptop was removed" and the office can read the log.
 */
export const REFUSALS = {
  // sign-in
  SIGNIN_INVALID: [400, '登录信息不完整，请检查后重试。'],
  SIGNIN_FAILED: [401, '账号或密码不正确。'],
  SIGNIN_LOCKED: [403, '密码连续输错次数过多，账号已暂时锁定，请稍后再试或请办公室重置密码。'],
  DEVICE_KEY_MISMATCH: [400, '本机的设备编号与其公钥不符，无法登记。请重新安装或联系办公室。'],
  DEVICE_REMOVED: [403, '本机已被办公室从服务器中移除，不能再登录同步。如需恢复，请联系办公室。'],
  DEVICE_OTHER_USER: [
    403,
    '本机已登记在另一账号名下，不能用此账号登录。一台电脑只归一人使用；如已转交他人，请联系办公室处理。',
  ],
  // signed requests
  AUTH_MISSING: [401, '尚未登录办公室服务器，请先在 设置 → 团队同步 中登录。'],
  AUTH_TOKEN_INVALID: [401, '登录凭据无效，请重新登录办公室服务器。'],
  AUTH_TOKEN_EXPIRED: [401, '登录已过期，请重新登录办公室服务器。'],
  AUTH_TOKEN_REVOKED: [401, '登录已失效（已在本机重新登录、修改了密码或被办公室收回），请重新登录。'],
  AUTH_USER_REMOVED: [403, '该账号已被办公室停用，不能再同步。如有疑问，请联系办公室。'],
  AUTH_DEVICE_REMOVED: [403, '本机已被办公室从服务器中移除，不能再同步。如需恢复，请联系办公室。'],
  AUTH_DEVICE_MISMATCH: [401, '请求所署的设备与登录凭据不符，已拒绝。'],
  AUTH_SIGNATURE_MISSING: [401, '请求缺少设备签名信息（设备、时间、随机编号或签名），已拒绝。'],
  AUTH_STALE_TIMESTAMP: [401, '请求时间与服务器时间相差超过 5 分钟，已拒绝。请校准本机的日期和时间后重试。'],
  AUTH_BAD_SIGNATURE: [401, '请求的设备签名不符，已拒绝。'],
  AUTH_REPLAY: [401, '该请求已经收到过一次（随机编号重复），为防重放已拒绝。'],
} as const satisfies Record<string, readonly [number, string]>;

export type RefusalCode = keyof typeof REFUSALS;

/** The refusal of `code`, with its own message unless one is given (a lock's end, a field's problem). */
export function refuse(code: RefusalCode, message?: string): ServerRefusal {
  const [status, text] = REFUSALS[code];
  return new ServerRefusal(status, code, message ?? text);
}
