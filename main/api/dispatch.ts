import { zodToDomainError } from '../domain/shared/validate';
import type { ApiResult } from '@contract/bridge';
import { channels, type ChannelName } from '@contract/channels';
import type { ApiContext } from './context';
import { refusedWhileWorking } from './exclusive';
import { toApiError } from './failures';
import { asWindowCall } from '../db/windowFirst';
import { handlers } from './handlers';
import { setSyncActor } from '../sync/syncFunctions';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** No form or grid nests anywhere near this deep; a deeper payload would only exhaust the stack. */
const MAX_DEPTH = 64;

type Malformed = 'cyclic' | 'polluted' | 'too-deep';

/**
 * Largest answer sent back to the window (as JSON, estimated): a grid page is a few hundred KB,
 * the biggest legitimate answer (an error report of 200 000 rows as base64) tens of MB. Past it,
 * a clear refusal instead of a copy across processes that can take gigabytes.
 */
export const MAX_RESPONSE_BYTES = 96 * 1024 * 1024;

/** Byte size of the payload as JSON, refusing cycles, pollution keys and deep nesting on the way. */
function payloadBytes(input: unknown, limit: number): number | Malformed {
  let bytes = 0;
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number): Malformed | void => {
    if (v === null || typeof v !== 'object') {
      bytes += typeof v === 'string' ? v.length * 3 + 2 : 8;
      return;
    }
    if (ArrayBuffer.isView(v)) {
      bytes += v.byteLength;
      return;
    }
    if (depth > MAX_DEPTH) return 'too-deep';
    if (seen.has(v)) return 'cyclic';
    seen.add(v);
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return 'polluted';
      bytes += key.length + 4;
      if (bytes > limit) return;
      const r = walk((v as Record<string, unknown>)[key], depth + 1);
      if (r) return r;
    }
    seen.delete(v);
  };
  return walk(input, 0) ?? bytes;
}

export function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

/**
 * The single entry for every call from the renderer, whatever the transport: unknown
 * channels, oversized or malformed payloads and extra keys are refused before any
 * handler code runs; every failure comes back as a value with a stable code.
 */
export async function dispatch(
  ctx: ApiContext,
  channel: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '未知的请求' } };
  }
  const def = channels[channel];
  const size = payloadBytes(input ?? {}, def.maxBytes);
  if (typeof size === 'string') {
    return { ok: false, error: { code: 'VALIDATION', message: '请求数据格式无效' } };
  }
  if (size > def.maxBytes) {
    return { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的数据过大' } };
  }
  const busy = refusedWhileWorking(channel, def.write);
  if (busy) return { ok: false, error: busy.toJSON() };
  try {
    // Inside the try: a refinement that throws is still answered as a value, never a rejection.
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: zodToDomainError(parsed.error).toJSON() };
    const handler = handlers[channel] as (ctx: ApiContext, input: unknown) => unknown;
    // Changes this call records for team sync carry the person's name.
    if (def.write) setSyncActor(ctx.db, ctx.actor.name);
    // A job thread working in slices waits while this call's synchronous part runs (its save
    // would otherwise wait on the lock with no place in line).
    const value = await asWindowCall(() => handler(ctx, parsed.data));
    const answer = payloadBytes(value ?? null, MAX_RESPONSE_BYTES);
    if (typeof answer === 'number' && answer > MAX_RESPONSE_BYTES) {
      return {
        ok: false,
        error: {
          code: 'TOO_LARGE',
          message: def.write
            ? '操作已完成，但返回的内容过大，无法显示。请刷新页面查看结果。'
            : '返回的内容过大，无法显示。请缩小范围后重试，数据未作更改。',
        },
      };
    }
    return { ok: true, value: value === undefined ? null : value };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}
