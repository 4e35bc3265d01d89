// npm run screenshots: the README's pictures, taken from the built app on a demo database.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

// The harness counts days in the same zone the page is shown in (below), the users' own.
process.env.TZ = 'Asia/Shanghai';

const ROOT = process.cwd();
const OUT = process.env.LEADATLAS_OUT ?? 'out';
const SHOTS = join(ROOT, 'docs', 'screenshots');

/** [file name, hash route, what must be on screen before the picture is taken]. */
const PAGES = [
  ['workbench', '#/workbench', '.ant-card'],
  ['projects', '#/projects', '.ag-row'],
  ['kanban', '#/projects/kanban', 'main, .ant-layout-content'],
  ['companies', '#/companies', '.ag-row'],
  ['trips', '#/trips', '.ant-layout-content'],
  ['targets', '#/targets', '.ant-layout-content'],
  ['service-issues', '#/serviceIssues', '.ant-layout-content'],
  ['settings', '#/settings', '[data-testid="current-user"]'],
];

for (const [cmd, args] of [
  ['npx', ['electron-vite', 'build']],
  ['node', ['scripts/web.mjs', '--build-only']],
]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { startHarness, CHROMIUM_ARGS, CHROMIUM_PATH } = await import(
  pathToFileURL(join(ROOT, OUT, 'harness', 'server.mjs')).href
);
const harness = await startHarness({ demo: 'S' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  mkdirSync(SHOTS, { recursive: true });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  for (const [name, route, ready] of PAGES) {
    await page.goto(`${harness.url}${route}`);
    await page
      .locator(ready)
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    // Charts animate in; grids fetch their first block.
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await harness.close();
}
