import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from '../../../main/db/driver';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL } from '@contract/bridge';
import { shownPath } from '../../../main/api/shownPath';
import { secureWebPreferences } from '../../../main/security';

const repo = resolve(import.meta.dirname, '../../..');

const electron = vi.hoisted(() => {
  const paths = new Map<string, string>();
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    readonly webContents = {
      mainFrame: { url: '', parent: null },
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      send: vi.fn(),
      isDestroyed: () => false,
    };
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly loadFile = vi.fn(() => Promise.resolve());
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly isDestroyed = () => false;
    readonly isMinimized = vi.fn(() => true);
    readonly restore = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      BrowserWindow.created.push(this);
    }
  }
  return {
    paths,
    BrowserWindow,
    app: {
      isPackaged: false,
      setPath: vi.fn((name: string, path: string) => paths.set(name, path)),
      getPath: vi.fn((name: string) => paths.get(name) ?? '/nonexistent'),
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: vi.fn(() => true),
      enableSandbox: vi.fn(),
      quit: vi.fn(),
      on: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
    },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve()) },
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()), showItemInFolder: vi.fn() },
  };
});
vi.mock('electron', () => electron);

let userData: string;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.paths.clear();
  electron.BrowserWindow.created.length = 0;
  electron.app.requestSingleInstanceLock.mockReturnValue(true);
  userData = mkdtempSync(join(tmpdir(), 'leadatlas-main-'));
  vi.stubEnv('LEADATLAS_USER_DATA', userData);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

afterEach(async () => {
  // Close the database the bootstrap opened, as the app does on quit.
  for (const [name, listener] of electron.app.on.mock.calls) {
    if (name === 'will-quit') (listener as () => void)();
  }
  vi.unstubAllEnvs();
  await Promise.resolve();
  rmSync(userData, { recursive: true, force: true });
});

const listener = (name: string) =>
  electron.app.on.mock.calls.find(([n]) => n === name)?.[1] as ((...args: unknown[]) => void) | undefined;

async function boot() {
  await import('../../../main/index');
  // start() runs once app.whenReady() resolves.
  await new Promise((r) => setTimeout(r, 0));
}

describe('single instance', () => {
  it('quits at once when another instance holds the lock', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await boot();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('brings the existing window forward when a second instance starts', async () => {
    await boot();
    const window = electron.BrowserWindow.created[0];
    listener('second-instance')?.();
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });
});

describe('bootstrap', () => {
  it('uses LEADATLAS_USER_DATA before taking the lock, and enables the sandbox for every renderer', async () => {
    await boot();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', userData);
    const setPathOrder = electron.app.setPath.mock.invocationCallOrder[0] ?? Infinity;
    expect(setPathOrder).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    );
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('opens the database in userData, registers the IPC contract and answers the trusted window', async () => {
    await boot();
    expect(existsSync(join(userData, 'leadatlas.sqlite'))).toBe(true);
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    const [channel, handler] = electron.ipcMain.handle.mock.calls[0] as [
      string,
      (...a: unknown[]) => unknown,
    ];
    expect(channel).toBe(IPC_CALL);

    const window = electron.BrowserWindow.created[0];
    if (!window) throw new Error('no window');
    window.webContents.mainFrame.url = 'app://leadatlas/index.html';
    const info = (await handler({ senderFrame: window.webContents.mainFrame }, 'app.info', {})) as {
      ok: boolean;
      value: { databaseLocation: string };
    };
    expect(info.ok).toBe(true);
    expect(info.value.databaseLocation).toBe(shownPath(join(userData, 'leadatlas.sqlite')));

    const foreign = { url: 'https://evil.example/', parent: null };
    expect(await handler({ senderFrame: foreign }, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('creates one secure window of the agreed size and loads the built interface', async () => {
    await boot();
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const window = electron.BrowserWindow.created[0];
    expect(window?.options).toMatchObject({
      width: 1440,
      height: 900,
      minWidth: 1100,
      minHeight: 700,
      title: '招商通',
      show: false,
    });
    expect(window?.options.webPreferences).toEqual(
      secureWebPreferences(join(repo, 'preload', 'index.cjs'), false),
    );
    // From app://leadatlas/, which serves the built renderer folder and nothing else.
    expect(window?.loadURL).toHaveBeenCalledWith('app://leadatlas/index.html');
    expect(window?.loadFile).not.toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // A file:// page is not the app, even the same index.html on disk.
    const onDisk = { url: pathToFileURL(join(repo, 'renderer', 'index.html')).href, parent: null };
    const [, handler] = electron.ipcMain.handle.mock.calls[0] as [string, (...a: unknown[]) => unknown];
    expect(await handler({ senderFrame: onDisk }, 'app.info', {})).toMatchObject({ ok: false });
    expect(window?.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(window?.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });

  it('hardens the default session and every web contents created later', async () => {
    await boot();
    const ses = electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
    expect(ses.setDevicePermissionHandler).toHaveBeenCalled();
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    listener('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });

  it('installs the Chinese application menu', async () => {
    await boot();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as { label?: string }[];
    expect(template.map((item) => item.label).filter(Boolean)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });
});

describe('a database that cannot be opened', () => {
  it('shows the reason in Chinese, quits, and leaves the file byte-identical', async () => {
    const path = join(userData, 'leadatlas.sqlite');
    const newer = new Database(path);
    newer.exec('CREATE TABLE t (x INTEGER)');
    newer.pragma('user_version = 999');
    newer.close();
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');

    await boot();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toContain('数据库');
    expect(message).toContain('数据库版本 999');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });
});

describe('a database sealed with a passphrase', () => {
  it('opens the window locked, answers only the unlock, refuses a wrong passphrase and opens with the right one', async () => {
    const path = join(userData, 'leadatlas.sqlite');
    const { openDatabase, closeDatabase } = await import('../../../main/db/open');
    const { encryptDatabase } = await import('../../../main/db/encryption');
    const { useDatabaseKey } = await import('../../../main/db/cipher');
    const { createCompany } = await import('../../../main/domain/companies');
    const sealed = openDatabase(path);
    createCompany(sealed, { name: '测试' }, { name: '加密前的企业有限公司' });
    encryptDatabase(sealed, path, { passphrase: '招商引资2026年' });
    closeDatabase(sealed);
    useDatabaseKey(null);
    vi.resetModules();
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');

    await boot();
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const [, handler] = electron.ipcMain.handle.mock.calls[0] as [string, (...a: unknown[]) => unknown];
    const window = electron.BrowserWindow.created[0];
    if (!window) throw new Error('no window');
    window.webContents.mainFrame.url = 'app://leadatlas/index.html';
    const ask = (channel: string, input: unknown) =>
      handler({ senderFrame: window.webContents.mainFrame }, channel, input) as Promise<unknown>;

    expect(await ask('encryption.locked', {})).toEqual({ ok: true, value: { locked: true } });
    expect(await ask('app.info', {})).toMatchObject({ ok: false, error: { code: 'DB_PASSPHRASE_NEEDED' } });
    expect(await ask('encryption.unlock', { passphrase: '招商引资2025年' })).toMatchObject({
      ok: false,
      error: { code: 'DB_WRONG_PASSPHRASE', message: expect.stringContaining('数据库密码不正确') },
    });
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);

    expect(await ask('encryption.unlock', { passphrase: '招商引资2026年' })).toEqual({
      ok: true,
      value: { locked: false },
    });
    expect(await ask('encryption.locked', {})).toEqual({ ok: true, value: { locked: false } });
    expect(await ask('app.info', {})).toMatchObject({ ok: true, value: { counts: { companies: 1 } } });
    expect(electron.app.quit).not.toHaveBeenCalled();
  });
});
