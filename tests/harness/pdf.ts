/**
 * The harness's printToPdf: Chromium (playwright-core, Debian's binary) shows a print route of
 * the harness's own URL, waits for the page to say the document is complete and prints it with
 * the page set-up the desktop app uses (contract/print/printOptions.ts).
 *
 * One page is kept open and moved from route to route (contract/print/printPage.ts): loading the app
 * costs more than printing most documents, so only the first print pays for it. Prints run one
 * at a time on that page. prepare() loads it ahead of the first print (the harness calls it once
 * the app's first page is up) and prints it once, so the first print waits for neither Chromium
 * nor the app.
 */
import type { Browser, Page } from 'playwright-core';
import { chromiumPdfOptions, printSpec } from '@contract/print/printOptions';
import {
  IDLE_PRINT_ROUTE,
  readPrintState,
  REPRINT_EVENT,
  showRoute,
  type PrintState,
} from '@contract/print/printPage';
import { DomainError } from '@contract/shared/errors';
import { todayLocal } from '@contract/shared/time';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const TIMEOUT_MS = 60_000;

/** What the idle page is asked in the browser (this file has no DOM types). */
interface FontsGlobal {
  document: { fonts: { ready: Promise<unknown> } };
}

export interface PdfRenderer {
  printToPdf(route: string): Promise<Uint8Array>;
  /** Starts Chromium and loads the print page now, idle, unless it is already there. */
  prepare(): void;
  close(): Promise<void>;
}

export function createPdfRenderer(baseUrl: () => string): PdfRenderer {
  let browser: Promise<Browser> | undefined;
  let page: Page | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const launch = (): Promise<Browser> =>
    (browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
    ));

  /** The warm page showing `route`; a closed or crashed one is replaced by a fresh load. */
  async function show(route: string): Promise<Page> {
    if (page && !page.isClosed()) {
      await page.evaluate(showRoute, { route, event: REPRINT_EVENT });
      return page;
    }
    const context = await (await launch()).newContext({ viewport: { width: 900, height: 1200 } });
    page = await context.newPage();
    page.on('crash', () => void page?.close());
    await page.goto(`${baseUrl()}#${route}`);
    return page;
  }

  async function print(route: string): Promise<Uint8Array> {
    try {
      const shown = await show(route);
      // Functions, not strings: the app's CSP forbids evaluating strings in the page.
      const handle = await shown.waitForFunction(readPrintState, route, { timeout: TIMEOUT_MS });
      const state = (await handle.jsonValue()) as PrintState;
      if (state.state === 'error') throw new DomainError('VALIDATION', state.message);
      return await shown.pdf(chromiumPdfOptions(printSpec(todayLocal())));
    } catch (err) {
      if (err instanceof DomainError) throw err;
      console.error('[harness] printing failed', err);
      // Start from a fresh page next time rather than from whatever state this one is in.
      await page?.close().catch(() => undefined);
      page = undefined;
      throw new DomainError('INTERNAL', '报表页面未能完成，PDF 未生成，请重试');
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
      inTurn(async () => {
        if (page && !page.isClosed()) return;
        const idle = await show(IDLE_PRINT_ROUTE);
        // One throwaway PDF of the idle page, once its fonts are in: the first PDF of a session
        // also sets up Chromium's PDF writer and font embedding, which should not be on a person's wait.
        await idle.evaluate(() =>
          (globalThis as unknown as FontsGlobal).document.fonts.ready.then(() => undefined),
        );
        await idle.pdf(chromiumPdfOptions(printSpec(todayLocal())));
      }).catch((err: unknown) => console.error('[harness] the print page could not be prepared', err));
    },
    async close() {
      const running = browser;
      browser = undefined;
      page = undefined;
      if (running) await (await running).close();
    },
  };
}
