// Word lists for Chinese names, phone numbers and company names. Plain data: realism comes
// from the mix (common surnames far more often, real-looking 字号 and industry words).
import type { Rng } from './random';

// Roughly by frequency: the first ten cover about 40% of people.
const SURNAMES_COMMON = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
// prettier-ignore
const SURNAMES_OTHER = [
  '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯',
  '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏',
  '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '夏',
  '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯', '龙', '史',
  '欧阳', '司马', '诸葛',
];
// prettier-ignore
const GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀',
  '霞', '平', '刚', '桂', '华', '建', '国', '文', '辉', '力', '鹏', '宇', '浩', '凯', '俊', '峰', '斌', '波',
  '志', '晓', '海', '亮', '红', '玲', '燕', '飞', '林', '春', '东', '婷', '欣', '琳', '雪', '梅', '晨', '思',
  '博', '瑞', '嘉', '子', '新', '永', '兴', '成', '德', '昊', '然', '宏', '云', '阳', '清', '山', '立', '忠',
];

export function personName(rng: Rng): string {
  const surname = rng.chance(0.45) ? rng.pick(SURNAMES_COMMON) : rng.pick(SURNAMES_OTHER);
  const given = rng.chance(0.3) ? rng.pick(GIVEN) : rng.pick(GIVEN) + rng.pick(GIVEN);
  return surname + given;
}

// 13x, 15x (no 154) and 18x cover most mobiles people hand out on a business card.
// prettier-ignore
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '180', '181', '182', '183', '186', '187', '188', '189',
];

export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

/** A fixed-line number in the city's area code style: 0571-86xxxxxx. */
export function landline(rng: Rng, areaCode: string): string {
  return `${areaCode}-${rng.int(2, 8)}${rng.digits(7)}`;
}

export const CONTACT_TITLES: readonly (readonly [string, number])[] = [
  ['董事长', 10],
  ['总经理', 14],
  ['副总裁', 8],
  ['副总经理', 12],
  ['投资总监', 10],
  ['战略投资部经理', 8],
  ['项目经理', 14],
  ['董事会秘书', 4],
  ['财务总监', 4],
  ['行政总监', 4],
  ['总工程师', 4],
  ['办公室主任', 8],
];

// 字号: two characters that read like a trade name.
// prettier-ignore
const BRAND_A = [
  '华', '中', '金', '新', '宏', '恒', '泰', '盛', '达', '鑫', '瑞', '鼎', '信', '凯', '安', '天', '海', '嘉',
  '宇', '博', '诚', '长', '远', '正', '合', '益', '联', '力', '通', '汇', '东', '明', '晶', '科', '光', '润',
  '永', '昌', '富', '德', '隆', '腾', '卓', '精', '捷', '弘', '旭', '星', '辰', '锦', '万', '兴', '亚', '华',
];
// prettier-ignore
const BRAND_B = [
  '创', '源', '邦', '泰', '达', '新', '盛', '发', '通', '宇', '星', '力', '华', '辉', '峰', '瑞', '威', '驰',
  '能', '芯', '智', '讯', '远', '航', '科', '联', '安', '康', '美', '立', '信', '和', '泽', '宸', '越', '拓',
  '业', '成', '顺', '利', '鸿', '程', '锐', '晟', '图', '微', '达', '蓝', '光', '元',
];

export function brand(rng: Rng): string {
  let b = rng.pick(BRAND_A) + rng.pick(BRAND_B);
  while (b[0] === b[1]) b = rng.pick(BRAND_A) + rng.pick(BRAND_B);
  return b;
}

export const LEGAL_FORMS: readonly (readonly [string, number])[] = [
  ['有限公司', 60],
  ['股份有限公司', 22],
  ['集团有限公司', 8],
  ['有限责任公司', 10],
];

/** Well-known companies as people write them, with the city of their headquarters. */
export const FAMOUS: readonly { name: string; short: string; adcode: number; chain: string; tier: string }[] =
  [
    {
      name: '杭州海康威视数字技术股份有限公司',
      short: '海康威视',
      adcode: 330108,
      chain: '电子信息',
      tier: 'china500',
    },
    {
      name: '宁德时代新能源科技股份有限公司',
      short: '宁德时代',
      adcode: 350902,
      chain: '新能源汽车',
      tier: 'global500',
    },
    { name: '比亚迪股份有限公司', short: '比亚迪', adcode: 440307, chain: '新能源汽车', tier: 'global500' },
    {
      name: '长城汽车股份有限公司',
      short: '长城汽车',
      adcode: 130606,
      chain: '新能源汽车',
      tier: 'china500',
    },
    {
      name: '东风汽车集团有限公司',
      short: '东风汽车',
      adcode: 420100,
      chain: '新能源汽车',
      tier: 'global500',
    },
    {
      name: '京东方科技集团股份有限公司',
      short: '京东方',
      adcode: 110105,
      chain: '电子信息',
      tier: 'china500',
    },
    {
      name: '立讯精密工业股份有限公司',
      short: '立讯精密',
      adcode: 441900,
      chain: '电子信息',
      tier: 'global500',
    },
    {
      name: '浙江大华技术股份有限公司',
      short: '大华股份',
      adcode: 330108,
      chain: '电子信息',
      tier: 'listed',
    },
    { name: '三一重工股份有限公司', short: '三一重工', adcode: 430100, chain: '高端装备', tier: 'china500' },
    {
      name: '徐工集团工程机械股份有限公司',
      short: '徐工机械',
      adcode: 320300,
      chain: '高端装备',
      tier: 'china500',
    },
    { name: '中联重科股份有限公司', short: '中联重科', adcode: 430100, chain: '高端装备', tier: 'china500' },
    {
      name: '江苏恒瑞医药股份有限公司',
      short: '恒瑞医药',
      adcode: 320700,
      chain: '生物医药',
      tier: 'listed',
    },
    { name: '人福医药集团股份公司', short: '人福医药', adcode: 420100, chain: '生物医药', tier: 'listed' },
    {
      name: '万华化学集团股份有限公司',
      short: '万华化学',
      adcode: 370600,
      chain: '新材料',
      tier: 'china500',
    },
    {
      name: '隆基绿能科技股份有限公司',
      short: '隆基绿能',
      adcode: 610100,
      chain: '新能源',
      tier: 'china500',
    },
    { name: '通威股份有限公司', short: '通威', adcode: 510100, chain: '新能源', tier: 'global500' },
    {
      name: '内蒙古伊利实业集团股份有限公司',
      short: '伊利',
      adcode: 150100,
      chain: '绿色食品',
      tier: 'china500',
    },
    {
      name: '安踏体育用品集团有限公司',
      short: '安踏',
      adcode: 350500,
      chain: '纺织服装',
      tier: 'private100',
    },
    {
      name: '雅戈尔集团股份有限公司',
      short: '雅戈尔',
      adcode: 330200,
      chain: '纺织服装',
      tier: 'private100',
    },
    { name: '美的集团股份有限公司', short: '美的', adcode: 440606, chain: '高端装备', tier: 'global500' },
    { name: '中国中车股份有限公司', short: '中国中车', adcode: 110108, chain: '高端装备', tier: 'soe' },
    { name: '中国建材集团有限公司', short: '中国建材', adcode: 110108, chain: '新材料', tier: 'soe' },
    {
      name: '卧龙电气驱动集团股份有限公司',
      short: '卧龙电驱',
      adcode: 330600,
      chain: '高端装备',
      tier: 'listed',
    },
    {
      name: '浙江三花智能控制股份有限公司',
      short: '三花智控',
      adcode: 330600,
      chain: '新能源汽车',
      tier: 'listed',
    },
  ];
