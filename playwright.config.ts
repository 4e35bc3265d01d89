import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/harness/chromium';
import { OFFICE_TIME_ZONE } from './tests/harness/timeZone';

// The office's zone on both sides: the harness (domain code in this process and its workers)
// must count days as the browser does, or "today" differs between them for 8 hours a day.
process.env.TZ = OFFICE_TIME_ZONE;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Two cores: one browser at a time keeps timings stable.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    // Debian's Chromium: Playwright's own browser download is not available here.
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    locale: 'zh-CN',
    timezoneId: OFFICE_TIME_ZONE,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
  },
});
