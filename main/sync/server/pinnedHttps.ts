import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { DomainError } from '@contract/shared/errors';
import { certificateMismatch, networkDetail, unreachable } from './serverRefusals';

/**
 * One HTTPS request to the office server, whose certificate is self-signed: trust comes from the
 * SHA-256 fingerprint the user confirmed, not from a certificate authority. Headers (with the
 * token) and body are held back until the TLS handshake shows the pinned certificate; any other
 * certificate ends the connection with nothing sent.
 */
export interface PinnedRequest {
  /** https://host:port */
  origin: string;
  /** Path with query, e.g. /api/v1/sync/pull. */
  path: string;
  method: 'GET' | 'POST';
  /** The confirmed fingerprint; null only for the first contact, which reports the one it saw. */
  fingerprint: string | null;
  headers?: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
}

export interface PinnedResponse {
  status: number;
  body: Buffer;
  /** The certificate the server presented. */
  fingerprint: string;
}

/** A pull page of 2,000 changes is a few MB; far more is not an office server talking. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export function pinnedRequest(r: PinnedRequest): Promise<PinnedResponse> {
  return new Promise((resolve, reject) => {
    let presented = '';
    const req = request(new URL(r.path, r.origin), {
      method: r.method,
      // A fresh connection each time, so every request passes the check below.
      agent: false,
      // No certificate authority vouches for an office's own server: the pin below is the check.
      rejectUnauthorized: false,
      headers: {
        accept: 'application/json',
        ...r.headers,
        ...(r.body ? { 'content-type': 'application/json', 'content-length': String(r.body.length) } : {}),
      },
    });
    const fail = (err: DomainError): void => {
      clearTimeout(deadline);
      reject(err); // a promise settles once: later failures of the same request are dropped
      req.destroy();
    };
    const deadline = setTimeout(() => fail(unreachable('等待超时')), r.timeoutMs);
    req.on('socket', (socket) => {
      (socket as TLSSocket).once('secureConnect', () => {
        presented = (socket as TLSSocket).getPeerX509Certificate()?.fingerprint256 ?? '';
        if (r.fingerprint !== null && presented !== r.fingerprint) fail(certificateMismatch());
        else req.end(r.body);
      });
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) fail(unreachable('服务器的回复过大'));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(deadline);
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), fingerprint: presented });
      });
      res.on('aborted', () => fail(unreachable('连接被中断')));
      res.on('error', () => fail(unreachable('连接被中断')));
    });
    req.on('error', (err) => fail(err instanceof DomainError ? err : unreachable(networkDetail(err))));
  });
}
