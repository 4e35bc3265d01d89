import { DomainError } from '@contract/shared/errors';

/** The office's words for what can go wrong between this laptop and the office server. */

const OFFLINE = '本机照常可用，修改会在下次连上服务器时同步。';

export const unreachable = (detail: string): DomainError =>
  new DomainError('SERVER_UNREACHABLE', `连不上办公室服务器（${detail}）。${OFFLINE}`);

export const certificateMismatch = (): DomainError =>
  new DomainError(
    'SERVER_CERT_MISMATCH',
    '服务器证书与已确认的不一致，已停止连接，没有发送任何数据。可能连到了别的机器，也可能服务器重装后换了证书：' +
      '请向管理服务器的同事核对，确认无误后重新连接并确认新的指纹。',
  );

export const signInNeeded = (reason = '登录已过期'): DomainError =>
  new DomainError('SERVER_SIGN_IN_NEEDED', `${reason.replace(/[。.]$/, '')}，请重新登录办公室服务器。`);

export const notConfigured = (): DomainError =>
  new DomainError('SERVER_NOT_CONFIGURED', '还没有连接办公室服务器，请先填写地址并确认指纹');

export const badReply = (status: number): DomainError =>
  new DomainError(
    'SERVER_BAD_REPLY',
    `服务器的回复无法识别（HTTP ${status}），请确认地址是招商通办公室服务器，且程序版本一致`,
  );

/** Why a connection failed, in words, from Node's error codes. */
export function networkDetail(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ECONNREFUSED':
      return '对方没有在这个端口提供服务';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return '找不到这个地址';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return '网络不通';
    case 'ECONNRESET':
    case 'EPIPE':
      return '连接被中断';
    default:
      return code ? `网络错误 ${code}` : '网络错误';
  }
}
