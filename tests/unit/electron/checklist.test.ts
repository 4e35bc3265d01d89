/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), one
 * test per item, checked without the Electron binary. Behaviour in depth lives in security.test.ts,
 * ipc.test.ts, preload.test.ts and bootstrap.test.ts; the same assertions run against a real
 * window in tests/e2e/electron.spec.ts wherever a binary exists. Fuses: tests/unit/packaging.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appUrlMatcher,
  hardenSession,
  hardenWebContents,
  openExternalSafely,
  secureWebPreferences,
} from '../../../main/security';
import { cspOf, inlineCode, remoteSources } from './csp';
import { nodeOnlyModules } from './nodeOnly';

vi.mock('electron', () => {
  throw new Error('the checklist is checked without loading electron');
});

const repo = resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(repo, file), 'utf8');
const prefs = secureWebPreferences('/opt/leadatlas/out/preload/index.cjs', true);
const appUrl = 'app://leadatlas/index.html';

function sources(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(repo, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs|cjs|html)$/.test(e.name))
      .map((e) => relative(repo, join(e.parentPath, e.name)).split(sep).join('/')),
  );
}
const shipped = sources('contract', 'main', 'preload', 'renderer');
const containing = (pattern: RegExp, files = shipped) => files.filter((f) => pattern.test(read(f)));

function hardenedFake() {
  const listeners = new Map<string, (event: { preventDefault(): void; url?: string }) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    on: (name: string, l: (event: { preventDefault(): void; url?: string }) => void) =>
      listeners.set(name, l),
  };
  const shell = { openExternal: vi.fn(() => Promise.resolve()) };
  hardenWebContents(contents as never, { isAppUrl: appUrlMatcher({}), shell });
  const prevented = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url });
  return { prevented, open, shell };
}

// The built page, not the source: what Vite emits is what a user's window loads.
let builtHtml = '';
let buildDir = '';
beforeAll(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'leadatlas-csp-build-'));
  const build = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: repo,
      env: { ...process.env, LEADATLAS_OUT: buildDir },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stderr}`);
  builtHtml = readFileSync(join(buildDir, 'renderer', 'index.html'), 'utf8');
}, 180_000);
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

describe("Electron's security checklist", () => {
  it('1. Only load secure content: local files only, nothing fetched from the network', () => {
    const policy = cspOf(builtHtml);
    expect(policy).not.toBeNull();
    expect(remoteSources(policy!)).toEqual([]);
    const loaded = [...builtHtml.matchAll(/\b(?:src|href)=["']([^"']+)["']/g)].map((m) => m[1]);
    expect(loaded.length).toBeGreaterThan(0);
    // Relative to the page: no scheme (http:, https:, ...) and no protocol-relative //host.
    for (const url of loaded) expect(url, url).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
    // An installed app never takes its page from ELECTRON_RENDERER_URL.
    expect(read('main/index.ts')).toMatch(
      /app\.isPackaged \? undefined : process\.env\.ELECTRON_RENDERER_URL/,
    );
  });

  it('2. Do not enable Node.js integration for remote content', () => {
    expect(prefs).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
    expect(containing(/nodeIntegration\w*\s*:\s*true/)).toEqual([]);
  });

  it('2. …and the renderer bundle loads no Node-only module (Node, Electron, the SQLite driver)', () => {
    const assets = join(buildDir, 'renderer', 'assets');
    const chunks = readdirSync(assets).filter((n) => n.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(5);
    const loaded = chunks.flatMap((n) => nodeOnlyModules(readFileSync(join(assets, n), 'utf8')));
    expect(loaded).toEqual([]);
    // The same check reads the main bundle as loading them: an empty list above means something.
    expect(nodeOnlyModules(readFileSync(join(buildDir, 'main', 'index.js'), 'utf8'))).toEqual(
      expect.arrayContaining(['electron', 'node:fs', 'node:worker_threads']),
    );
  });

  it('3. Enable context isolation', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(containing(/contextIsolation\s*:\s*false/)).toEqual([]);
    // The preload hands the page one object through the bridge, never by assigning globals.
    expect(read('preload/index.ts')).toMatch(/contextBridge\.exposeInMainWorld\('api', api\)/);
    expect(containing(/\b(window|globalThis)\.\w+\s*=(?!=)/, sources('preload'))).toEqual([]);
  });

  it('4. Enable process sandboxing', () => {
    expect(prefs.sandbox).toBe(true);
    expect(containing(/sandbox\s*:\s*false/)).toEqual([]);
    expect(read('main/index.ts')).toMatch(/app\.enableSandbox\(\)/);
  });

  it('5. Handle session permission requests from remote content', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    hardenSession({
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    } as never);
    const answers: unknown[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      handlers.request?.({}, permission, (granted: boolean) => answers.push(granted), {});
      answers.push(handlers.check?.(null, permission, appUrl, {}));
    }
    answers.push(handlers.device?.({ deviceType: 'usb', origin: 'file://' }));
    expect(answers).toHaveLength(11);
    expect(new Set(answers)).toEqual(new Set([false]));
  });

  it('6. Do not disable webSecurity', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(containing(/webSecurity\s*:\s*false/)).toEqual([]);
  });

  it('7. Define a Content Security Policy: strict, in the built page, no inline code', () => {
    const policy = cspOf(builtHtml)!;
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    // No frames at all: a PDF attachment is drawn by pdf.js on canvases, not framed.
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
    const everySource = [...policy.values()].flat();
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource).not.toContain("'strict-dynamic'");
    // antd and React set style attributes at run time; scripts stay strict.
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(inlineCode(builtHtml)).toEqual([]);
  });

  it('8. Do not enable allowRunningInsecureContent', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(containing(/allowRunningInsecureContent\s*:\s*true/)).toEqual([]);
  });

  it('9. Do not enable experimental features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(containing(/experimentalFeatures\s*:\s*true/)).toEqual([]);
  });

  it('10. Do not use enableBlinkFeatures', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(containing(/enableBlinkFeatures\s*:\s*['"`]/)).toEqual([]);
    // The opposite is welcome: middle-click cannot even ask for a new window.
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('11. Do not use allowpopups for WebViews', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(containing(/allowpopups/i)).toEqual([]);
    expect(builtHtml).not.toMatch(/<webview/i);
  });

  it('12. Verify WebView options before creation: no <webview> can attach at all', () => {
    expect(hardenedFake().prevented('will-attach-webview')).toBe(true);
  });

  it('13. Disable or limit navigation', () => {
    const { prevented } = hardenedFake();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://127.0.0.1:5199/']) {
      expect(prevented('will-navigate', url), url).toBe(true);
      expect(prevented('will-redirect', url), url).toBe(true);
    }
    expect(prevented('will-navigate', `${appUrl}#/companies`)).toBe(false);
  });

  it('14. Disable or limit creation of new windows', () => {
    const { open } = hardenedFake();
    // Denied even for the app's own page: the app has exactly one window.
    for (const url of [appUrl, 'https://www.mofcom.gov.cn/', 'javascript:alert(1)', 'about:blank']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
  });

  it('15. Do not use shell.openExternal with untrusted content', () => {
    expect(containing(/\.openExternal\(/)).toEqual(['main/security.ts']);
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://host/share']) {
      expect(openExternalSafely(url, shell), url).toBe(false);
    }
    expect(openExternalSafely('https://www.mofcom.gov.cn/', shell)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('16. Use a current version of Electron', () => {
    // The floor moves up with each Electron upgrade; Electron supports its latest three majors.
    const MIN_MAJOR = 45;
    const declared = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> })
      .devDependencies.electron;
    expect(declared).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(Number(/\d+/.exec(declared ?? '')?.[0])).toBeGreaterThanOrEqual(MIN_MAJOR);
    const installed = (JSON.parse(read('node_modules/electron/package.json')) as { version: string }).version;
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(MIN_MAJOR);
  });

  it('17. Validate the sender of all IPC messages', () => {
    // One registration, and in it the frame check comes before any answer (behaviour: ipc.test.ts).
    expect(containing(/ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\s*\(/)).toEqual([
      'main/ipc.ts',
    ]);
    const ipc = read('main/ipc.ts');
    expect(ipc.match(/ipcMain\.handle\(/g)).toHaveLength(1);
    const body = ipc.slice(ipc.indexOf('ipcMain.handle('));
    expect(body.indexOf('isTrustedFrame(frame)')).toBeGreaterThan(0);
    expect(body.indexOf('isTrustedFrame(frame)')).toBeLessThan(body.indexOf('answer('));
    // The renderer side speaks only through the preload's single invoke channel.
    expect(containing(/ipcRenderer\.(send|sendSync|invoke|postMessage)\(/)).toEqual(['preload/index.ts']);
  });

  it('18. Avoid the file:// protocol: the interface is served on app://leadatlas/, file:// is never the app', () => {
    const isAppUrl = appUrlMatcher({});
    expect(isAppUrl(appUrl)).toBe(true);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/leadatlas/out/main/index.js').href)).toBe(false);
  });

  it('20. Do not expose Electron APIs to untrusted web content', () => {
    expect(containing(/exposeInMainWorld\(/)).toEqual(['preload/index.ts']);
    expect(read('preload/index.ts')).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});
