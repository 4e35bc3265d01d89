import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { ApiResult, LeadAtlasApi } from '@contract/bridge';
import type { DemoSize } from '@contract/channels/app';
import type { ApiInput, ApiOutput, ChannelName } from '@contract/channels';
import type * as HarnessModule from '../harness/server';
import type { Harness } from '../harness/server';
import { setClock } from '@contract/shared/clock';

/**
 * The harness runs from its vite bundle (built by global-setup.ts), not from source: main/ is
 * written for bundlers (e.g. JSON imports without import attributes), which Playwright's
 * Node loader cannot run as is. The bundle is also exactly what `npm run web` serves.
 */
const HARNESS_BUNDLE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  process.env.LEADATLAS_OUT ?? 'out',
  'harness',
  'server.mjs',
);
let harnessModule: Promise<typeof HarnessModule> | undefined;
export const loadHarness = (): Promise<typeof HarnessModule> =>
  (harnessModule ??= import(pathToFileURL(HARNESS_BUNDLE).href) as Promise<typeof HarnessModule>);

export interface AppOptions {
  /** Seed the fresh database with demo data of this size before the page opens. */
  demo: DemoSize | undefined;
  /**
   * Run the test at this instant (ISO with zone) on both sides: the harness's domain clock and
   * the browser's (Playwright's clock). LEADATLAS_FAKE_NOW sets it for a whole run, e.g.
   * `LEADATLAS_FAKE_NOW=2026-12-04T23:30:00+08:00 npx playwright test`.
   */
  now: string | undefined;
}

export interface AppFixtures {
  /** A harness on a fresh temp database, with `page` already on its URL. */
  app: Harness;
}

const isCspViolation = (text: string): boolean => /Content[- ]Security[- ]Policy/i.test(text);

export const test = base.extend<AppOptions & AppFixtures>({
  demo: [undefined, { option: true }],
  now: [process.env.LEADATLAS_FAKE_NOW || undefined, { option: true }],
  app: async ({ page, demo, now }, use) => {
    const { startHarness } = await loadHarness();
    // The test's own todayLocal() (imported from main/) reads the same moved clock.
    if (now) setClock(now);
    const harness = await startHarness({ ...(demo ? { demo } : {}), ...(now ? { now } : {}) });
    // Time flows on from there on both sides, so "today" is the same day in the page and on the server.
    if (now) await page.clock.install({ time: new Date(now) });
    // Every test fails on a CSP violation: it means the shipped page would break in Electron too.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && isCspViolation(message.text())) violations.push(message.text());
    });
    try {
      await page.goto(harness.url);
      await use(harness);
      // Leave the page before the server goes, so the event stream does not log reconnects.
      await page.goto('about:blank').catch(() => undefined);
    } finally {
      await harness.close();
      if (now) setClock(null);
    }
    expect(violations, 'Content Security Policy violations on the page').toEqual([]);
  },
});

export { expect };

/** window.api as seen from test code, which is type-checked without the DOM library. */
export type PageGlobals = typeof globalThis & { api: LeadAtlasApi };

/** Calls window.api.call inside the page: the same path the renderer's own calls take. */
export function call<K extends ChannelName>(
  page: Page,
  channel: K,
  input: ApiInput<K>,
): Promise<ApiResult<ApiOutput<K>>> {
  return page.evaluate(
    ([c, i]) =>
      (globalThis as PageGlobals).api.call(c as ChannelName, i as never) as Promise<ApiResult<unknown>>,
    [channel, input] as const,
  ) as Promise<ApiResult<ApiOutput<K>>>;
}

/** The value of a call that must succeed; a refusal fails the test with the app's own message. */
export async function value<T>(
  p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/**
 * Clicks `button` (in a dialog or confirmation that has just opened) until `happened` shows. On a
 * loaded machine such a click has been seen to be lost: the confirmation still open, nothing sent.
 * A person clicks again, and so does this; a click that did land is not repeated, since `happened`
 * is looked for before each new click. The app's own guards keep a save from being sent twice.
 */
export async function clickUntil(button: Locator, happened: Locator, timeout = 30_000): Promise<void> {
  await expect(async () => {
    if (!(await happened.first().isVisible())) await button.click({ timeout: 3000 });
    await expect(happened.first()).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout });
}
