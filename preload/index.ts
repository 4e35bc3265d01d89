import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL, IPC_EVENT, type LeadAtlasApi } from '@contract/bridge';

// Sandboxed preload: bundled into one CommonJS file, and only `window.api` crosses into the
// page. ipcRenderer itself and the IPC event objects (which carry `sender`) never do.
const api = {
  host: 'electron',
  call: (channel, input) => ipcRenderer.invoke(IPC_CALL, channel, input),
  on: (event, listener) => {
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(IPC_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, forward);
    };
  },
} satisfies LeadAtlasApi;

contextBridge.exposeInMainWorld('api', api);
