import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  appUrlMatcher,
  hardenSession,
  hardenWebContents,
  openExternalSafely,
  safeExternalUrl,
  secureWebPreferences,
} from '../../../main/security';

// security.ts is also imported by the Electron e2e spec in a plain Node process, where loading the
// electron package would try to download a binary: it must not import electron at runtime.
vi.mock('electron', () => {
  throw new Error('main/security.ts must not load electron at runtime');
});

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    }),
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, url);
    return event.preventDefault;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents, fire, open };
}

const appUrl = 'app://leadatlas/index.html';

function hardened() {
  const shell = { openExternal: vi.fn(() => Promise.resolve()) };
  const fake = fakeContents();
  hardenWebContents(fake.contents as never, { isAppUrl: appUrlMatcher({}), shell });
  return { ...fake, shell };
}

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs', true);

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['enableBlinkFeatures', undefined],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(key in prefs).toBe(true);
    expect(prefs[key]).toBe(value);
  });

  it('uses the given preload script', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('offers developer tools only in an unpackaged build', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true);
  });
});

describe('window.open', () => {
  it('never opens an app window, and sends a web link to the system browser', () => {
    const { open, shell } = hardened();
    expect(open('https://www.mofcom.gov.cn/article/')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.mofcom.gov.cn/article/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'file:///C:/Windows/System32/calc.exe'])(
    'denies %s without handing it to the system',
    (url) => {
      const { open, shell } = hardened();
      expect(open(url)).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-redirect'])('%s to a foreign page is prevented', (name) => {
    const { fire } = hardened();
    expect(fire(name, 'https://evil.example/phish')).toHaveBeenCalled();
    expect(fire(name, 'file:///etc/passwd')).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect'])('%s within the app is allowed', (name) => {
    const { fire } = hardened();
    expect(fire(name, appUrl)).not.toHaveBeenCalled();
    expect(fire(name, `${appUrl}#/companies`)).not.toHaveBeenCalled();
  });

  it('prevents attaching a <webview>', () => {
    const { fire } = hardened();
    expect(fire('will-attach-webview')).toHaveBeenCalled();
  });

  it('installs its handlers once even when called twice for the same contents', () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const { contents } = fakeContents();
    const options = { isAppUrl: () => true, shell };
    hardenWebContents(contents as never, options);
    hardenWebContents(contents as never, options);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.on).toHaveBeenCalledTimes(3);
  });
});

describe('appUrlMatcher', () => {
  const isAppUrl = appUrlMatcher({});

  it('accepts the interface on app://leadatlas/ only, never a file:// URL', () => {
    expect(isAppUrl(appUrl)).toBe(true);
    expect(isAppUrl('app://leadatlas/assets/index.js')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/leadatlas/out/renderer/index.html').href)).toBe(false);
    expect(isAppUrl('file://fileserver/opt/leadatlas/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('in development accepts the dev server origin and nothing else', () => {
    const dev = appUrlMatcher({ devServerUrl: 'http://localhost:5173' });
    expect(dev('http://localhost:5173/#/projects')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('https://localhost:5173/')).toBe(false);
    expect(dev(appUrl)).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it.each([
    ['https://www.mofcom.gov.cn/', 'https://www.mofcom.gov.cn/'],
    ['http://example.com', 'http://example.com/'],
    [
      'mailto:zhang.wei@example.com?subject=项目洽谈',
      'mailto:zhang.wei@example.com?subject=%E9%A1%B9%E7%9B%AE%E6%B4%BD%E8%B0%88',
    ],
    ['HTTPS://EXAMPLE.COM/a', 'https://example.com/a'],
  ])('opens %s', (raw, expected) => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    expect(openExternalSafely(raw, shell)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://fileserver/share',
    'ms-settings:privacy',
    'https://user:secret@evil.example/',
    'https://www.mofcom.gov.cn@evil.example/',
    'http://',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (raw) => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    expect(openExternalSafely(raw, shell)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses values that are not strings', () => {
    expect(safeExternalUrl(42)).toBeNull();
    expect(safeExternalUrl({ href: 'https://example.com' })).toBeNull();
  });
});

describe('hardenSession', () => {
  function fakeSession(withDevices = true) {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      ...(withDevices ? { setDevicePermissionHandler: vi.fn() } : {}),
    };
  }

  it('refuses every permission request', () => {
    const session = fakeSession();
    hardenSession(session as never);
    const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check and device request with false', () => {
    const session = fakeSession();
    hardenSession(session as never);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(check(null, 'media', 'file://', {})).toBe(false);
    expect(check(null, 'hid', 'file://', {})).toBe(false);
    const device = session.setDevicePermissionHandler?.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });

  it('works with a session that has no device permission handler', () => {
    const session = fakeSession(false);
    expect(() => hardenSession(session as never)).not.toThrow();
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
  });
});
