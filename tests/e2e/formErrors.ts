import type { Locator } from '@playwright/test';

/** What antd says under the form field with this label, inside scope (a dialog, a drawer). */
export const fieldError = (scope: Locator, label: string): Locator =>
  scope
    .locator('.ant-form-item', { has: scope.page().getByLabel(label) })
    .locator('.ant-form-item-explain-error');
