import { DomainError } from '@contract/shared/errors';

/**
 * An address as typed (192.168.1.20:8443, https://server.local/) as the origin it is stored
 * and called under: https://host:port, the port written out. Only https: the token and the
 * ledger's changes never travel in clear.
 */
export function originOf(address: string): string {
  const text = address.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw invalid();
  }
  if (url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.username) throw invalid();
  return `https://${url.hostname}:${url.port || '443'}`;
}

const invalid = (): DomainError =>
  new DomainError('VALIDATION', '服务器地址应为 IP 或域名，可带端口，如 192.168.1.20:8443（只支持 https）', {
    url: '地址格式不对',
  });
