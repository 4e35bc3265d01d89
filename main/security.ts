import type { Session, Shell, WebContents, WebPreferences } from 'electron';
import { isAppOrigin } from './appProtocol';

// Only type imports from 'electron': this module must load in plain Node (unit tests and the
// Playwright process) without touching the electron package, whose entry downloads a binary.

/**
 * The one set of web preferences for every window. Each flag is spelled out even where it is
 * Electron's default, so a default changing in a future Electron cannot weaken the window.
 */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: undefined,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A middle click on a link would otherwise ask for a new window; denied anyway, but never asked.
    disableBlinkFeatures: 'Auxclick',
    devTools: !isPackaged,
  };
}

export type UrlCheck = (url: string) => boolean;

/**
 * Which URLs are the app itself: the built renderer served on app://leadatlas/ (appProtocol.ts),
 * or, in development only, the electron-vite dev server's origin. file:// never counts.
 */
export function appUrlMatcher(options: { devServerUrl?: string | undefined }): UrlCheck {
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : null;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (devOrigin !== null) return parsed.origin === devOrigin;
    return isAppOrigin(parsed);
  };
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_EXTERNAL_URL_LENGTH = 2048;

/** The normalised URL when it may be handed to the operating system, else null. */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  // user:pass@host links are a classic way to disguise the real host from the reader.
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}

/**
 * Opens a link in the system browser or mail client, but only for the allow-listed schemes:
 * anything else (file:, javascript:, custom protocol handlers) could start a program.
 */
export function openExternalSafely(raw: unknown, shell: Pick<Shell, 'openExternal'>): boolean {
  const url = safeExternalUrl(raw);
  if (url === null) return false;
  // Reviewed for `npm run audit:electron`: only a URL that passed the allow-list above gets here.
  const opening = shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  opening.catch((err: unknown) => console.error('[leadatlas] openExternal failed', err));
  return true;
}

export interface HardenOptions {
  isAppUrl: UrlCheck;
  shell: Pick<Shell, 'openExternal'>;
}

type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

const hardened = new WeakSet<object>();

/**
 * No new windows, no navigation away from the app, no <webview>. Links to the web are sent to
 * the system browser instead. Safe to call more than once for the same contents.
 */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, options.shell);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (!options.isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> &
  Partial<Pick<Session, 'setDevicePermissionHandler'>>;

/**
 * A ledger app needs no camera, microphone, location, notifications, USB or serial access:
 * every permission request and check is refused.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}
