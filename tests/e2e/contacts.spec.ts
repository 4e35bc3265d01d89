import { call, expect, test, value } from './fixtures';
import { typeIntoCell } from './gridCells';

test.use({ demo: 'S' });

test('contacts: a mobile typed the way people write it is stored clean; a wrong one is refused', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/contacts`);
  const grid = page.getByTestId('contacts-grid');
  await expect(grid.locator('.ag-row').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('contacts.png') });

  const row = grid.locator('.ag-row[row-index="0"]:has([col-id="mobile"])');
  // The row element exists before its record is in it: wait for the record's id.
  await expect(row).toHaveAttribute('row-id', /^\d+$/);
  const id = Number(await row.getAttribute('row-id'));
  const cell = row.locator('[col-id="mobile"]');
  const before = (await cell.innerText()).trim();

  await typeIntoCell(cell, '12345');
  await expect(page.locator('.ant-message')).toContainText('手机');
  await expect(cell).toHaveText(before);
  // value(): a refused read fails with the app's own message, not as a bare `false`.
  const unchanged = await value(call(page, 'contacts.get', { id }));
  expect(unchanged.mobile).toBe(before || null);

  await typeIntoCell(cell, '+86 138 0013 8000');
  await expect(cell).toHaveText('13800138000');
  const stored = await value(call(page, 'contacts.get', { id }));
  expect(stored.mobile).toBe('13800138000');
});

test('meetings ledger lists every interaction, newest first', async ({ page, app }) => {
  await page.goto(`${app.url}#/interactions`);
  const grid = page.getByTestId('interactions-grid');
  await expect(grid.locator('.ag-row').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('interactions.png') });
  const dates = await grid.locator('.ag-pinned-left-cols-container [col-id="occurredOn"]').allInnerTexts();
  const asIso = dates.map((d) =>
    d.replace(/(\d+)年(\d+)月(\d+)日/, (_, y, m, dd) => `${y}-${m.padStart(2, '0')}-${dd.padStart(2, '0')}`),
  );
  expect(asIso).toEqual([...asIso].sort().reverse());
});
