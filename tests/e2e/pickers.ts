import type { Locator, Page } from '@playwright/test';

/**
 * Types into a searchable antd Select in the form item with this label, and picks the matching
 * option. Found through the form item: the shared pickers do not link their input to the label.
 */
export async function choose(
  page: Page,
  scope: Locator,
  label: string,
  typed: string,
  option: string | RegExp,
): Promise<void> {
  const item = scope.locator('.ant-form-item').filter({ has: page.locator(`label:text-is("${label}")`) });
  const input = item.locator('input').first();
  await input.click();
  await input.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}
