import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_EVENT, type LeadAtlasApi } from '@contract/bridge';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'from main' })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let api: LeadAtlasApi;

beforeAll(async () => {
  await import('../../../preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, value] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, LeadAtlasApi];
  expect(name).toBe('api');
  api = value;
});

describe('preload', () => {
  it('exposes exactly host, call and on, and nothing of ipcRenderer', () => {
    expect(Object.keys(api).sort()).toEqual(['call', 'host', 'on']);
    expect(api.host).toBe('electron');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('call invokes the single call channel with the channel name and input', async () => {
    const result = await api.call('app.info', {});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL, 'app.info', {});
    expect(result).toEqual({ ok: true, value: 'from main' });
  });

  it('on forwards only the named event, passes only the payload, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('progress', listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as [
      string,
      (...args: unknown[]) => void,
    ];
    expect(channel).toBe(IPC_EVENT);

    const ipcEvent = { sender: 'ipcRenderer itself' };
    forward(ipcEvent, 'other-event', { task: 'x' });
    expect(listener).not.toHaveBeenCalled();
    const payload = { task: 'demo', done: 3, total: 10 };
    forward(ipcEvent, 'progress', payload);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([payload]);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT, forward);
  });
});
