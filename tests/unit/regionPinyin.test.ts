import { describe, expect, it } from 'vitest';
import regionPinyin from '../../resources/geo/region-pinyin.json';
import regions from '../../resources/geo/regions.json';
// @ts-expect-error plain ES module script without types
import { regionPinyin as fromDictionary } from '../../scripts/regionPinyin.mjs';

describe('region pinyin made ahead for the region picker', () => {
  it('is what the pinyin dictionary says for every division (regenerate it when regions change)', () => {
    expect(regionPinyin).toEqual(fromDictionary(regions.rows));
    expect((regionPinyin as Record<string, string>)['330100']).toBe('hangzhoushi hzs');
  });
});
