import { describe, expect, it } from 'vitest';
import {
  allRegions,
  ancestry,
  childrenOf,
  cityOf,
  greatCircleKm,
  provinceOf,
  regionByAdcode,
  regionPath,
  shortName,
} from '@contract/shared/regions';

const centre = (code: number) => {
  const r = regionByAdcode(code);
  if (!r) throw new Error(`missing ${code}`);
  return r.center;
};

describe('regions dataset', () => {
  it('holds every province, prefecture-level city and county with 6-digit codes and centres in China', () => {
    const all = allRegions();
    const byLevel = (l: string) => all.filter((r) => r.level === l).length;
    expect(byLevel('province')).toBe(34);
    expect(byLevel('city')).toBeGreaterThan(330);
    expect(byLevel('county')).toBeGreaterThan(2800);
    for (const r of all) {
      expect(r.adcode).toBeGreaterThanOrEqual(110000);
      expect(r.adcode).toBeLessThanOrEqual(829999);
      expect(r.center[0]).toBeGreaterThan(70);
      expect(r.center[0]).toBeLessThan(140);
      expect(r.center[1]).toBeGreaterThan(0);
      expect(r.center[1]).toBeLessThan(60);
      if (r.parent !== null) expect(regionByAdcode(r.parent)).toBeDefined();
    }
  });

  it('looks up cities and counties by code, as number or string', () => {
    expect(regionByAdcode(330100)).toMatchObject({ name: '杭州市', level: 'city', parent: 330000 });
    expect(regionByAdcode('330110')).toMatchObject({ name: '余杭区', level: 'county', parent: 330100 });
    expect(regionByAdcode(999999)).toBeUndefined();
    expect(childrenOf(330100).map((r) => r.name)).toContain('余杭区');
    expect(childrenOf(0)).toHaveLength(34);
  });

  it('walks from a county up to its city and province', () => {
    expect(provinceOf(330110)?.name).toBe('浙江省');
    expect(cityOf(330110)?.name).toBe('杭州市');
    expect(provinceOf(420625)?.name).toBe('湖北省');
    expect(cityOf(420625)?.name).toBe('襄阳市');
    expect(ancestry(330110).map((r) => r.adcode)).toEqual([330000, 330100, 330110]);
    expect(regionPath(330110)).toBe('浙江省 杭州市 余杭区');
    expect(regionPath(999999)).toBe('');
  });

  it('treats a municipality as the city of its districts, and a province as having no city', () => {
    expect(cityOf(110101)?.name).toBe('北京市');
    expect(provinceOf(110101)?.name).toBe('北京市');
    expect(regionPath(310115)).toBe('上海市 浦东新区');
    expect(cityOf(330000)).toBeUndefined();
  });

  it('shortens names the way people say them', () => {
    expect(shortName('杭州市')).toBe('杭州');
    expect(shortName('浙江省')).toBe('浙江');
    expect(shortName('余杭区')).toBe('余杭');
    expect(shortName('广西壮族自治区')).toBe('广西');
    expect(shortName('新疆维吾尔自治区')).toBe('新疆');
    expect(shortName('内蒙古自治区')).toBe('内蒙古');
    expect(shortName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortName('伊犁哈萨克自治州')).toBe('伊犁');
    expect(shortName('香港特别行政区')).toBe('香港');
    expect(shortName('锡林郭勒盟')).toBe('锡林郭勒');
    expect(shortName('神农架林区')).toBe('神农架');
    expect(shortName('万柏林区')).toBe('万柏林');
    expect(shortName('和县')).toBe('和县');
    expect(shortName('鄂温克族自治旗')).toBe('鄂温克族自治旗');
  });
});

describe('greatCircleKm', () => {
  it('gives 北京 → 上海 about 1,070 km from the dataset centres', () => {
    const km = greatCircleKm(centre(110000), centre(310000));
    expect(km).toBeGreaterThan(1070 * 0.99);
    expect(km).toBeLessThan(1070 * 1.01);
  });

  it('is symmetric and zero for the same point', () => {
    const a = centre(330100);
    const b = centre(420600);
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9);
    expect(greatCircleKm(a, a)).toBe(0);
  });
});
