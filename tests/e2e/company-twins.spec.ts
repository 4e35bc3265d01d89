import { call, expect, test, value } from './fixtures';

test.use({ demo: 'S' });

/**
 * 疑似重复 on demo data with twins planted next to two demo companies: the list offers them,
 * one pair is merged through the merge dialog (the list shrinks, the person entered under both
 * spellings is one contact), the other is merged in bulk.
 */
test('the 疑似重复 list offers the planted twins, merges them and the contacts are one', async ({
  page,
  app,
}) => {
  // Two merges through dialogs on demo data: more steps than most specs, on a shared machine.
  test.slow();
  const confirm = (question: string) =>
    page.getByRole('dialog', { name: question }).getByRole('button', { name: '确认合并' }).click();
  await page.goto(`${app.url}#/companies`);
  const before = (await value(call(page, 'companyMerge.twins', {}))).total;
  const demo = (await value(call(page, 'companies.list', { limit: 2 }))).rows;
  const [first, second] = demo as [(typeof demo)[number], (typeof demo)[number]];
  const respell = (name: string): string =>
    name.endsWith('股份有限公司')
      ? name.replace(/股份有限公司$/, '有限公司')
      : name.replace(/有限公司$/, '股份有限公司');
  const twinName = respell(first.name);
  const twin = await value(call(page, 'companies.create', { name: twinName, industry: first.industry }));
  const secondTwin = await value(call(page, 'companies.create', { name: respell(second.name) }));
  const person = await value(
    call(page, 'contacts.create', {
      companyId: first.id,
      name: '周立新',
      title: '副总经理',
      mobile: '13912345678',
    }),
  );
  await value(
    call(page, 'contacts.create', {
      companyId: twin.id,
      name: '周立新',
      mobile: '139 1234 5678',
      wechat: 'zhoulx',
    }),
  );
  await value(call(page, 'contacts.create', { companyId: twin.id, name: '钱晓燕' }));
  await value(call(page, 'contacts.create', { companyId: secondTwin.id, name: '孙伟' }));
  // The demo company has more records than its twin, so it is the one kept.
  for (const name of ['周立新对接的扩产项目', '周立新对接的研发中心项目']) {
    await value(call(page, 'projects.create', { name, companyId: first.id }));
  }
  await page.reload();

  const button = page.getByRole('button', { name: `疑似重复（${before + 2}）` });
  await expect(button).toBeVisible();
  await button.click();
  const drawer = page.locator('.twins-drawer');
  const row = drawer.locator('tr', { hasText: twinName });
  await expect(row).toContainText(first.name);
  await expect(row).toContainText('联系人 2');
  await page.screenshot({ path: '/tmp/company-twins-list.png' });

  await row.getByRole('button', { name: '合并…' }).click();
  const dialog = page.getByRole('dialog', { name: '合并重复企业' });
  await expect(dialog).toContainText('将合并为一人');
  await dialog.getByRole('button', { name: '确认合并' }).click();
  await confirm('确认合并这两家企业？');
  await expect(page.getByText('1 位重复的联系人已合并为一人')).toBeVisible();
  await expect(drawer.locator('tr', { hasText: twinName })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `疑似重复（${before + 1}）` })).toBeVisible();

  // The company with more records was kept; the same person is one contact with both sides' details.
  const contacts = await value(call(page, 'contacts.list', { companyId: first.id, limit: 200, offset: 0 }));
  const zhou = contacts.rows.filter((c) => c.name === '周立新');
  expect(zhou).toHaveLength(1);
  expect(zhou[0]).toMatchObject({
    id: person.id,
    title: '副总经理',
    mobile: '13912345678',
    wechat: 'zhoulx',
  });
  expect(contacts.rows.map((c) => c.name)).toContain('钱晓燕');

  // The other pair, ticked and merged in bulk.
  const other = drawer.locator('tr', { hasText: secondTwin.name });
  await other.getByRole('checkbox').check();
  await drawer.getByRole('button', { name: '合并所选（1 对）' }).click();
  await confirm('合并所选的 1 对企业？');
  await expect(page.getByText('已合并 1 家重复企业')).toBeVisible();
  await expect(drawer.locator('tr', { hasText: secondTwin.name })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `疑似重复（${before}）` })).toBeVisible();
  const left = await value(call(page, 'companyMerge.twins', {}));
  expect(left.total).toBe(before);
});
