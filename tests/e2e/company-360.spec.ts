import type { Page } from '@playwright/test';
import { creditCodeCheckChar } from '@contract/shared/creditCode';
import { call, expect, test, value } from './fixtures';

test.use({ demo: 'S', now: '2026-06-30T10:00:00+08:00' });

/** The demo company with the most projects, and what the lists say it has. */
async function busiestCompany(page: Page) {
  const [company] = (
    await value(call(page, 'companies.list', { limit: 1, sort: [{ col: 'projectCount', dir: 'desc' }] }))
  ).rows;
  if (!company) throw new Error('demo data has no company');
  const projects = await value(call(page, 'projects.list', { companyId: company.id, limit: 1 }));
  const interactions = await value(
    call(page, 'interactions.list', {
      companyId: company.id,
      limit: 500,
      sort: [{ col: 'occurredOn', dir: 'desc' }],
    }),
  );
  return { company, projectsTotal: projects.total, interactions };
}

test('the 项目数 link opens the company on its projects; contacts are added there; meetings newest first', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/companies`);
  const { company, projectsTotal, interactions } = await busiestCompany(page);
  expect(company.projectCount).toBeGreaterThan(1);
  await page.goto(`${app.url}#/companies?q=${encodeURIComponent(company.name)}`);
  const row = page.getByTestId('companies-grid').locator('.ag-row', { hasText: company.name }).first();
  const projectCell = row.locator('[col-id="projectCount"]');
  const shownProjects = Number(await projectCell.innerText());
  // 联系人 sits off to the right of the grid (columns render as they scroll in): read it as the grid does.
  const contactsInGrid = async () =>
    (await value(call(page, 'companies.list', { q: company.name }))).rows.find((r) => r.id === company.id)
      ?.contactCount;
  const shownContacts = (await contactsInGrid()) ?? -1;

  await projectCell.getByRole('link').click();
  const drawer = page.locator('.company-drawer');
  await expect(drawer.locator('.ant-drawer-title')).toContainText(company.name);
  await expect(drawer.locator('.company-facts')).toContainText('统一社会信用代码');
  // On the projects tab, as many projects as the grid's link said and the filtered list holds.
  const projectsTab = drawer.getByRole('tab', { name: /项目/ });
  await expect(projectsTab).toHaveAttribute('aria-selected', 'true');
  await expect(projectsTab).toContainText(String(shownProjects));
  expect(shownProjects).toBe(projectsTotal);
  const projectRows = drawer.getByTestId('company-projects').locator('tbody tr.ant-table-row');
  await expect(projectRows).toHaveCount(shownProjects);
  await expect(projectRows.first().locator('.ant-tag')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/c360/company-projects.png' });

  // 近况: the latest meetings newest first, and their count agrees with the meetings list.
  await drawer.getByRole('tab', { name: '近况' }).click();
  const latest = drawer.getByTestId('company-interactions');
  await expect(latest.locator('.story-count')).toHaveText(String(interactions.total));
  const dates = await latest.locator('.story-date').allInnerTexts();
  const expected = interactions.rows.slice(0, dates.length).map((i) => {
    const [y, m, d] = i.occurredOn.split('-');
    return `${y}年${Number(m)}月${Number(d)}日`;
  });
  expect(dates).toEqual(expected);
  await page.screenshot({ path: '/tmp/c360/company-overview.png' });

  // 外出与接待: trips that visit it and delegations it sent, each in a table of its own.
  await drawer.getByRole('tab', { name: /外出与接待/ }).click();
  await expect(drawer.getByTestId('company-trips')).toBeVisible();
  await expect(drawer.getByTestId('company-receptions')).toBeVisible();
  await page.screenshot({ path: '/tmp/c360/company-visits.png' });

  // 联系人: add one right here; the tab and the grid both count it.
  await drawer.getByRole('tab', { name: /联系人/ }).click();
  const contactsTab = drawer.getByRole('tab', { name: /联系人/ });
  await expect(contactsTab).toContainText(String(shownContacts));
  await drawer.getByRole('button', { name: /新增联系人/ }).click();
  const contactDrawer = page.locator('.contact-drawer');
  await expect(contactDrawer.locator('.ant-form-item', { has: page.getByLabel('所属企业') })).toContainText(
    company.name,
  );
  await contactDrawer.getByLabel('姓名').fill('周秘书长');
  await contactDrawer.getByLabel('职务').fill('董事会秘书');
  await contactDrawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(contactDrawer).toBeHidden();
  await expect(drawer.getByTestId('company-contacts')).toContainText('周秘书长');
  await expect(contactsTab).toContainText(String(shownContacts + 1));
  expect(await contactsInGrid()).toBe(shownContacts + 1);
  await page.screenshot({ path: '/tmp/c360/company-contacts.png' });

  // 项目: the list link shows exactly the company's projects; a name opens the project.
  await drawer.getByRole('tab', { name: /项目/ }).click();
  await drawer.getByTestId('projects-in-list').click();
  await expect(page).toHaveURL(/#\/projects\?/);
  await expect(page.getByTestId('grid-fixed')).toContainText(company.name);
  await expect(page.getByTestId('grid-total')).toContainText(String(projectsTotal));
});

test('a project name on the company page opens that project', async ({ page, app }) => {
  await page.goto(`${app.url}#/companies`);
  const { company } = await busiestCompany(page);
  await page.goto(`${app.url}#/companies?open=${company.id}&section=projects`);
  const drawer = page.locator('.company-drawer');
  const first = drawer.getByTestId('company-projects').locator('tbody tr.ant-table-row').first().locator('a');
  const name = await first.innerText();
  await first.click();
  await expect(page).toHaveURL(/#\/projects\?open=\d+/);
  await expect(page.locator('.project-drawer .project-drawer-name')).toHaveText(name);
});

test('总部所在地 is proposed from a pasted credit code, marked, and can be changed', async ({
  page,
  app,
}) => {
  const first17 = '91330106MA2H2T0W6';
  await page.goto(`${app.url}#/companies?new=1`);
  const drawer = page.locator('.company-drawer');
  await drawer.getByLabel('企业名称').fill('杭州测试信用代码科技有限公司');
  await drawer.getByLabel('统一社会信用代码').fill(first17 + creditCodeCheckChar(first17));
  const region = drawer.locator('.ant-form-item', { has: page.getByLabel('总部所在地') });
  await expect(region).toContainText('浙江省 杭州市 西湖区');
  await expect(drawer.getByTestId('inferred-region')).toHaveText('根据信用代码推断，可修改');
  await page.screenshot({ path: '/tmp/c360/credit-code-region.png' });
  await drawer.getByLabel('总部所在地').fill('余杭');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '余杭区' }).click();
  await expect(drawer.getByTestId('inferred-region')).toBeHidden();
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  const saved = await value(call(page, 'companies.list', { q: '杭州测试信用代码' }));
  expect(saved.rows[0]?.hqAdcode).toBe(330110);
});
