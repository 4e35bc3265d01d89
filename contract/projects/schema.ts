import { FIELD_NAMES as F } from '../shared/glossary';
import { z } from 'zod';
import {
  enumOf,
  flag,
  id,
  isoDate,
  optionalDate,
  optionalId,
  optionalText,
  optionalYuan,
  requiredText,
  yuan,
} from '../shared/fields';
import { PROJECT_STAGES, type ProjectStage } from './pipelineStages';

export const KEY_LEVELS = ['province', 'city'] as const;
export type KeyLevel = (typeof KEY_LEVELS)[number];
export const KEY_LEVEL_LABELS: Record<KeyLevel, string> = { province: '省重点', city: '市重点' };

const landMu = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.number({ error: '用地面积应为数字' }).min(0, '用地面积不能为负数').max(1e7, '用地面积过大').nullable(),
);

/** Fields a form edits freely. Stage and its date move only through changeStage. */
export const projectFields = {
  name: requiredText('项目名称', 100),
  companyId: optionalId('企业'),
  industry: optionalText('行业', 50),
  chain: optionalText('产业链', 50),
  sourceChannel: optionalText('信息来源', 50),
  plannedAmount: optionalYuan('计划投资'),
  contractAmount: optionalYuan('合同投资额'),
  keyLevel: enumOf(KEY_LEVELS, '重点项目级别').nullable().optional(),
  annualPlanAmount: optionalYuan('年度计划投资'),
  completedAmount: optionalYuan('已完成投资'),
  isIndustrial: flag(),
  site: optionalText('选址', 200),
  landMu: landMu.optional(),
  ownerId: optionalId('负责人'),
  teamId: optionalId(F.project.teamId),
  firstContactOn: optionalDate('首次接洽日期'),
  signedOn: optionalDate('签约日期'),
  registeredOn: optionalDate('注册日期'),
  startedOn: optionalDate('开工日期'),
  producedOn: optionalDate('投产日期'),
  fullOn: optionalDate('达产日期'),
  nextFollowUpOn: optionalDate('下次跟进日期'),
  nextFollowUpNote: optionalText('跟进事项', 500),
  notes: optionalText('备注', 4000),
};

export const stageField = enumOf(PROJECT_STAGES, '项目阶段');

/** A project already under way when it is first entered may start at a later stage. */
export const projectCreate = z.strictObject({
  ...projectFields,
  stage: stageField.optional(),
  stageSince: optionalDate('阶段开始日期'),
  dropReason: optionalText('终止原因', 500),
});
export type ProjectCreate = z.input<typeof projectCreate>;

export const projectUpdate = z.strictObject({
  id: id('项目编号'),
  patch: z.strictObject(projectFields).partial(),
});
export type ProjectUpdate = z.input<typeof projectUpdate>;

export const stageChange = z.strictObject({
  id: id('项目编号'),
  stage: stageField,
  on: optionalDate('变更日期'),
  reason: optionalText('原因', 500),
  /** Moving to 签约: the amount signed, unless the project already has one. */
  contractAmount: optionalYuan('合同投资额'),
  /** Moving to 签约 with no amount yet: said on purpose, kept in the stage history. */
  contractAmountUnknown: flag(),
});
export type StageChange = z.input<typeof stageChange>;

export const arrivalCreate = z.strictObject({
  projectId: id('项目编号'),
  arrivedOn: isoDate('到资日期'),
  amount: yuan('到资金额').min(1, '到资金额应大于0'),
  note: optionalText('说明', 500),
});
export type ArrivalCreate = z.input<typeof arrivalCreate>;

export interface Project {
  id: number;
  name: string;
  companyId: number | null;
  stage: ProjectStage;
  stageSince: string;
  dropReason: string | null;
  industry: string | null;
  chain: string | null;
  sourceChannel: string | null;
  plannedAmount: number | null;
  contractAmount: number | null;
  keyLevel: KeyLevel | null;
  annualPlanAmount: number | null;
  completedAmount: number | null;
  isIndustrial: boolean;
  site: string | null;
  landMu: number | null;
  ownerId: number | null;
  teamId: number | null;
  firstContactOn: string | null;
  signedOn: string | null;
  registeredOn: string | null;
  startedOn: string | null;
  producedOn: string | null;
  fullOn: string | null;
  droppedOn: string | null;
  nextFollowUpOn: string | null;
  nextFollowUpNote: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A grid row and the detail view: names of what the ids point at, plus computed figures. */
export interface ProjectRow extends Project {
  companyName: string | null;
  ownerName: string | null;
  teamName: string | null;
  /** Whole local days since the current stage began. */
  daysInStage: number;
  /** Sum of recorded actual investment (实到投资), yuan. */
  arrivedAmount: number;
}

export interface StageHistoryEntry {
  id: number;
  projectId: number;
  fromStage: ProjectStage | null;
  toStage: ProjectStage;
  changedOn: string;
  reason: string | null;
  actor: string;
  createdAt: string;
}

export interface Arrival {
  id: number;
  projectId: number;
  arrivedOn: string;
  amount: number;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}
