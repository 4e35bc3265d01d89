// Sentence templates for meeting notes, sticking points and company requests, in the words the
// zones' own reports use. {c} = company short name, {p} = project, {x} = a contact's name.

export type InteractionKind =
  | 'call'
  | 'visit_out'
  | 'visit_in'
  | 'promotion'
  | 'signing'
  | 'breakfast'
  | 'tea'
  | 'salon'
  | 'meeting'
  | 'online'
  | 'other';

// prettier-ignore
export const SUMMARIES: Record<InteractionKind, readonly string[]> = {
  call: ['与{x}电话沟通{p}进展，企业表示董事会本月内研究', '电话回访{x}，了解企业对用地和厂房的需求', '电话对接{c}投资部，确认考察行程'],
  visit_out: ['赴{c}总部拜访{x}，介绍开发区产业定位和配套政策', '登门拜访{c}，参观生产线，就{p}深入交流', '走访{c}，与{x}面谈项目选址及投资规模'],
  visit_in: ['{c}{x}一行来开发区考察，实地查看拟选地块和标准化厂房', '接待{c}考察团，参观产业园并召开座谈会', '{x}带队来访，考察上下游配套企业'],
  promotion: ['在招商推介会上与{c}对接，企业对{p}表现出浓厚兴趣', '参加产业链专题推介会，{c}现场交换投资意向'],
  signing: ['{p}正式签约，{x}代表企业签署投资协议', '在集中签约仪式上签订{p}投资合同'],
  breakfast: ['企业家早餐会上与{x}交流，听取企业对营商环境的意见'],
  tea: ['下午茶座谈，{x}介绍{c}下一步扩产计划'],
  salon: ['产业链夜沙龙，{c}与本地配套企业对接合作'],
  meeting: ['召开{p}专班协调会，逐项梳理企业诉求', '与{c}召开项目推进会，明确时间节点', '组织相关部门与{x}会商项目落地条件'],
  online: ['与{x}视频会议，沟通投资协议条款', '线上对接{c}，提供园区政策和厂房资料'],
  other: ['通过商会了解到{c}有产能转移意向', '中介机构推荐{c}，初步收集企业资料'],
};

export const STICKING_POINTS = [
  '企业要求首期供地200亩以上，现有地块面积不足',
  '能耗指标紧张，需争取省级统筹',
  '企业对标周边园区政策，希望设备补贴提高到20%',
  '厂房交付时间与企业投产计划存在差距',
  '企业关注配套企业是否齐全，担心物流成本',
  '双方对土地价格分歧较大',
  '企业希望由平台公司代建厂房，以租代建',
  '环评手续周期较长，企业担心影响进度',
  '专业技术工人招聘难，企业希望提供人才公寓',
  '企业总部决策流程长，需等待董事会审议',
  '融资需求较大，希望引入产业基金参股',
];

export const PROMISES = [
  '协调供电公司上门勘察，一周内给出接电方案',
  '安排专人全程代办注册、立项、环评手续',
  '厂房按企业需求定制，年底前交付',
  '提供三年厂房租金减免',
  '协调人社部门组织专场招聘会',
  '对接合作银行提供项目贷款',
  '争取将项目列入市重点项目',
  '落实人才公寓30套',
];

export const NEXT_STEPS = [
  '提交项目投资协议初稿',
  '邀请企业高层来开发区实地考察',
  '报送项目可研报告及用地需求',
  '召开专班协调会研究企业诉求',
  '跟进企业董事会决策结果',
  '对接自然资源部门确定供地方案',
  '准备签约仪式相关材料',
  '回访企业了解项目建设进度',
];

// prettier-ignore
export const FOLLOW_UP_NOTES = ['电话跟进项目用地意向', '跟进投资协议审批进度', '确认企业考察时间', '催报项目可研资料', '了解董事会决策情况', '回访开工准备情况'];

export const DROP_REASONS = [
  '企业战略调整，暂停对外投资',
  '企业最终选择在其他园区落地',
  '用地条件无法满足企业要求',
  '企业资金链紧张，项目搁置',
  '项目能耗较高，不符合产业准入要求',
  '双方在土地价格上未达成一致',
];

// prettier-ignore
export const ISSUES: Record<
  'water' | 'power' | 'road' | 'network' | 'approval' | 'labour' | 'finance' | 'other',
  { problem: string; resolution: string }[]
> = {
  water: [{ problem: '厂区供水管网压力不足，影响生产线调试', resolution: '协调水务公司新铺设DN300供水管道，压力已达标' }],
  power: [
    { problem: '车间联合调试临时用电负荷大，现有变压器容量不足', resolution: '供电部门加装4台临时变压器，保障调试用电' },
    { problem: '申请双回路供电，担心停电影响连续生产', resolution: '已纳入电网改造计划，双回路线路建成投运' },
  ],
  road: [{ problem: '厂区门前道路未贯通，大型货车无法进出', resolution: '园区道路专班加快施工，道路已贯通通车' }],
  network: [{ problem: '园区光纤和5G信号未覆盖，影响智能工厂建设', resolution: '协调运营商完成光纤入户和5G基站建设' }],
  approval: [
    { problem: '施工许可办理进度慢，影响开工时间', resolution: '实行容缺受理并联审批，3个工作日内办结' },
    { problem: '环评批复尚未下达', resolution: '专人对接生态环境部门，环评已批复' },
  ],
  labour: [{ problem: '普工缺口约200人，技术工人招聘难', resolution: '人社部门举办专场招聘会，招录员工180人' }],
  finance: [{ problem: '流动资金紧张，需要过桥资金', resolution: '对接合作银行发放贷款3000万元' }],
  other: [{ problem: '员工子女入学需协调', resolution: '教育部门统筹安排就近入学' }],
};

export function fill(template: string, c: string, p: string, x: string): string {
  return template.replace('{c}', c).replace('{p}', p).replace('{x}', x);
}
