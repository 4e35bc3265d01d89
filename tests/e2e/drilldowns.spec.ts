import { expect, test } from './fixtures';

// A card on the 工作台 opens the list of the records it counts, and the list reads the same
// number: its count for a count, its 合计 for a sum, its 办结率 for a rate.

test.use({ demo: 'S' });

const numberIn = (text: string): string => text.match(/[\d,.]+/)?.[0] ?? '';

test('each card opens a list whose count, sum or rate equals the card', async ({ page, app }) => {
  const cards = [
    { code: 'signedProjects', list: 'projects', read: 'total' },
    { code: 'companiesVisited', list: 'companies', read: 'total' },
    { code: 'trips', list: 'trips', read: 'total' },
    { code: 'contractAmount', list: 'projects', read: 'tag' },
    { code: 'arrivedAmount', list: 'projects', read: 'tag' },
    { code: 'serviceClosureRate', list: 'serviceIssues', read: 'tag' },
  ] as const;
  for (const c of cards) {
    await page.goto(`${app.url}#/workbench`);
    const card = page.getByTestId(`kpi-${c.code}`);
    const value = numberIn(await card.getByTestId('kpi-value').innerText());
    expect(value, c.code).not.toBe('');
    await card.click();
    await expect(page).toHaveURL(new RegExp(`#/${c.list}\\?`));
    const tag = page.getByTestId('grid-fixed');
    await expect(tag).toBeVisible();
    if (c.read === 'total') {
      await expect(page.getByTestId('grid-total')).toHaveText(new RegExp(`共 ${value} `));
    } else {
      // The tag says what the listed records add up to, in the card's own unit.
      await expect(tag).toContainText(c.code === 'serviceClosureRate' ? `办结率 ${value}%` : `合计 ${value}`);
    }
  }
  await page.screenshot({ path: test.info().outputPath('drill-issues.png') });
});
