import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_EVENT } from '@contract/bridge';
import type { ApiResult } from '@contract/bridge';
import { mainFrameOf, registerIpc, sendEvent } from '../../../main/ipc';

vi.mock('electron', () => ({}));

type Handler = (event: { senderFrame: unknown }, channel: unknown, input: unknown) => unknown;

// Stands for dispatch with the open database's context (or the lock gate before it is open).
const dispatch = vi.fn((_channel: unknown, _input: unknown): Promise<ApiResult<unknown>> =>
  Promise.resolve({ ok: true, value: 'dispatched' }),
);

function register(isTrustedFrame: (frame: unknown) => boolean) {
  const ipcMain = { handle: vi.fn() };
  registerIpc(ipcMain as never, dispatch, isTrustedFrame as never);
  expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  expect(ipcMain.handle.mock.calls[0]?.[0]).toBe(IPC_CALL);
  const handler = ipcMain.handle.mock.calls[0]?.[1] as Handler;
  return { handler };
}

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };

beforeEach(() => dispatch.mockClear());

describe('registerIpc', () => {
  it('answers a call from a foreign frame with FORBIDDEN without reaching dispatch', async () => {
    const { handler } = register(() => false);
    const result = await handler({ senderFrame: { url: 'https://evil.example/' } }, 'app.info', {});
    expect(result).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers FORBIDDEN when the sending frame is already gone', async () => {
    const isTrusted = vi.fn(() => true);
    const { handler } = register(isTrusted);
    expect(await handler({ senderFrame: null }, 'app.info', {})).toEqual(FORBIDDEN);
    expect(isTrusted).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers a call from the trusted frame', async () => {
    const frame = { url: 'file:///app/out/renderer/index.html' };
    const isTrusted = vi.fn((f: unknown) => f === frame);
    const { handler } = register(isTrusted);
    const result = await handler({ senderFrame: frame }, 'companies.list', { limit: 10 });
    expect(isTrusted).toHaveBeenCalledWith(frame);
    expect(dispatch).toHaveBeenCalledWith('companies.list', { limit: 10 });
    expect(result).toEqual({ ok: true, value: 'dispatched' });
  });
});

describe('mainFrameOf', () => {
  const appUrl = 'file:///app/out/renderer/index.html';
  const isAppUrl = (url: string) => url.startsWith('file:///app/out/renderer/');

  function fakeWindow(url = appUrl) {
    const mainFrame = { url, parent: null };
    return { webContents: { mainFrame }, isDestroyed: () => false };
  }

  it('trusts the main frame of the window while it shows the app', () => {
    const window = fakeWindow();
    expect(mainFrameOf(() => window as never, isAppUrl)(window.webContents.mainFrame as never)).toBe(true);
  });

  it('does not trust a sub-frame, even one showing an app URL', () => {
    const window = fakeWindow();
    const child = { url: appUrl, parent: window.webContents.mainFrame };
    expect(mainFrameOf(() => window as never, isAppUrl)(child as never)).toBe(false);
  });

  it('does not trust the main frame once it shows a foreign page', () => {
    const window = fakeWindow('https://evil.example/');
    expect(mainFrameOf(() => window as never, isAppUrl)(window.webContents.mainFrame as never)).toBe(false);
  });

  it('trusts nothing when there is no window', () => {
    const window = fakeWindow();
    expect(mainFrameOf(() => null, isAppUrl)(window.webContents.mainFrame as never)).toBe(false);
    const closed = { ...window, isDestroyed: () => true };
    expect(mainFrameOf(() => closed as never, isAppUrl)(window.webContents.mainFrame as never)).toBe(false);
  });
});

describe('sendEvent', () => {
  it('sends the event name and payload on the event channel', () => {
    const contents = { send: vi.fn(), isDestroyed: () => false };
    const payload = { task: 'demo', done: 1, total: 10 };
    sendEvent(contents, 'progress', payload);
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT, 'progress', payload);
  });

  it('drops the event when the window is gone', () => {
    const contents = { send: vi.fn(), isDestroyed: () => true };
    sendEvent(contents, 'progress', { task: 'demo', done: 1, total: 10 });
    expect(contents.send).not.toHaveBeenCalled();
  });
});
