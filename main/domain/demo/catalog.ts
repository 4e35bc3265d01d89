// The industrial chains (产业链) a development zone courts, with the words that make company
// and project names in each chain sound right.
import { roundTo, WAN, YI, type Rng } from './random';

export interface Chain {
  name: string;
  /** 国民经济行业分类 wording, as registrations state it. */
  industries: readonly string[];
  /** Middle part of a company name: 杭州鑫瑞「汽车零部件」有限公司. */
  words: readonly string[];
  /** Projects after the company's 字号, each with its scale. */
  projects: readonly ProjectTemplate[];
  weight: number;
}

/**
 * A project after the company's 字号, with the investment such a project takes, in 亿元:
 * `[title, low, high]`, or `[title, low, high, sizes]` when the title names a capacity {n}; then
 * low–high is per unit of it (a 20GWh battery plant is tens of 亿元, a 5MW rooftop array a few
 * thousand 万元), so the name and the amount always agree.
 */
export type ProjectTemplate = readonly [string, number, number, (readonly number[])?];

// prettier-ignore
export const CHAINS: readonly Chain[] = [
  {
    name: '新能源汽车',
    industries: ['汽车制造业', '电气机械和器材制造业'],
    words: ['汽车零部件', '新能源科技', '动力电池', '电驱科技', '汽车电子', '精密铸造', '汽车部件'],
    projects: [['年产{n}万套新能源汽车零部件项目', 0.02, 0.05, [10, 20, 50, 100]], ['{n}GWh动力电池生产基地项目', 2, 3.5, [2, 5, 10, 20]], ['新能源汽车电驱系统项目', 1, 8], ['汽车轻量化铝合金部件项目', 0.5, 5], ['智能网联汽车电子项目', 0.5, 5], ['汽车线束及连接器项目', 0.2, 1.5]],
    weight: 18,
  },
  {
    name: '高端装备',
    industries: ['通用设备制造业', '专用设备制造业'],
    words: ['智能装备', '机械制造', '精密机械', '机电科技', '重工', '液压科技', '数控设备'],
    projects: [['智能装备制造基地项目', 2, 12], ['年产{n}台（套）数控机床项目', 0.001, 0.002, [500, 1000, 2000, 5000]], ['工业机器人及核心部件项目', 1, 10], ['高端液压件生产项目', 0.3, 3], ['智能制造产业园项目', 3, 20], ['精密零部件加工项目', 0.2, 1.5]],
    weight: 16,
  },
  {
    name: '电子信息',
    industries: ['计算机、通信和其他电子设备制造业', '软件和信息技术服务业'],
    words: ['电子科技', '光电科技', '半导体', '信息技术', '智能科技', '通信技术', '微电子'],
    projects: [['年产{n}亿只电子元器件项目', 0.1, 0.3, [5, 10, 20, 50]], ['光电显示模组项目', 1, 10], ['半导体封装测试项目', 3, 30], ['5G通信设备生产基地项目', 2, 15], ['数字经济产业园项目', 1, 8], ['电子元器件配套项目', 0.2, 1.5]],
    weight: 16,
  },
  {
    name: '生物医药',
    industries: ['医药制造业', '专用设备制造业'],
    words: ['生物科技', '医药', '制药', '医疗器械', '生物工程', '健康科技'],
    projects: [['生物医药产业化基地项目', 2, 15], ['原料药及制剂生产项目', 1, 8], ['医疗器械生产项目', 0.3, 3], ['中药材精深加工项目', 0.2, 2]],
    weight: 10,
  },
  {
    name: '新材料',
    industries: ['化学原料和化学制品制造业', '非金属矿物制品业', '有色金属冶炼和压延加工业'],
    words: ['新材料', '化工', '复合材料', '高分子材料', '铝业', '特种材料'],
    projects: [['年产{n}万吨新材料项目', 0.2, 0.5, [1, 2, 5, 10, 20]], ['高性能复合材料项目', 1, 8], ['铝合金精深加工项目', 0.5, 6], ['电子化学品项目', 1, 10]],
    weight: 12,
  },
  {
    name: '新能源',
    industries: ['电气机械和器材制造业', '电力、热力生产和供应业'],
    words: ['新能源', '光伏科技', '储能科技', '能源科技', '电力设备'],
    projects: [['{n}MW分布式光伏项目', 0.035, 0.045, [10, 20, 50, 100]], ['储能电池系统集成项目', 1, 10], ['光伏组件生产基地项目', 5, 40], ['氢能装备项目', 1, 10]],
    weight: 10,
  },
  {
    name: '绿色食品',
    industries: ['农副食品加工业', '食品制造业', '酒、饮料和精制茶制造业'],
    words: ['食品', '农业科技', '生物食品', '饮品', '粮油', '茶业'],
    projects: [['年产{n}万吨绿色食品加工项目', 0.1, 0.3, [2, 5, 10, 20]], ['农产品冷链物流中心项目', 0.5, 5], ['中央厨房及预制菜项目', 0.3, 3], ['茶叶精深加工项目', 0.2, 1.5]],
    weight: 9,
  },
  {
    name: '纺织服装',
    industries: ['纺织业', '纺织服装、服饰业'],
    words: ['纺织', '服饰', '针织', '家纺', '化纤'],
    projects: [['年产{n}万件服装生产项目', 0.001, 0.003, [200, 500, 1000]], ['年产{n}万锭智能纺纱项目', 0.3, 0.6, [5, 10, 20]], ['功能性面料项目', 0.5, 5], ['产业用纺织品项目', 0.3, 3]],
    weight: 9,
  },
];

export const CHAIN_WEIGHTS = CHAINS.map((c) => [c, c.weight] as const);

export function chainByName(name: string): Chain {
  return CHAINS.find((c) => c.name === name) ?? (CHAINS[0] as Chain);
}

/** The smallest and largest amount a demo project plans: 2,000 万元 to 80 亿元. */
const FLOOR = 2000 * WAN;
const CEILING = 80 * YI;

/**
 * A project's title and planned investment, drawn from one template so they agree. Smaller
 * projects are the common case; the big names (世界500强, 央企…) take the large ones more often.
 */
export function projectPlan(rng: Rng, chain: Chain, big: boolean): { title: string; planned: number } {
  const [text, low, high, sizes] = rng.weighted(chain.projects.map((t) => [t, weightOf(t, big)] as const));
  const n = sizes ? rng.pick(sizes) : 1;
  const yuan = rng.logUniform(low * YI, high * YI) * n;
  return {
    title: text.replace('{n}', String(n)),
    planned: Math.min(CEILING, Math.max(FLOOR, roundTo(yuan, 100 * WAN))),
  };
}

/** Most projects a zone signs are under 5 亿元; big companies bring most of those above. */
function weightOf([, low, high, sizes]: ProjectTemplate, big: boolean): number {
  const top = high * (sizes ? Math.max(...sizes) : 1);
  const mid = Math.sqrt(low * (sizes ? Math.min(...sizes) : 1) * top);
  if (mid >= 5) return big ? 3 : 0.3;
  if (mid >= 1.5) return big ? 3 : 1.5;
  return big ? 1 : 6;
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

/** Road names for addresses and sites. */
// prettier-ignore
export const ROADS = ['人民路', '建设路', '解放大道', '科技大道', '创业路', '工业大道', '滨江路', '文一西路', '东风大道', '光谷大道', '长江路', '高新大道'];
// prettier-ignore
export const PARKS = ['智能制造产业园', '新能源汽车零部件产业园', '电子信息产业园', '生物医药产业园', '食品工业园', '纺织服装产业园', '标准化厂房区', '循环经济产业园'];
