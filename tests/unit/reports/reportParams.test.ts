import { describe, expect, it } from 'vitest';
import { mondayOf, printRoutePath } from '@contract/print/routes';
import { todayLocal } from '@contract/shared/time';
import { choiceParams, choiceRoute, readChoice } from '../../../renderer/src/pages/reports/reportParams';

const read = (qs: string) => readChoice(new URLSearchParams(qs));

describe('报表打印 keeps its choice in the URL', () => {
  it('"打印简报" links open the company or trip they name', () => {
    const c = read('doc=company&id=12');
    expect(choiceRoute(c)).toEqual({ doc: { kind: 'company', id: 12 }, watermark: false });
    expect(printRoutePath(choiceRoute(read('doc=trip&id=3&wm=1'))!)).toBe('/print/trip/3?watermark=1');
  });

  it('nothing to print until a company or trip is chosen', () => {
    expect(choiceRoute(read(''))).toBeNull();
    expect(choiceRoute(read('doc=trip'))).toBeNull();
  });

  it('a week is always its Monday; an impossible date falls back to this week', () => {
    expect(read('doc=weekly&from=2024-05-23').from).toBe('2024-05-20');
    expect(read('doc=weekly&from=2024-13-45').from).toBe(mondayOf(todayLocal()));
    expect(read('doc=targets&year=1850').year).toBe(Number(todayLocal().slice(0, 4)));
  });

  it('unknown documents and ids are ignored, and the choice writes back to the same URL', () => {
    expect(read('doc=passwords&id=-4')).toMatchObject({ kind: 'company', id: null });
    const c = read('doc=weekly&from=2024-05-20&wm=1');
    expect(choiceParams(c)).toEqual({ doc: 'weekly', from: '2024-05-20', wm: '1' });
  });
});
