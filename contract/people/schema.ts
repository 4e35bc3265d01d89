import { z } from 'zod';
import { emailField, mobileField } from '../contacts/schema';
import { enumOf, flag, id, optionalId, optionalText, requiredText } from '../shared/fields';

export const STAFF_ROLES = ['leader', 'member', 'commissioner', 'office'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  leader: '带队领导',
  member: '招商专员',
  commissioner: '服务专员',
  office: '办公室',
};

// The level decides how many outbound trips a leader owes per year (city 6, zone 12).
export const LEADER_LEVELS = ['city', 'county', 'zone'] as const;
export type LeaderLevel = (typeof LEADER_LEVELS)[number];
export const LEADER_LEVEL_LABELS: Record<LeaderLevel, string> = {
  city: '市级',
  county: '县级',
  zone: '园区级',
};

export const TEAM_KINDS = ['squad', 'taskforce', 'office', 'bureau'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];
export const TEAM_KIND_LABELS: Record<TeamKind, string> = {
  squad: '招商小分队',
  taskforce: '项目专班',
  office: '办公室',
  bureau: '招商局',
};

export const staffFields = {
  name: requiredText('姓名', 50),
  title: optionalText('职务', 50),
  role: enumOf(STAFF_ROLES, '角色').optional(),
  leaderLevel: enumOf(LEADER_LEVELS, '领导级别').nullable().optional(),
  teamId: optionalId('所属团队'),
  mobile: mobileField('手机'),
  email: emailField('邮箱'),
  active: flag(),
};

export const staffCreate = z.strictObject(staffFields);
export type StaffCreate = z.input<typeof staffCreate>;
export const staffUpdate = z.strictObject({
  id: id('人员编号'),
  patch: z.strictObject(staffFields).partial(),
});
export type StaffUpdate = z.input<typeof staffUpdate>;

export const teamFields = {
  name: requiredText('团队名称', 50),
  kind: enumOf(TEAM_KINDS, '团队类型').optional(),
  leaderId: optionalId('负责人'),
  region: optionalText('负责区域', 100),
  active: flag(),
};

export const teamCreate = z.strictObject(teamFields);
export type TeamCreate = z.input<typeof teamCreate>;
export const teamUpdate = z.strictObject({ id: id('团队编号'), patch: z.strictObject(teamFields).partial() });
export type TeamUpdate = z.input<typeof teamUpdate>;

export const teamListInput = z.strictObject({
  activeOnly: z.boolean().optional(),
  /** As a search box finds names: Chinese, pinyin or initials (“zsyfd” for 招商一分队). */
  q: z.string().max(200, '搜索内容过长').optional(),
});

export interface Staff {
  id: number;
  name: string;
  title: string | null;
  role: StaffRole;
  leaderLevel: LeaderLevel | null;
  teamId: number | null;
  mobile: string | null;
  email: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StaffRow extends Staff {
  teamName: string | null;
}

export interface Team {
  id: number;
  name: string;
  kind: TeamKind;
  leaderId: number | null;
  region: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TeamRow extends Team {
  leaderName: string | null;
  memberCount: number;
}
