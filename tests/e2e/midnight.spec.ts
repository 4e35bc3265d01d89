import { call, expect, test, value } from './fixtures';

// "Today" around midnight in the office's zone (Asia/Shanghai), whatever the machine's zone:
// the form's default date, the server's "not after today" check, the stage history and the
// overdue flag must all name the same day. 23:58:30 leaves the test its whole timeout before
// the day turns; 00:00:30 is the first half-minute of the next day (16:00:30 UTC of the previous).
const instants = [
  { now: '2026-12-04T23:58:30+08:00', day: '2026-12-04', yesterday: '2026-12-03' },
  { now: '2026-12-05T00:00:30+08:00', day: '2026-12-05', yesterday: '2026-12-04' },
];

for (const { now, day, yesterday } of instants) {
  test.describe(`at ${now}`, () => {
    test.use({ now });

    test('a new project, a stage move and the overdue flag all count the same day', async ({ page, app }) => {
      await page.goto(`${app.url}#/projects/kanban`);
      await expect(page.getByText('还没有招商项目')).toBeVisible();
      await page.keyboard.press('Control+n');
      const drawer = page.locator('.project-drawer');
      await drawer.getByLabel('项目名称').fill('智能装备产业园项目');
      await drawer.getByLabel('项目名称').press('Enter');
      await expect(drawer.locator('.project-drawer-name')).toHaveText('智能装备产业园项目');
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();

      const [project] = (await value(call(page, 'projects.list', {}))).rows;
      expect(project?.stageSince).toBe(day);

      await page
        .locator('.kanban-card', { hasText: '智能装备产业园项目' })
        .dragTo(page.locator('.kanban-column[data-stage="contact"]'));
      const dialog = page.getByRole('dialog', { name: '变更项目阶段' });
      await expect(dialog.getByLabel('变更日期')).toHaveValue(day);
      await dialog.getByRole('button', { name: '确认变更' }).click();
      await expect(page.getByTestId('count-contact')).toHaveText('1');
      const history = await value(call(page, 'projects.stageHistory', { id: project?.id ?? 0 }));
      expect(history.map((h) => h.changedOn)).toEqual([day, day]);

      // Due yesterday is overdue, due today is not: the list's SQL reads the same clock.
      const company = await value(call(page, 'companies.create', { name: '江苏恒立液压股份有限公司' }));
      for (const dueOn of [yesterday, day]) {
        await value(
          call(page, 'serviceIssues.create', {
            companyId: company.id,
            category: 'approval',
            description: `办结时限 ${dueOn}`,
            reportedOn: yesterday,
            dueOn,
          }),
        );
      }
      const issues = await value(call(page, 'serviceIssues.list', { sort: [{ col: 'dueOn', dir: 'asc' }] }));
      expect(issues.rows.map((r) => [r.dueOn, r.overdue])).toEqual([
        [yesterday, true],
        [day, false],
      ]);
    });
  });
}
