// The industrial chains (产业链) a development zone courts, with the words that make company
// and project names in each chain sound right.
import type { Rng } from './random';

export interface Chain {
  name: string;
  /** 国民经济行业分类 wording, as registrations state it. */
  industries: readonly string[];
  /** Middle part of a company name: 杭州鑫瑞「汽车零部件」有限公司. */
  words: readonly string[];
  /** Project name after the company's 字号; {n} becomes a plausible capacity figure. */
  projects: readonly string[];
  weight: number;
}

// prettier-ignore
export const CHAINS: readonly Chain[] = [
  {
    name: '新能源汽车',
    industries: ['汽车制造业', '电气机械和器材制造业'],
    words: ['汽车零部件', '新能源科技', '动力电池', '电驱科技', '汽车电子', '精密铸造', '汽车部件'],
    projects: ['年产{n}万套新能源汽车零部件项目', '{n}GWh动力电池生产基地项目', '新能源汽车电驱系统项目', '汽车轻量化铝合金部件项目', '智能网联汽车电子项目'],
    weight: 18,
  },
  {
    name: '高端装备',
    industries: ['通用设备制造业', '专用设备制造业'],
    words: ['智能装备', '机械制造', '精密机械', '机电科技', '重工', '液压科技', '数控设备'],
    projects: ['智能装备制造基地项目', '年产{n}台（套）数控机床项目', '工业机器人及核心部件项目', '高端液压件生产项目', '智能制造产业园项目'],
    weight: 16,
  },
  {
    name: '电子信息',
    industries: ['计算机、通信和其他电子设备制造业', '软件和信息技术服务业'],
    words: ['电子科技', '光电科技', '半导体', '信息技术', '智能科技', '通信技术', '微电子'],
    projects: ['年产{n}万片电子元器件项目', '光电显示模组项目', '半导体封装测试项目', '5G通信设备生产基地项目', '数字经济产业园项目'],
    weight: 16,
  },
  {
    name: '生物医药',
    industries: ['医药制造业', '专用设备制造业'],
    words: ['生物科技', '医药', '制药', '医疗器械', '生物工程', '健康科技'],
    projects: ['生物医药产业化基地项目', '原料药及制剂生产项目', '医疗器械生产项目', '中药材精深加工项目'],
    weight: 10,
  },
  {
    name: '新材料',
    industries: ['化学原料和化学制品制造业', '非金属矿物制品业', '有色金属冶炼和压延加工业'],
    words: ['新材料', '化工', '复合材料', '高分子材料', '铝业', '特种材料'],
    projects: ['年产{n}万吨新材料项目', '高性能复合材料项目', '铝合金精深加工项目', '电子化学品项目'],
    weight: 12,
  },
  {
    name: '新能源',
    industries: ['电气机械和器材制造业', '电力、热力生产和供应业'],
    words: ['新能源', '光伏科技', '储能科技', '能源科技', '电力设备'],
    projects: ['{n}MW分布式光伏项目', '储能电池系统集成项目', '光伏组件生产基地项目', '氢能装备项目'],
    weight: 10,
  },
  {
    name: '绿色食品',
    industries: ['农副食品加工业', '食品制造业', '酒、饮料和精制茶制造业'],
    words: ['食品', '农业科技', '生物食品', '饮品', '粮油', '茶业'],
    projects: ['年产{n}万吨绿色食品加工项目', '农产品冷链物流中心项目', '中央厨房及预制菜项目', '茶叶精深加工项目'],
    weight: 9,
  },
  {
    name: '纺织服装',
    industries: ['纺织业', '纺织服装、服饰业'],
    words: ['纺织', '服饰', '针织', '家纺', '化纤'],
    projects: ['年产{n}万件服装生产项目', '智能纺纱项目', '功能性面料项目', '产业用纺织品项目'],
    weight: 9,
  },
];

export const CHAIN_WEIGHTS = CHAINS.map((c) => [c, c.weight] as const);

export function chainByName(name: string): Chain {
  return CHAINS.find((c) => c.name === name) ?? (CHAINS[0] as Chain);
}

export function projectTitle(rng: Rng, chain: Chain): string {
  return rng.pick(chain.projects).replace('{n}', String(rng.pick([2, 3, 5, 8, 10, 20, 30, 50, 100])));
}

export const SOURCE_CHANNELS: readonly (readonly [string, number])[] = [
  ['以商招商', 20],
  ['驻点招商', 14],
  ['产业链招商', 16],
  ['中介招商', 10],
  ['展会招商', 8],
  ['商协会推荐', 10],
  ['基金招商', 6],
  ['乡贤招商', 8],
  ['网络招商', 4],
  ['自主来访', 4],
];

export const TIERS: readonly (readonly [string | null, number])[] = [
  ['global500', 1],
  ['china500', 3],
  ['soe', 5],
  ['private100', 2],
  ['listed', 12],
  ['specialized', 15],
  ['other', 42],
  [null, 20],
];

// Where the companies a central-China zone courts come from: the coastal clusters first.
export const PROVINCE_WEIGHTS: readonly (readonly [number, number])[] = [
  [330000, 18],
  [320000, 16],
  [440000, 16],
  [310000, 10],
  [110000, 8],
  [420000, 8],
  [370000, 3],
  [350000, 3],
  [340000, 2],
  [430000, 2],
  [410000, 2],
  [510000, 2],
  [500000, 1],
  [120000, 1],
  [130000, 1],
  [360000, 1],
  [610000, 1],
  [210000, 1],
  [0, 4], // any other province
];

/** Road names for addresses and sites. */
// prettier-ignore
export const ROADS = ['人民路', '建设路', '解放大道', '科技大道', '创业路', '工业大道', '滨江路', '文一西路', '东风大道', '光谷大道', '长江路', '高新大道'];
// prettier-ignore
export const PARKS = ['智能制造产业园', '新能源汽车零部件产业园', '电子信息产业园', '生物医药产业园', '食品工业园', '纺织服装产业园', '标准化厂房区', '循环经济产业园'];
