import type { Locator, Page } from '@playwright/test';
import { call, expect, test, value } from './fixtures';

/** Picks an option of an antd Select reached through its form label. */
async function pick(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
}

async function seed(page: Page) {
  const company = await value(call(page, 'companies.create', { name: '湖北谷城汽车零部件有限公司' }));
  await value(
    call(page, 'contacts.create', { companyId: company.id, name: '程董事长', title: '董事长', isKey: true }),
  );
  await value(call(page, 'contacts.create', { companyId: company.id, name: '赵总', title: '副总经理' }));
  const owner = await value(call(page, 'staff.create', { name: '黄超晓', title: '招商专员' }));
  await value(call(page, 'staff.create', { name: '王局长', title: '局长' }));
  const project = await value(
    call(page, 'projects.create', {
      name: '新能源汽车电驱系统项目',
      companyId: company.id,
      ownerId: owner.id,
      stage: 'visit',
      plannedAmount: 1_200_000_000,
    }),
  );
  return { company, owner, project };
}

test('logging a meeting with attendees puts it on the timeline and sets the next follow-up', async ({
  page,
  app,
}) => {
  const { project } = await seed(page);
  await page.goto(`${app.url}#/projects?open=${project.id}`);
  const drawer = page.locator('.project-drawer');
  await expect(drawer.locator('.project-drawer-name')).toHaveText('新能源汽车电驱系统项目');
  await expect(drawer.getByTestId('overview-follow-up')).toContainText('未安排');

  await drawer
    .getByRole('button', { name: /记一笔洽谈/ })
    .first()
    .click();
  const form = drawer.locator('.interaction-quick-form');
  await pick(page, form, '方式', '来访考察');
  await pick(page, form, '我方参加人员', '王局长');
  await pick(page, form, '对方参加人员', '程董事长');
  await form.getByLabel('地点').fill('开发区管委会三楼会议室');
  await form.getByLabel('洽谈内容').fill('企业来谷考察标准厂房，意向租用2万平方米');
  await form.getByLabel('症结问题').fill('厂房层高不足');
  await form.getByLabel('下一步工作').fill('报送厂房改造方案');
  await form.getByLabel('下一步日期').fill('2099-03-15');
  // Enter in the date picker takes the typed date and nothing more; Enter in a text box saves.
  await form.getByLabel('下一步日期').press('Enter');
  await expect(form.getByLabel('下一步日期')).toHaveValue('2099-03-15');
  await form.getByLabel('地点').press('Enter');

  await expect(page.getByText('洽谈已记录，下次跟进已更新为 2099年3月15日')).toBeVisible();
  await expect(drawer.getByTestId('drawer-follow-up')).toHaveText(' · 下次跟进：2099年3月15日');
  const entry = drawer.locator('.timeline-interaction').first();
  await expect(entry).toContainText('来访考察');
  await expect(entry).toContainText('企业来谷考察标准厂房，意向租用2万平方米');
  await expect(entry).toContainText('我方：王局长、黄超晓');
  await expect(entry).toContainText('对方：程董事长');
  await expect(entry).toContainText('症结：厂房层高不足');
  // The follow-up the meeting set is on the timeline as a change of the project.
  await expect(drawer.locator('.timeline-edit').first()).toContainText('下次跟进');

  const stored = await value(call(page, 'projects.get', { id: project.id }));
  expect(stored).toMatchObject({ nextFollowUpOn: '2099-03-15', nextFollowUpNote: '报送厂房改造方案' });
  const meetings = await value(call(page, 'interactions.list', { projectId: project.id }));
  expect(meetings.rows).toHaveLength(1);
  expect(meetings.rows[0]).toMatchObject({
    kind: 'visit_in',
    staffNames: '王局长、黄超晓',
    contactNames: '程董事长',
  });

  await drawer.getByRole('tab', { name: '概况' }).click();
  await expect(drawer.getByTestId('overview-follow-up')).toContainText('2099年3月15日 报送厂房改造方案');
});

test('a meeting without content is refused in Chinese and nothing is written', async ({ page, app }) => {
  const { project } = await seed(page);
  await page.goto(`${app.url}#/projects?open=${project.id}`);
  const drawer = page.locator('.project-drawer');
  await drawer
    .getByRole('button', { name: /记一笔洽谈/ })
    .first()
    .click();
  await drawer
    .locator('.interaction-quick-form')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect(drawer.getByText('请填写洽谈内容')).toBeVisible();
  const meetings = await value(call(page, 'interactions.list', { projectId: project.id }));
  expect(meetings.total).toBe(0);
});

test('Ctrl+N on the board creates a project with Enter and keeps it open for the next step', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/projects/kanban`);
  await expect(page.getByText('还没有招商项目')).toBeVisible();
  await page.keyboard.press('Control+n');
  const drawer = page.locator('.project-drawer');
  await expect(drawer).toContainText('新建招商项目');
  await drawer.getByLabel('项目名称').fill('年产10万吨铝合金精深加工项目');
  await drawer.getByLabel('计划投资', { exact: true }).fill('35000');
  await drawer.getByLabel('项目名称').press('Enter');

  await expect(drawer.locator('.project-drawer-name')).toHaveText('年产10万吨铝合金精深加工项目');
  await expect(drawer.getByRole('tab', { name: '概况' })).toHaveAttribute('aria-selected', 'true');
  const list = await value(call(page, 'projects.list', {}));
  // 35,000 万元 typed; the boxes left empty stay empty, not 0.
  expect(list.rows.map((r) => [r.name, r.plannedAmount, r.contractAmount, r.stage])).toEqual([
    ['年产10万吨铝合金精深加工项目', 350_000_000, null, 'lead'],
  ]);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('count-lead')).toHaveText('1');
});
