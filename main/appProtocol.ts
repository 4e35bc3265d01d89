import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';

// Only type imports from 'electron' (see security.ts): the resolving below is unit-tested in Node.

/**
 * The interface is served from app://leadatlas/ instead of file://, so the window gets no
 * file-protocol privileges (the grantFileProtocolExtraPrivileges fuse is off) and can read
 * nothing on disk but the built renderer folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'leadatlas';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The interface's page, optionally at a hash route ('/print/company/12'). */
export const appPageUrl = (route?: string): string =>
  `${APP_ORIGIN}/index.html${route === undefined ? '' : `#${route}`}`;

/** Registered before app 'ready': a standard, secure origin, so 'self' in the CSP means it. */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

const inside = (root: string, file: string): boolean => {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Whether a URL is a page or file of the interface itself (the navigation and IPC checks). */
export function isAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/**
 * The file under `rendererDir` that an app:// request names, or null: another host, a path
 * that leaves the folder (also when encoded), or a type the interface does not ship.
 */
export function appFileFor(rendererDir: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (!isAppOrigin(url)) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  if (!inside(root, file)) return null;
  return MIME[extname(file).toLowerCase()] ? file : null;
}

/** Serves the built renderer on app://leadatlas/ for the session the windows use. */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? appFileFor(rendererDir, request.url) : null;
    if (file === null) return new Response('not found', { status: 404 });
    try {
      // A link planted inside the folder must not lead out of it.
      if (!inside(await realpath(rendererDir), await realpath(file))) throw new Error('outside');
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
