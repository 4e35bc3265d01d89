import { describe, expect, it } from 'vitest';
import { serverFieldErrors } from '../../../renderer/src/components/forms/serverFieldErrors';

/** The part of an antd form serverFieldErrors reads: which fields it shows. */
const formShowing = (...names: (string | number)[][]) => ({
  getFieldsValue: (_all: true, filter: (meta: { name: (string | number)[] }) => boolean) => {
    for (const name of names) filter({ name });
    return {};
  },
});

describe('a refusal placed under the fields it names', () => {
  it('finds the field inside the call input (patch.…, value.…) and keeps what the form does not show off the fields', () => {
    const form = formShowing(['talkingPoints'], ['heldOn']);
    expect(
      serverFieldErrors(form, { 'patch.talkingPoints': '洽谈要点不能超过4000个字', stopId: '停靠点不存在' }),
    ).toEqual([{ name: ['talkingPoints'], errors: ['洽谈要点不能超过4000个字'] }]);
  });

  it('places a nested field on its nested name (外出招商规则: leaderTripQuota.city)', () => {
    const form = formShowing(['leaderTripQuota', 'city'], ['leaderTripQuota', 'zone'], ['roadFactor']);
    expect(serverFieldErrors(form, { 'leaderTripQuota.city': '应为0至365之间的整数' })).toEqual([
      { name: ['leaderTripQuota', 'city'], errors: ['应为0至365之间的整数'] },
    ]);
  });

  it('puts two server fields under the one range picker that holds both, each message once', () => {
    const form = formShowing(['dates'], ['title']);
    const aliases = { startsOn: 'dates', endsOn: 'dates' };
    expect(
      serverFieldErrors(
        form,
        { 'patch.startsOn': '日期有误', 'patch.endsOn': '结束日期不能早于开始日期' },
        aliases,
      ),
    ).toEqual([{ name: ['dates'], errors: ['日期有误', '结束日期不能早于开始日期'] }]);
  });
});
