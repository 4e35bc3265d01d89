/**
 * Browser stand-in for the preload: builds `window.api` with exactly the LeadAtlasApi shape,
 * over HTTP (calls) and server-sent events (progress) instead of IPC.
 *
 * The harness serves this file as /__harness/shim.js, a classic script placed before the
 * app's module script, so `window.api` exists before any renderer code runs. The file has
 * type-only imports and no runtime dependencies, so the server turns it into JavaScript with
 * TypeScript's single-file transpile at start-up: no bundler, no build step to forget, and
 * it is still type-checked with the rest of tests/ (`satisfies LeadAtlasApi` below).
 *
 * Only DOM features that @types/node also declares (fetch, EventSource) are used, so the
 * file type-checks under tsconfig.node.json without pulling the DOM library into it.
 */
import type { ApiEventName, ApiResult, LeadAtlasApi } from '@contract/bridge';

type AnyListener = (payload: unknown) => void;

const listeners = new Map<ApiEventName, Set<AnyListener>>();

/**
 * One shared event stream, opened at once: the preload's IPC event channel is always
 * connected too. Calls wait (briefly) until it is open, so progress emitted while a call
 * runs on the server is never lost to a stream that was still connecting.
 */
const events = new EventSource('/__api/events');
const eventsOpen = new Promise<void>((resolve) => {
  events.addEventListener('open', () => resolve(), { once: true });
  setTimeout(resolve, 3000);
});

events.onmessage = (message) => {
  let event: ApiEventName;
  let payload: unknown;
  try {
    ({ event, payload } = JSON.parse(String(message.data)) as { event: ApiEventName; payload: unknown });
  } catch {
    return;
  }
  for (const listener of [...(listeners.get(event) ?? [])]) {
    // One failing listener must not starve the others, as with separate IPC listeners.
    try {
      listener(payload);
    } catch (err) {
      console.error(err);
    }
  }
};

const transportError = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message },
});

async function post(channel: string, input: unknown): Promise<ApiResult<unknown>> {
  await eventsOpen;
  let response: Response;
  try {
    response = await fetch('/__api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
  } catch {
    return transportError('无法连接本地服务，操作未完成。');
  }
  try {
    // The server answers refusals (too large, not JSON) with an ApiResult too.
    const body = (await response.json()) as ApiResult<unknown>;
    if (typeof body === 'object' && body !== null && typeof body.ok === 'boolean') return body;
  } catch {
    // fall through
  }
  return transportError(`本地服务返回了无效的响应（HTTP ${response.status}），操作未完成。`);
}

const api = Object.freeze({
  host: 'browser',
  call: (channel, input) => post(channel, input) as never,
  on: (event, listener) => {
    const set = listeners.get(event) ?? new Set<AnyListener>();
    listeners.set(event, set);
    // A fresh wrapper per subscription, so subscribing the same function twice needs two
    // unsubscribes, exactly like two ipcRenderer.on registrations.
    const forward: AnyListener = (payload) => listener(payload as Parameters<typeof listener>[0]);
    set.add(forward);
    return () => {
      set.delete(forward);
    };
  },
} satisfies LeadAtlasApi);

// contextBridge exposes a frozen copy that page code cannot replace; do the same.
Object.defineProperty(globalThis, 'api', {
  value: api,
  enumerable: true,
  writable: false,
  configurable: false,
});
