import type { BrowserWindow, IpcMain, WebContents, WebFrameMain } from 'electron';
import { IPC_CALL, IPC_EVENT, type ApiEventName, type ApiEvents, type ApiResult } from '@contract/bridge';
import type { Answer } from './api/lockGate';
import type { UrlCheck } from './security';

export type FrameCheck = (frame: WebFrameMain) => boolean;

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' },
};

/**
 * The only place that listens on ipcMain. A call is answered only when it comes from the main
 * frame of our own window showing our own page: an iframe or a page that somehow got loaded
 * cannot reach the database even though it shares the preload.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  answer: Answer,
  isTrustedFrame: FrameCheck,
): void {
  ipcMain.handle(IPC_CALL, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (frame === null || !isTrustedFrame(frame)) return FORBIDDEN;
    return answer(channel, input);
  });
}

/** Trusted: the top frame of the given window, currently on an app URL. */
export function mainFrameOf(getWindow: () => BrowserWindow | null, isAppUrl: UrlCheck): FrameCheck {
  return (frame) => {
    const window = getWindow();
    if (window === null || window.isDestroyed()) return false;
    return frame === window.webContents.mainFrame && frame.parent === null && isAppUrl(frame.url);
  };
}

/** Pushes an event to the renderer; silently dropped when the window is already gone. */
export function sendEvent<E extends ApiEventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  event: E,
  payload: ApiEvents[E],
): void {
  if (contents.isDestroyed()) return;
  contents.send(IPC_EVENT, event, payload);
}
