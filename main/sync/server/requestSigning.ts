import { createHash, randomBytes, sign } from 'node:crypto';
import { nowIso } from '@contract/shared/time';
import { REQUEST_HEADERS, requestSigningText } from '@contract/sync/serverProtocol';
import type { DeviceKeys } from '../deviceKeys';

/**
 * The headers that prove a request comes from this laptop, now, once: the device id, an ISO
 * timestamp, a fresh random nonce and the ed25519 signature (base64) over requestSigningText.
 * A captured request sent again is refused by the server (same nonce, or too old).
 */
export function signedHeaders(
  keys: DeviceKeys,
  method: string,
  path: string,
  body: Buffer | undefined,
): Record<string, string> {
  const timestamp = nowIso();
  const nonce = randomBytes(16).toString('base64url');
  const bodySha256 = body && body.length > 0 ? createHash('sha256').update(body).digest('hex') : '';
  const text = requestSigningText({ method, path, timestamp, nonce, bodySha256 });
  return {
    [REQUEST_HEADERS.device]: keys.device,
    [REQUEST_HEADERS.timestamp]: timestamp,
    [REQUEST_HEADERS.nonce]: nonce,
    [REQUEST_HEADERS.signature]: sign(null, Buffer.from(text, 'utf8'), keys.privateKey).toString('base64'),
  };
}
