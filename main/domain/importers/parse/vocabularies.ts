import type { CompanyTier } from '@contract/companies/schema';
import type { InteractionKind } from '@contract/interactions/kinds';
import type { KeyLevel } from '@contract/projects/schema';
import type { IssueCategory, IssueStatus } from '@contract/serviceIssues/schema';
import type { Vocabulary } from './enums';

// The words behind each code, as they appear in office ledgers. Labels the app itself uses come
// first, so an exported workbook always reads back to the same codes.

export const TIERS: Vocabulary<CompanyTier> = {
  exact: {
    global500: ['世界500强', '世界五百强', '财富500强', 'fortune500'],
    china500: ['中国500强', '中国五百强', '中国企业500强'],
    soe: ['央企/国企', '央企', '国企', '国有企业', '央企子公司', '中央企业', '地方国企'],
    private100: ['民企100强', '民营企业100强', '民营100强'],
    listed: ['上市公司', '上市企业', 'a股上市', '港股上市'],
    specialized: ['专精特新', '专精特新小巨人', '小巨人'],
    other: ['其他', '一般企业', '民营企业', '民企'],
  },
  contains: {
    global500: ['世界500'],
    china500: ['中国500'],
    soe: ['国有', '央企', '国企'],
    listed: ['上市'],
    specialized: ['专精特新'],
  },
};

export const INTERACTION_KINDS_VOCAB: Vocabulary<InteractionKind> = {
  exact: {
    call: ['电话', '电话沟通', '电话联系', '致电', '电话洽谈'],
    visit_out: ['走访', '上门拜访', '拜访', '外出拜访', '登门拜访', '走访企业'],
    visit_in: ['来访考察', '来访', '考察', '实地考察', '来谷考察', '来我区考察'],
    promotion: ['推介会', '招商推介会', '推介', '招商会'],
    signing: ['签约仪式', '签约', '集中签约'],
    breakfast: ['早餐会'],
    tea: ['下午茶'],
    salon: ['夜沙龙', '沙龙'],
    meeting: ['会谈', '座谈', '座谈会', '洽谈', '面谈', '会议', '协调会', '项目协调会'],
    online: ['视频会议', '视频', '线上', '网络会议', '腾讯会议'],
    other: ['其他'],
  },
  contains: {
    call: ['电话'],
    visit_in: ['来访', '考察'],
    visit_out: ['走访', '拜访'],
    promotion: ['推介'],
    signing: ['签约'],
    online: ['视频', '线上'],
    meeting: ['座谈', '会谈', '洽谈'],
  },
};

export const ISSUE_CATEGORIES_VOCAB: Vocabulary<IssueCategory> = {
  exact: {
    water: ['水', '供水', '用水', '排水', '给排水', '污水'],
    power: ['电', '供电', '用电', '电力', '电网'],
    road: ['路', '道路', '交通', '修路'],
    network: ['网', '网络', '通信', '宽带', '5g', '光纤'],
    approval: ['审批', '手续', '证照', '办证', '许可', '规划', '土地', '用地', '环评', '报建'],
    labour: ['用工', '招工', '人才', '人力', '员工'],
    finance: ['融资', '资金', '贷款', '金融', '信贷'],
    other: ['其他'],
  },
  contains: {
    water: ['供水', '用水', '排水', '污水'],
    power: ['供电', '用电', '电力', '停电', '电价', '变电'],
    road: ['道路', '修路', '路灯', '交通'],
    network: ['网络', '宽带', '通信', '信号'],
    approval: ['审批', '手续', '证', '许可', '规划', '用地', '环评'],
    labour: ['用工', '招工', '人才', '员工', '工人'],
    finance: ['融资', '贷款', '资金'],
  },
};

export const ISSUE_STATUSES_VOCAB: Vocabulary<IssueStatus> = {
  exact: {
    open: ['待办', '未办结', '未解决', '未办理', '待办理', '未启动', '新增'],
    in_progress: ['办理中', '正在办理', '推进中', '跟进中', '协调中', '处理中', '部分解决'],
    closed: ['已办结', '办结', '已解决', '已完成', '完成', '解决'],
  },
  contains: { open: ['未办', '未解决'], closed: ['办结', '已解决'], in_progress: ['办理中', '推进', '协调'] },
};

export const KEY_LEVELS_VOCAB: Vocabulary<KeyLevel> = {
  exact: {
    province: ['省重点', '省级重点', '省重点项目', '省级重点项目', '省'],
    city: ['市重点', '市级重点', '市重点项目', '市级重点项目', '市'],
  },
  contains: { province: ['省重点', '省级'], city: ['市重点', '市级'] },
};
