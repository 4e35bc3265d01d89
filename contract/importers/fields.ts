// Pure: the renderer shows these names in the column-mapping step.

import { FIELD_NAMES as F, retiredNames } from '../shared/glossary';
export const IMPORT_TARGETS = ['companies', 'contacts', 'projects', 'interactions', 'serviceIssues'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export const TARGET_LABELS: Record<ImportTarget, string> = {
  companies: '客商企业',
  contacts: '联系人',
  projects: '招商项目',
  interactions: '洽谈记录',
  serviceIssues: '企业诉求',
};

export type FieldKind =
  | 'text'
  | 'note'
  | 'amount'
  | 'date'
  | 'stage'
  | 'phones'
  | 'email'
  | 'creditCode'
  | 'tier'
  | 'interactionKind'
  | 'issueCategory'
  | 'issueStatus'
  | 'keyLevel'
  | 'bool'
  | 'region'
  | 'number';

export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** Header words that mean this field; the first is what an export writes. */
  synonyms: string[];
}

const f = (key: string, label: string, kind: FieldKind, synonyms: string[], required = false): FieldDef => ({
  key,
  label,
  kind,
  synonyms: [label, ...synonyms],
  ...(required ? { required } : {}),
});

// Columns that belong to a related record, shared by several targets.
const companyRef = [
  f('companyName', '企业名称', 'text', [
    '投资方',
    '签约企业',
    '投资主体',
    '企业',
    '公司名称',
    '客商名称',
    '合作企业',
    '投资企业',
    '单位名称',
    '所属企业',
  ]),
  f('companyCreditCode', '统一社会信用代码', 'creditCode', ['信用代码', '社会信用代码', '企业信用代码']),
];
const contactRef = [
  f('contactName', '联系人', 'text', ['联系人姓名', '对接人', '企业联系人']),
  f('contactTitle', '联系人职务', 'text', ['职务']),
  f('contactPhone', '联系电话', 'phones', ['电话', '手机', '联系方式', '手机号码']),
];
const notes = f('notes', '备注', 'note', [
  '说明',
  '情况说明',
  '存在问题',
  '下步打算',
  '下一步打算',
  '推进情况',
]);

export const TARGET_FIELDS: Record<ImportTarget, FieldDef[]> = {
  companies: [
    f('name', '企业名称', 'text', ['公司名称', '客商名称', '单位名称', '企业', '投资方', '客商'], true),
    f('creditCode', '统一社会信用代码', 'creditCode', ['信用代码', '社会信用代码']),
    f('industry', '行业', 'text', ['所属行业', '行业类别', '产业类别']),
    f('chain', '产业链', 'text', ['所属产业链', '产业链条']),
    f('tier', '企业层级', 'tier', ['企业类型', '企业性质', '企业类别', '类型']),
    f('isChainLeader', '链主企业', 'bool', ['是否链主', '链主']),
    f('hqAdcode', '总部所在地', 'region', [
      '总部',
      '所在地',
      '注册地',
      '所属地区',
      '地区',
      '省市',
      '所在城市',
    ]),
    f('hqAddress', '总部地址', 'text', ['地址', '注册地址', '详细地址', '办公地址']),
    f('sourceChannel', '信息来源', 'text', ['来源', '来源渠道', '线索来源']),
    f('registeredCapital', '注册资本', 'amount', ['注册资金']),
    f('website', '网址', 'text', ['官网', '企业网址', '网站']),
    f('intro', '企业简介', 'note', ['简介', '企业概况', '基本情况', '主营业务']),
    f('talkingPoints', '洽谈要点', 'note', ['洽谈重点', '对接要点']),
    ...contactRef,
    notes,
  ],
  contacts: [
    ...companyRef,
    f('name', '姓名', 'text', ['联系人', '联系人姓名', '对接人'], true),
    f('title', '职务', 'text', ['职位', '联系人职务']),
    f('phones', '联系电话', 'phones', ['联系方式', '电话号码']),
    f('mobile', '手机', 'phones', ['手机号码', '手机号', '移动电话']),
    f('phone', '电话', 'phones', ['办公电话', '座机', '固定电话', '固话']),
    f('wechat', '微信号', 'text', ['微信']),
    f('email', '邮箱', 'email', ['电子邮箱', 'email', 'e-mail']),
    f('isKey', '关键联系人', 'bool', ['是否关键联系人', '关键人']),
    notes,
  ],
  projects: [
    f('name', '项目名称', 'text', ['项目', '招商项目', '项目名'], true),
    ...companyRef,
    f('stage', '项目阶段', 'stage', [
      '项目进展',
      '所处阶段',
      '进展情况',
      '进展',
      '项目状态',
      '推进阶段',
      '当前阶段',
    ]),
    f('stageSince', '阶段开始日期', 'date', ['进入阶段日期']),
    f('dropReason', '终止原因', 'text', ['终止理由']),
    f('industry', '行业', 'text', ['所属行业', '产业类别', '行业类别']),
    f('chain', '产业链', 'text', ['所属产业链']),
    f('sourceChannel', '信息来源', 'text', ['项目来源', '来源渠道', '线索来源']),
    f('plannedAmount', F.project.plannedAmount, 'amount', [
      '总投资',
      '项目总投资',
      '投资额',
      '投资规模',
      '计划总投资',
      '拟投资',
    ]),
    f('contractAmount', F.project.contractAmount, 'amount', [
      '合同投资',
      '签约金额',
      '协议投资',
      '签约投资',
      '合同金额',
    ]),
    f('annualPlanAmount', '年度计划投资', 'amount', [
      '本年计划投资',
      '年度计划',
      '当年计划投资',
      '本年计划',
      '当年计划',
    ]),
    f('completedAmount', '已完成投资', 'amount', ['累计完成投资', '完成投资', '已完成']),
    f('keyLevel', '重点项目', 'keyLevel', ['重点项目级别', '项目级别', '是否重点项目']),
    f('isIndustrial', '工业项目', 'bool', ['是否工业项目']),
    f('site', '选址', 'text', ['项目选址', '落地地点', '项目地点', '建设地点', '拟选址']),
    f('landMu', '用地面积', 'number', ['用地', '占地面积', '用地(亩)', '亩数']),
    f('teamName', F.project.teamId, 'text', [
      ...retiredNames('project', 'teamId'),
      '责任部门',
      '牵头单位',
      '招商单位',
    ]),
    f('ownerName', F.project.ownerId, 'text', [...retiredNames('project', 'ownerId'), '招商专员', '跟踪人']),
    f('firstContactOn', F.project.firstContactOn, 'date', ['接洽时间', '首次对接时间']),
    f('signedOn', F.project.signedOn, 'date', [...retiredNames('project', 'signedOn'), '签约']),
    f('registeredOn', F.project.registeredOn, 'date', retiredNames('project', 'registeredOn')),
    f('startedOn', F.project.startedOn, 'date', retiredNames('project', 'startedOn')),
    f('producedOn', F.project.producedOn, 'date', retiredNames('project', 'producedOn')),
    f('fullOn', F.project.fullOn, 'date', retiredNames('project', 'fullOn')),
    f('nextFollowUpOn', F.project.nextFollowUpOn, 'date', ['跟进日期']),
    f('nextFollowUpNote', F.project.nextFollowUpNote, 'text', ['下次跟进事项']),
    ...contactRef,
    notes,
  ],
  interactions: [
    f(
      'occurredOn',
      '日期',
      'date',
      ['洽谈时间', '走访时间', '洽谈日期', '时间', '来访时间', '活动时间'],
      true,
    ),
    ...companyRef,
    f('projectName', '项目名称', 'text', ['项目', '洽谈项目']),
    f('kind', '洽谈方式', 'interactionKind', ['方式', '形式', '类型', '洽谈形式']),
    f('place', '地点', 'text', ['洽谈地点', '走访地点']),
    f('theirAttendeesText', '对方参加人员', 'text', ['对方人员', '客商人员', '来访人员', '企业参加人员']),
    f('summary', '洽谈内容', 'note', ['主要内容', '洽谈情况', '内容', '会谈内容', '走访情况', '情况'], true),
    f('stickingPoints', F.interaction.stickingPoints, 'note', [
      ...retiredNames('interaction', 'stickingPoints'),
      '存在问题',
      '困难问题',
      '问题',
    ]),
    f('promises', F.interaction.promises, 'note', ['承诺事项', '承诺']),
    f('nextStep', F.interaction.nextStep, 'text', ['下一步', '下步计划', '下步打算', '下一步打算']),
    f('nextStepOn', F.interaction.nextStepOn, 'date', ['下一步时间']),
    f('nextStepDone', '已完成', 'bool', ['下一步已完成']),
    f('createdBy', '记录人', 'text', ['填报人', '记录人员']),
  ],
  serviceIssues: [
    ...companyRef,
    f('projectName', '项目名称', 'text', ['项目']),
    f('category', '诉求类别', 'issueCategory', ['问题类别', '类别', '诉求类型', '问题类型']),
    f(
      'description',
      '诉求内容',
      'note',
      ['问题描述', '反映问题', '诉求事项', '具体诉求', '存在问题', '问题'],
      true,
    ),
    f('reportedOn', F.serviceIssue.reportedOn, 'date', ['反映时间', '提出时间', '日期', '收集时间'], true),
    f('ownerName', F.serviceIssue.ownerId, 'text', ['办理人', '负责人', '包联领导']),
    f('dueOn', F.serviceIssue.dueOn, 'date', ['完成时限', '时限']),
    f('status', '办理状态', 'issueStatus', ['状态', '办理情况', '是否办结', '进展']),
    f('resolution', '办理结果', 'note', ['办结情况', '解决情况', '处理结果']),
    f('closedOn', '办结日期', 'date', ['办结时间', '完成时间']),
  ],
};

/** Columns that are never imported but mark a header row (序号 …). */
export const IGNORED_HEADERS = ['序号', '编号', 'no', 'no.', '行号', '排名'];
