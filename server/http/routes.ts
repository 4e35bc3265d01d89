import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  figuresRequestSchema,
  pullRequestSchema,
  pushRequestSchema,
  SERVER_API,
  signInRequestSchema,
  type HealthResponse,
} from '@contract/sync/serverProtocol';
import type { Log } from '../log';
import { ServerRefusal, type Auth, type Caller, type SyncEngine } from '../seams';
import { parseJson, readBody, requireJson } from './body';
import { errorReply, sendJson } from './reply';

export interface RouteDeps {
  auth: Auth;
  engine: SyncEngine;
  log: Log;
  /** Answers the health check; `ok` false when the database cannot be reached. */
  health(): Promise<HealthResponse>;
  bodyLimit: number;
}

interface Route {
  method: 'GET' | 'POST';
  /** Signed requests go through auth.authenticate on their exact bytes before anything is parsed. */
  signed: boolean;
  schema?: z.ZodType;
  run(input: { body: unknown; caller: Caller | null; ip: string }, deps: RouteDeps): Promise<unknown>;
}

const signedCaller = (caller: Caller | null): Caller => {
  if (!caller) throw new Error('a signed route ran without a caller');
  return caller;
};

const HEALTH = `${SERVER_API}/health`;
const SESSION = `${SERVER_API}/session`;

const ROUTES: Record<string, Route> = {
  [SESSION]: {
    method: 'POST',
    signed: false,
    schema: signInRequestSchema,
    run: ({ body, ip }, { auth }) => auth.signIn(body as z.infer<typeof signInRequestSchema>, ip),
  },
  [`${SERVER_API}/sync/state`]: {
    method: 'GET',
    signed: true,
    run: ({ caller }, { engine }) => engine.state(signedCaller(caller)),
  },
  [`${SERVER_API}/sync/push`]: {
    method: 'POST',
    signed: true,
    schema: pushRequestSchema,
    run: ({ body, caller }, { engine }) =>
      engine.push(signedCaller(caller), body as z.infer<typeof pushRequestSchema>),
  },
  [`${SERVER_API}/sync/pull`]: {
    method: 'POST',
    signed: true,
    schema: pullRequestSchema,
    run: ({ body, caller }, { engine }) =>
      engine.pull(signedCaller(caller), body as z.infer<typeof pullRequestSchema>),
  },
  [`${SERVER_API}/figures`]: {
    method: 'POST',
    signed: true,
    schema: figuresRequestSchema,
    run: ({ body, caller }, { engine }) =>
      engine.figures(signedCaller(caller), body as z.infer<typeof figuresRequestSchema>),
  },
};

/** The path without its query, cut short: it goes into the log whatever a client sent. */
const routeOf = (url: string) => (url.split('?')[0] ?? '').slice(0, 200);

/** One request, start to finish: route, limits, authentication, schema, engine, one log line. */
export function handleRequest(deps: RouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const url = req.url ?? '/';
    const ip = req.socket.remoteAddress ?? '';
    const fields: Record<string, unknown> = { method: req.method, route: routeOf(url), ip };
    let status = 500;
    try {
      const path = routeOf(url);
      if (path === HEALTH) {
        if (req.method !== 'GET') throw notAllowed(res, 'GET');
        const health = await deps.health();
        status = health.ok ? 200 : 503;
        sendJson(res, status, health);
        return;
      }
      const route = ROUTES[path];
      if (!route) throw new ServerRefusal(404, 'not_found', '没有这个接口');
      if (req.method !== route.method) throw notAllowed(res, route.method);
      if (route.method === 'POST') requireJson(req);
      const raw = await readBody(req, deps.bodyLimit);
      const caller = route.signed
        ? await deps.auth.authenticate({ method: req.method, path: url, headers: req.headers, body: raw, ip })
        : null;
      if (caller) Object.assign(fields, { user: caller.user.user, device: caller.device });
      const body = route.schema ? route.schema.parse(parseJson(raw)) : undefined;
      if (path === SESSION) {
        const signIn = body as z.infer<typeof signInRequestSchema>;
        Object.assign(fields, { user: signIn.user, device: signIn.device.id });
      }
      const answer = await route.run({ body, caller, ip }, deps);
      status = 200;
      sendJson(res, status, answer);
    } catch (err) {
      const reply = errorReply(err, deps.log, fields);
      status = reply.status;
      fields.code = reply.body.code;
      // A refused body may still be on the wire: close the connection rather than read it.
      if (status === 413) res.setHeader('connection', 'close');
      if (!res.headersSent) sendJson(res, status, reply.body);
      else res.destroy();
    } finally {
      const ms = Math.round(performance.now() - started);
      deps.log[status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info']('request', {
        ...fields,
        status,
        ms,
      });
    }
  };
}

function notAllowed(res: ServerResponse, allow: string): ServerRefusal {
  res.setHeader('allow', allow);
  return new ServerRefusal(405, 'method_not_allowed', '该接口不支持此请求方式');
}
