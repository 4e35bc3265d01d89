import type { Page, Request } from '@playwright/test';
import { call, expect, test, value } from './fixtures';

// M: 2,600 meetings, 26 of the grid's 100-row blocks. Dragging the scrollbar from the top to
// the bottom passes every block; the grid must not fetch and draw each one on the way (on a
// 100,000-row ledger that was seconds of frozen frames), only the rows where the bar rests.
// The page's clock is paused and moved one frame per drag step, so a loaded machine drags at
// the same pace as a quiet one.
test.use({ demo: 'M', now: '2026-06-30T10:00:00+08:00' });

const FRAME_MS = 16;

/** One step of a scrollbar drag: the grid scrolled to `row`, then one frame of time. */
async function dragStep(page: Page, row: number, rowHeight: number): Promise<void> {
  await page
    .getByTestId('interactions-grid')
    .locator('.ag-grid-viewport')
    .evaluate(
      (viewport, top) => ((viewport as unknown as { scrollTop: number }).scrollTop = top),
      row * rowHeight,
    );
  await page.clock.runFor(FRAME_MS);
}

test('dragging the scrollbar across the whole ledger fetches only where it stops', async ({ page, app }) => {
  await page.goto(`${app.url}#/interactions`);
  const grid = page.getByTestId('interactions-grid');
  await expect(grid.locator('.ag-row[row-index="0"]').first()).toContainText(/\d{4}年/);
  const total = (await value(call(page, 'interactions.list', { limit: 1 }))).total;
  expect(total).toBeGreaterThan(2_000);

  const asked: Request[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/__api/call') && (r.postData() ?? '').includes('interactions.list')) asked.push(r);
  });
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
  const rowHeight = (await grid.locator('.ag-row').first().boundingBox())?.height ?? 0;
  expect(rowHeight).toBeGreaterThan(0);
  const stop = total - 30;
  const steps = 60;
  for (let i = 1; i <= steps; i++) await dragStep(page, Math.round((stop * i) / steps), rowHeight);
  // A whole drag over 26 blocks has asked for nothing yet: no block was under the bar long enough.
  expect(asked.length, 'blocks fetched while the bar moved').toBe(0);

  // The bar rests: time flows again, and the rows where it stopped are fetched and drawn…
  await page.clock.resume();
  const rested = grid.locator(`.ag-row[row-index="${stop}"]`).first();
  await expect(rested).toContainText(/\d{4}年/);
  // …with no more than the blocks around that place.
  expect(asked.length, 'blocks fetched for the drag').toBeLessThanOrEqual(2);
  await page.screenshot({ path: test.info().outputPath('grid-after-drag.png') });
});
