import { call, expect, test, value } from './fixtures';
import { fieldError } from './formErrors';

test('a date the server refuses in 添加活动 shows under 活动日期, and closing the changed form asks first', async ({
  page,
  app,
}) => {
  const trip = await value(
    call(page, 'trips.create', { title: '珠三角招商', startsOn: '2099-06-01', endsOn: '2099-06-05' }),
  );
  await value(call(page, 'trips.addStop', { tripId: trip.id, adcode: 440300, placeName: '深圳' }));
  await page.goto(`${app.url}#/trips/${trip.id}`);
  await page.getByRole('button', { name: /添加活动/ }).click();
  const modal = page.getByRole('dialog', { name: /添加活动/ });
  const heldOn = modal.getByLabel('活动日期');
  await heldOn.click();
  await heldOn.fill('2099-06-05');
  await heldOn.press('Enter');
  await expect(heldOn).toHaveValue('2099-06-05');

  // Meanwhile a colleague shortens the trip: the date picked is now outside it.
  await value(call(page, 'trips.update', { id: trip.id, patch: { endsOn: '2099-06-03' } }));
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(modal, '活动日期')).toHaveText(
    '活动日期应在行程日期（2099-06-01 至 2099-06-03）之内',
  );
  await expect(modal.locator('.ant-form-item-explain-error')).toHaveCount(1);

  // The typed event is not saved yet: closing asks, and 继续编辑 keeps what was typed. (The
  // window's × rather than Escape: a key press right after the refusal may land before focus
  // returns to the dialog.)
  await modal.getByRole('button', { name: /close|关闭/i }).click();
  const ask = page.locator('.ant-modal-confirm', { hasText: '放弃未保存的修改？' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '继续编辑' }).click();
  await expect(heldOn).toHaveValue('2099-06-05');
  await modal.getByRole('button', { name: /取\s*消/ }).click();
  await ask.getByRole('button', { name: '放弃修改' }).click();
  await expect(modal).toBeHidden();
  const stored = await value(call(page, 'trips.get', { id: trip.id }));
  expect(stored.stops.flatMap((s) => s.events)).toEqual([]);
});
