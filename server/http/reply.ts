import type { ServerResponse } from 'node:http';
import { ZodError } from 'zod';
import type { ServerError } from '@contract/sync/serverProtocol';
import type { Log, LogFields } from '../log';
import { ServerRefusal } from '../seams';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * What a failed request answers: a refusal in the office's words with its own status, a
 * schema's first complaint as 400, and for anything unforeseen a plain 500 — its details go to
 * the log with the stack, never to the laptop.
 */
export function errorReply(err: unknown, log: Log, fields: LogFields): { status: number; body: ServerError } {
  if (err instanceof ServerRefusal)
    return { status: err.status, body: { code: err.code, message: err.message } };
  if (err instanceof ZodError)
    return {
      status: 400,
      body: { code: 'invalid_request', message: err.issues[0]?.message ?? '请求内容不符合要求' },
    };
  log.error('request failed', { ...fields, err });
  return { status: 500, body: { code: 'internal', message: '服务器内部错误' } };
}
