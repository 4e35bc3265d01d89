import { BrowserWindow, shell, type WebFrameMain } from 'electron';
import { appPageUrl } from './appProtocol';
import { electronPdfOptions, printSpec } from '@contract/print/printOptions';
import {
  IDLE_PRINT_ROUTE,
  readPrintState,
  REPRINT_EVENT,
  showRoute,
  type PrintState,
} from '@contract/print/printPage';
import { DomainError } from '@contract/shared/errors';
import { todayLocal } from '@contract/shared/time';
import { hardenWebContents, secureWebPreferences, type UrlCheck } from './security';

export interface PdfPrinterOptions {
  preloadPath: string;
  /** Set only in an unpackaged development run. */
  devServerUrl?: string | undefined;
  isPackaged: boolean;
  isAppUrl: UrlCheck;
  /** How long a page may take to load its data and draw its charts. */
  timeoutMs?: number;
}

export interface PdfPrinter {
  /** Renders a print route ('/print/company/12') of the renderer to a PDF file's bytes. */
  printToPdf(route: string): Promise<Uint8Array>;
  /** Loads the print window ahead of the first print, so that print does not wait for it. */
  prepare(): void;
  /** The IPC sender check: a print page reads its data through the same contract as the app. */
  isPrintFrame(frame: WebFrameMain): boolean;
}

const POLL_MS = 50;
/**
 * The probe runs in a world of its own: the page's CSP (no eval) does not apply there, and the
 * DOM, where the page keeps its flags, is shared between worlds. 999 is the preload's world.
 */
const PROBE_WORLD = 1404;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Prints the renderer's own print routes to PDF in one hidden window with the app's secure web
 * preferences, kept from print to print: loading the app costs more than printing most
 * documents, so it is loaded once, ahead of time (prepare(), after the main window shows its
 * first page). Each print moves that page to its route (api/printPage.ts clears the last
 * document's flags and the page reads its data afresh); the page sets
 * document.body.dataset.printReady once its data, fonts and charts are in, and only then is the
 * PDF taken, with the page set-up shared with the browser harness (api/printOptions.ts). A print
 * that fails destroys the window, so the next one starts from a fresh page. Prints run one at a
 * time.
 */
export function createPdfPrinter(options: PdfPrinterOptions): PdfPrinter {
  const open = new Set<BrowserWindow>();
  const timeoutMs = options.timeoutMs ?? 60_000;
  let warm: Promise<BrowserWindow> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** Polls the page's own account of itself (api/printPage.ts) until the document is complete. */
  async function waitReady(window: BrowserWindow, route: string): Promise<void> {
    const probe = `(${readPrintState.toString()})(${JSON.stringify(route)})`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = (await window.webContents.executeJavaScriptInIsolatedWorld(PROBE_WORLD, [
        { code: probe },
      ])) as PrintState | null;
      if (state?.state === 'ready') return;
      if (state?.state === 'error') throw new DomainError('VALIDATION', state.message);
      if (Date.now() > deadline)
        throw new DomainError('INTERNAL', '报表页面长时间未能完成，PDF 未生成，请重试');
      await sleep(POLL_MS);
    }
  }

  async function load(route: string): Promise<BrowserWindow> {
    const window = new BrowserWindow({
      show: false,
      // The text block of an A4 page at 96 dpi is about 650 px; the window only needs to exist.
      width: 900,
      height: 1200,
      webPreferences: {
        ...secureWebPreferences(options.preloadPath, options.isPackaged),
        // Repeated where static scanners look for them (see window.ts).
        contextIsolation: true,
        sandbox: true,
        disableBlinkFeatures: 'Auxclick',
        // A hidden window's timers would otherwise be slowed down, and the page waits on them.
        backgroundThrottling: false,
      },
    });
    open.add(window);
    window.on('closed', () => open.delete(window));
    window.webContents.on('render-process-gone', () => discard(window));
    hardenWebContents(window.webContents, { isAppUrl: options.isAppUrl, shell });
    await (options.devServerUrl
      ? window.loadURL(`${options.devServerUrl}#${route}`)
      : window.loadURL(appPageUrl(route)));
    return window;
  }

  function discard(window: BrowserWindow | undefined): void {
    warm = null;
    if (window && !window.isDestroyed()) window.destroy();
  }

  /** The warm window moved to `route`, or a fresh one loaded at it. */
  async function show(route: string): Promise<BrowserWindow> {
    const kept = warm && (await warm.catch(() => null));
    if (kept && !kept.isDestroyed()) {
      const move = `(${showRoute.toString()})(${JSON.stringify({ route, event: REPRINT_EVENT })})`;
      await kept.webContents.executeJavaScriptInIsolatedWorld(PROBE_WORLD, [{ code: move }]);
      return kept;
    }
    warm = load(route);
    return warm;
  }

  async function print(route: string): Promise<Uint8Array> {
    let window: BrowserWindow | undefined;
    try {
      window = await show(route);
      await waitReady(window, route);
      const pdf = await window.webContents.printToPDF(electronPdfOptions(printSpec(todayLocal())));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (err) {
      if (!(err instanceof DomainError && err.code === 'VALIDATION')) discard(window);
      throw err;
    }
  }

  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    printToPdf: (route) => inTurn(() => print(route)),
    prepare() {
      void inTurn(async () => {
        if (warm) return;
        warm = load(IDLE_PRINT_ROUTE);
        const idle = await warm;
        // One throwaway PDF of the idle page once its fonts are in: the first PDF of a session
        // also sets up the PDF writer and font embedding, which should not be on a person's wait.
        try {
          await idle.webContents.executeJavaScriptInIsolatedWorld(PROBE_WORLD, [
            { code: 'document.fonts.ready.then(() => true)' },
          ]);
          await idle.webContents.printToPDF(electronPdfOptions(printSpec(todayLocal())));
        } catch (err) {
          // A window that could not print is not kept: the first document loads a fresh one.
          discard(idle);
          throw err;
        }
      }).catch((err: unknown) => {
        console.error('[leadatlas] the print window could not be prepared', err);
        warm = null;
      });
    },
    isPrintFrame: (frame) =>
      frame.parent === null &&
      options.isAppUrl(frame.url) &&
      [...open].some((w) => !w.isDestroyed() && w.webContents.mainFrame === frame),
  };
}
