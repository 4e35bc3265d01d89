import { describe, expect, it } from 'vitest';
import { parseAmount, unitInText } from '../../../main/domain/importers/parse/amount';
import { parseDate } from '../../../main/domain/importers/parse/date';
import { lookup, parseBool } from '../../../main/domain/importers/parse/enums';
import { splitPhones } from '../../../main/domain/importers/parse/phone';
import { parseRegion } from '../../../main/domain/importers/parse/region';
import { parseStage } from '../../../main/domain/importers/parse/stage';
import {
  INTERACTION_KINDS_VOCAB,
  ISSUE_STATUSES_VOCAB,
  TIERS,
} from '../../../main/domain/importers/parse/vocabularies';

const yuan = (raw: string | number, unit: 'yuan' | 'wan' | 'yi' = 'wan') => {
  const r = parseAmount(raw, unit);
  return r.ok ? r.value : `错误：${r.message}`;
};

describe('amounts', () => {
  it('reads the units written in the cell, whatever the column says', () => {
    expect(yuan('84.57亿元')).toBe(8_457_000_000);
    expect(yuan('8000万')).toBe(80_000_000);
    expect(yuan('8000万元', 'yi')).toBe(80_000_000);
    expect(yuan('1.2千万')).toBe(12_000_000);
    expect(yuan('500元')).toBe(500);
    expect(yuan('１２亿')).toBe(1_200_000_000);
  });
  it('uses the header unit for bare numbers, with thousands separators', () => {
    expect(yuan('3,000')).toBe(30_000_000);
    expect(yuan('3,000', 'yi')).toBe(300_000_000_000);
    expect(yuan(84.57, 'yi')).toBe(8_457_000_000);
    expect(yuan('3，000.5', 'yuan')).toBe(3001);
  });
  it('drops approximate words but refuses what cannot be one amount', () => {
    expect(yuan('约5亿')).toBe(500_000_000);
    expect(yuan('5亿多')).toBe(500_000_000);
    expect(yuan('近3亿元左右')).toBe(300_000_000);
    expect(yuan('12亿元（含二期）')).toBe(1_200_000_000);
    expect(yuan('3-5亿')).toContain('范围');
    expect(yuan('50万美元')).toContain('外币');
    expect(yuan('15%')).toContain('百分比');
    expect(yuan('五亿')).toContain('无法识别');
    expect(yuan('8000万股')).toContain('单位');
  });
  it('treats placeholders as empty', () => {
    for (const blank of ['', '-', '—', '/', '待定', '无']) expect(yuan(blank)).toBeNull();
  });
  it('finds the unit in a header', () => {
    expect(unitInText('总投资（亿元）')).toBe('yi');
    expect(unitInText('计划投资(万元)')).toBe('wan');
    expect(unitInText('金额/元')).toBe('yuan');
    expect(unitInText('单位：万元')).toBe('wan');
    expect(unitInText('项目名称')).toBeNull();
  });
});

describe('dates', () => {
  const date = (raw: string | number, year = 2024) => {
    const r = parseDate(raw, year);
    return r.ok ? r.value : `错误：${r.message}`;
  };
  it('reads every spelling offices use', () => {
    for (const s of [
      '2024年1月8日',
      '2024.1.8',
      '2024/1/8',
      '2024-01-08',
      '20240108',
      '2024年1月8号',
      '2024-01-08 09:30',
    ]) {
      expect(date(s)).toBe('2024-01-08');
    }
  });
  it('takes a month as its first day and a day without year from the chosen year', () => {
    expect(date('2024-01')).toBe('2024-01-01');
    expect(date('2024年3月')).toBe('2024-03-01');
    expect(date('5月21日', 2021)).toBe('2021-05-21');
  });
  it('reads Excel serial numbers, also when typed as text', () => {
    expect(date(45292)).toBe('2024-01-01');
    expect(date('45300')).toBe('2024-01-09');
  });
  it('refuses impossible and unreadable dates', () => {
    expect(date('2024年13月1日')).toContain('不存在');
    expect(date('2023-02-29')).toContain('不存在');
    expect(date('明年春节后')).toContain('无法识别');
    expect(date(12)).toContain('不是日期');
  });
});

describe('stages', () => {
  const stage = (s: string) => parseStage(s)?.stage ?? null;
  it('reads stage names in their many spellings', () => {
    expect(stage('已签约')).toBe('signed');
    expect(stage('签约')).toBe('signed');
    expect(stage('在谈')).toBe('negotiating');
    expect(stage('洽谈中')).toBe('negotiating');
    expect(stage('已开工')).toBe('started');
    expect(stage('在建')).toBe('started');
    expect(stage('已投产')).toBe('producing');
    expect(stage('达产')).toBe('full');
    expect(stage('线索')).toBe('lead');
    expect(stage('signed')).toBe('signed');
  });
  it('takes the furthest stage reached, not the planned or missing ones', () => {
    expect(stage('已签约，正在办理注册')).toBe('signed');
    expect(stage('已签约未开工')).toBe('signed');
    expect(stage('拟签约')).toBe('negotiating');
    expect(stage('已注册，计划9月开工')).toBe('registered');
    expect(stage('终止（企业资金链断裂）')).toBe('dropped');
    expect(stage('企业正在内部决策')).toBeNull();
  });
  it('says whether the text was only a stage name', () => {
    expect(parseStage('已签约')?.exact).toBe(true);
    expect(parseStage('已签约，正在办理注册')?.exact).toBe(false);
  });
});

describe('phones', () => {
  it('splits several numbers and keeps extensions and +86 numbers', () => {
    expect(splitPhones('+86 138 0013 8000')).toEqual({
      mobile: '13800138000',
      phone: null,
      extra: [],
      unreadable: [],
    });
    expect(splitPhones('0571-8888 6666 转 123、13900139000')).toEqual({
      mobile: '13900139000',
      phone: '0571-88886666转123',
      extra: [],
      unreadable: [],
    });
    expect(splitPhones('13800138000/13700137000；找王秘书')).toEqual({
      mobile: '13800138000',
      phone: null,
      extra: ['13700137000'],
      unreadable: ['找王秘书'],
    });
    expect(splitPhones(13800138000).mobile).toBe('13800138000');
  });
});

describe('regions and vocabularies', () => {
  const region = (s: string) => {
    const r = parseRegion(s);
    return r.ok ? r.value : null;
  };
  it('finds places from the province down, or by an unambiguous name', () => {
    expect(region('浙江省杭州市')).toBe(330100);
    expect(region('浙江杭州')).toBe(330100);
    expect(region('杭州')).toBe(330100);
    expect(region('湖北省襄阳市谷城县')).toBe(420625);
    expect(region('北京市朝阳区')).toBe(110105);
    const ambiguous = parseRegion('朝阳区');
    expect(ambiguous.ok && ambiguous.value === null && ambiguous.warning).toContain('同名');
  });
  it('maps office words to codes', () => {
    expect(lookup(TIERS, '世界500强')).toBe('global500');
    expect(lookup(TIERS, '央企/国企')).toBe('soe');
    expect(lookup(TIERS, 'A股上市公司')).toBe('listed');
    expect(lookup(INTERACTION_KINDS_VOCAB, '来访考察')).toBe('visit_in');
    expect(lookup(INTERACTION_KINDS_VOCAB, '电话沟通')).toBe('call');
    expect(lookup(ISSUE_STATUSES_VOCAB, '已办结')).toBe('closed');
    expect(lookup(ISSUE_STATUSES_VOCAB, '正在协调')).toBe('in_progress');
    expect(parseBool('√')).toBe(true);
    expect(parseBool('否')).toBe(false);
    expect(parseBool('也许')).toBeNull();
  });
});
