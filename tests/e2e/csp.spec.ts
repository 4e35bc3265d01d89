import { cspOf, inlineCode, remoteSources } from '../unit/electron/csp';
import { CSP_ATTACKS, CSP_BLOCKED, type CspOutcome } from './cspAttacks';
import { expect, test } from './fixtures';

/**
 * Checklist item 7 at run time: the built page's Content-Security-Policy, enforced by Chromium.
 * The same page and policy load in Electron; tests/e2e/electron.spec.ts repeats this there.
 */
test('the shipped page has a strict CSP and Chromium enforces it', async ({ page, app }) => {
  const served = await (await page.request.get(app.url)).text();
  const policy = cspOf(served);
  expect(policy?.get('script-src')).toEqual(["'self'"]);
  expect(remoteSources(policy!)).toEqual([]);
  expect(inlineCode(served)).toEqual([]);

  // A second tab: its deliberate violations must not trip the fixture's watch on `page`.
  const probe = await page.context().newPage();
  await probe.goto(app.url);
  await expect(probe.locator('#root')).not.toBeEmpty();
  const outcome = (await probe.evaluate(CSP_ATTACKS)) as CspOutcome;
  await probe.close();
  expect(outcome).toEqual(CSP_BLOCKED);
});
