import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Opens a grid cell's editor with a double-click and types into it once it has the focus: the
 * editor mounts a moment after the click, and keys pressed before that would go to the grid.
 */
export async function typeIntoCell(cell: Locator, text: string): Promise<void> {
  await cell.dblclick();
  // Inline editors sit in the cell; the money editor (with its “= … 万元” line) pops up beside it.
  const input = cell.page().locator('.ag-cell-inline-editing input, .ag-popup-editor input').first();
  await expect(input).toBeFocused();
  await input.fill(text);
  await input.press('Enter');
}
