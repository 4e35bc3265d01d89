import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '@contract/shared/creditCode';
import { regionFromCreditCode } from '@contract/shared/creditCodeRegion';
import { regionByAdcode, regionPath } from '@contract/shared/regions';

const code = (first17: string) => first17 + creditCodeCheckChar(first17);

describe('总部所在地 from the 统一社会信用代码', () => {
  it('reads characters 3–8 as the registering office’s 行政区划代码', () => {
    const region = regionFromCreditCode(code('91330106MA2H2T0W6'));
    expect(region).toBe(330106);
    expect(regionPath(region as number)).toContain('杭州市');
  });

  it('accepts the code as people paste it (lower case, spaces)', () => {
    const pasted = code('91330106MA2H2T0W6')
      .toLowerCase()
      .replace(/(.{6})/g, '$1 ');
    expect(regionFromCreditCode(pasted)).toBe(regionFromCreditCode(code('91330106MA2H2T0W6')));
  });

  it('a county the offline list no longer has falls back to its city', () => {
    // 330199 is no district; 3301 is 杭州市.
    expect(regionByAdcode(330199)).toBeUndefined();
    expect(regionFromCreditCode(code('91330199MA2H2T0W6'))).toBe(330100);
  });

  it('proposes nothing for a code that fails its check or names no region', () => {
    const good = code('91330106MA2H2T0W6');
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(regionFromCreditCode(badCheck)).toBeNull();
    expect(regionFromCreditCode('')).toBeNull();
    expect(regionFromCreditCode(code('91990000MA2H2T0W6'))).toBeNull();
  });
});
