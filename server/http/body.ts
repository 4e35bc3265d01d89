import type { IncomingMessage } from 'node:http';
import { ServerRefusal } from '../seams';

/** A month offline is many pages of at most PAGE_CHANGES changes each; no honest page comes near this. */
export const BODY_LIMIT = 32 * 1024 * 1024;

const MB = 1024 * 1024;
const size = (bytes: number) =>
  bytes >= MB ? `${Math.floor(bytes / MB)} MB` : `${Math.floor(bytes / 1024)} KB`;

export const tooLarge = (limit: number) =>
  new ServerRefusal(413, 'body_too_large', `请求内容过大（上限 ${size(limit)}），请分批同步`);

/** The body's exact bytes (signatures cover them), refused as soon as it passes `limit`. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** Keys no honest body has: parsed objects would take them as their prototype, as the app's dispatch() knows. */
const POLLUTING = new Set(['__proto__', 'constructor', 'prototype']);

const pollutionRefused = (key: string) =>
  new ServerRefusal(400, 'invalid_json', `请求内容含有不允许的键名“${key}”`);

/** The body as JSON; anything else, or a prototype key anywhere in it, is refused before it reaches a schema. */
export function parseJson(body: Buffer): unknown {
  let polluted: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'), (key, v: unknown) => {
      if (POLLUTING.has(key)) polluted ??= key;
      return v;
    });
  } catch {
    throw new ServerRefusal(400, 'invalid_json', '请求内容不是有效的 JSON');
  }
  if (polluted !== null) throw pollutionRefused(polluted);
  return value;
}

export function requireJson(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    throw new ServerRefusal(
      415,
      'unsupported_media_type',
      '请求内容须为 JSON（Content-Type: application/json）',
    );
}
