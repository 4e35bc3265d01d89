import type { Page } from '@playwright/test';
import { call, clickUntil, expect, test, value } from './fixtures';
import { fieldError } from './formErrors';
import { typeIntoCell } from './gridCells';

// Forms that save through useSubmit: a refusal from the main side is said under the field it
// names (and as a message at the top), the dialog stays open, and nothing is written.

/** Two signed projects of one company, made through window.api. */
async function signedProjects(page: Page) {
  const company = await value(call(page, 'companies.create', { name: '比亚迪股份有限公司' }));
  const ids: number[] = [];
  for (const name of ['新能源汽车零部件项目', '刀片电池生产线项目']) {
    const p = await value(
      call(page, 'projects.create', { name, companyId: company.id, stage: 'signed', contractAmount: 1e8 }),
    );
    ids.push(p.id);
  }
  return ids;
}

test('批量修改 back to 洽谈 without a reason is refused under 原因, the dialog stays open and nothing moves', async ({
  page,
  app,
}) => {
  const ids = await signedProjects(page);
  await page.goto(`${app.url}#/projects`);
  const grid = page.getByTestId('projects-grid');
  for (const id of ids)
    await grid.locator(`.ag-row[row-id="${id}"] .ag-selection-checkbox input`).first().check();
  await page.getByRole('button', { name: '批量修改（2）' }).hover();
  await page.getByRole('menuitem', { name: '改阶段' }).click();
  const dialog = page.getByRole('dialog', { name: '将 2 个项目的阶段改为' });
  await dialog.getByLabel('阶段', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '洽谈' }).click();
  await dialog.getByRole('button', { name: /确\s*定/ }).click();

  await expect(fieldError(dialog, '原因（回退或终止时必填）')).toContainText(
    '阶段从“签约”退回“洽谈”需要填写原因',
  );
  await expect(page.locator('.ant-message')).toContainText('（全部未修改）');
  await expect(dialog).toBeVisible();
  const unchanged = await value(call(page, 'projects.list', {}));
  expect(unchanged.rows.map((r) => r.stage)).toEqual(['signed', 'signed']);

  await dialog.getByLabel('原因（回退或终止时必填）').fill('土地指标未落实，重新洽谈');
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ant-message')).toContainText('已修改 2 个项目');
  const moved = await value(call(page, 'projects.list', {}));
  expect(moved.rows.map((r) => r.stage)).toEqual(['negotiating', 'negotiating']);
});

test('a stage change the server refuses (a colleague moved the project first) says why and keeps the dialog open', async ({
  page,
  app,
}) => {
  const [id = 0] = await signedProjects(page);
  await page.goto(`${app.url}#/projects?open=${id}`);
  const drawer = page.locator('.project-drawer');
  await drawer.locator('.stage-path-step[data-stage="registered"]').click();
  const dialog = page.getByRole('dialog', { name: '变更项目阶段' });
  await expect(dialog).toContainText('新能源汽车零部件项目');

  // Meanwhile a colleague records the registration.
  await value(call(page, 'projects.changeStage', { id, stage: 'registered' }));
  await clickUntil(
    dialog.getByRole('button', { name: '确认变更' }),
    page.locator('.ant-message', { hasText: '项目已处于“注册”阶段' }),
  );
  await expect(dialog).toBeVisible();
  expect(await value(call(page, 'projects.stageHistory', { id }))).toHaveLength(2);

  // Told why, the person cancels; the drawer still shows the project.
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();
  await expect(drawer.locator('.project-drawer-name')).toHaveText('新能源汽车零部件项目');
});

test('a target typed into 目标任务 is saved and said; one the server refuses is said and the cell keeps what is stored', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/targets?y=2026`);
  const cell = page.getByTestId('targets-grid').locator('.ag-row[row-id="newBigProjects"] [col-id="office"]');
  await typeIntoCell(cell, '12');
  await expect(page.locator('.ant-message')).toContainText('已保存：');
  await expect(cell).toHaveText('12');
  const stored = async () =>
    (await value(call(page, 'targets.list', { year: 2026 }))).map((r) => [r.indicator, r.teamId, r.value]);
  expect(await stored()).toEqual([['newBigProjects', null, 12]]);

  await typeIntoCell(cell, '-3');
  await expect(page.locator('.ant-message')).toContainText('目标值不能为负数');
  await expect(cell).toHaveText('12');
  expect(await stored()).toEqual([['newBigProjects', null, 12]]);
});
