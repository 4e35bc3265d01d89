import type { Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createContact } from '../../../main/domain/contacts';
import { createInteraction } from '../../../main/domain/interactions';
import { createStaff, createTeam } from '../../../main/domain/people';
import { changeStage, createProject } from '../../../main/domain/projects';
import { createArrival } from '../../../main/domain/projects/arrivals';
import { createReception } from '../../../main/domain/receptions';
import { closeServiceIssue, createServiceIssue } from '../../../main/domain/serviceIssues';
import { creditCodeCheckChar } from '@contract/shared/creditCode';
import { setTarget } from '../../../main/domain/targets';
import { addEvent, addStop, addVisit, createTrip, updateVisit } from '../../../main/domain/trips';
import { freshDb } from '../testDb';

/**
 * A small ledger of 谷城开发区 built by hand, with every figure the report tests expect worked
 * out in the comments, never by the code under test. The week of the weekly report is Monday
 * 20 May – Sunday 26 May 2024.
 */
export const YI = 100_000_000;
export const WAN = 10_000;
export const WEEK = { from: '2024-05-20', to: '2024-05-26' };
export const actor = { name: '办公室' };

const FIRST17 = '91330106MA2H2T0W6';
export const HIK_CODE = FIRST17 + creditCodeCheckChar(FIRST17);

export interface Ledger {
  db: Db;
  teamA: number;
  teamB: number;
  leader: number;
  hik: number;
  yuyao: number;
  shanghai: number;
  /** 海康 智能制造基地: signed on Tue 21 May 2024, 3亿 contract. */
  hikSigned: number;
  /** 海康 研发中心: entered as a lead on Wed 22 May 2024. */
  hikLead: number;
  trip: number;
}

export function ledger(): Ledger {
  const db = freshDb();
  const teamA = createTeam(db, actor, { name: '招商一分队' }).id;
  const teamB = createTeam(db, actor, { name: '招商二分队' }).id;
  const leader = createStaff(db, actor, { name: '梁主任', role: 'leader', teamId: teamA }).id;
  const member = createStaff(db, actor, { name: '赵专员', teamId: teamA }).id;
  const memberB = createStaff(db, actor, { name: '钱专员', teamId: teamB }).id;

  const hik = createCompany(db, actor, {
    name: '杭州海康威视数字技术股份有限公司',
    creditCode: HIK_CODE,
    industry: '电子信息',
    chain: '智能物联',
    isChainLeader: true,
    tier: 'china500',
    hqAdcode: 330108,
    talkingPoints: '强调园区标准厂房可在三个月内交付',
  }).id;
  const yuyao = createCompany(db, actor, { name: '余姚兰山机电有限公司', hqAdcode: 330281 }).id;
  const shanghai = createCompany(db, actor, { name: '上海光镀智造有限公司', hqAdcode: 310115 }).id;

  createContact(db, actor, { companyId: hik, name: '王经理', title: '投资发展部经理' });
  createContact(db, actor, {
    companyId: hik,
    name: '陈董事长',
    title: '董事长',
    isKey: true,
    mobile: '13800138000',
  });

  // Entered as 洽谈 on 1 March, signed on Tuesday of the week: one stage move and one signing.
  const hikSigned = createProject(db, actor, {
    name: '海康智能制造基地',
    companyId: hik,
    stage: 'negotiating',
    stageSince: '2024-03-01',
    plannedAmount: 5 * YI,
    contractAmount: 3 * YI,
    ownerId: member,
    teamId: teamA,
  }).id;
  changeStage(db, actor, { id: hikSigned, stage: 'signed', on: '2024-05-21' });
  // A new lead on Wednesday, 8000万 planned, follow-up due on 24 May and never done: overdue by Sunday.
  const hikLead = createProject(db, actor, {
    name: '海康研发中心',
    companyId: hik,
    stage: 'lead',
    stageSince: '2024-05-22',
    plannedAmount: 8000 * WAN,
    ownerId: member,
    teamId: teamA,
    nextFollowUpOn: '2024-05-24',
    nextFollowUpNote: '约见投资发展部',
  }).id;
  // Team B's project, signed the week before: not in this week's lists, in the year's figures.
  const yuyaoProject = createProject(db, actor, {
    name: '兰山机电扩产项目',
    companyId: yuyao,
    stage: 'signed',
    stageSince: '2024-05-10',
    signedOn: '2024-05-10',
    contractAmount: 2 * YI,
    teamId: teamB,
    ownerId: memberB,
  }).id;

  // Investment arrived: 5000万 on Friday of the week, 1亿 the week before.
  createArrival(db, actor, {
    projectId: hikSigned,
    arrivedOn: '2024-05-24',
    amount: 5000 * WAN,
    note: '首期',
  });
  createArrival(db, actor, { projectId: yuyaoProject, arrivedOn: '2024-05-15', amount: 1 * YI });

  // Six meetings with 海康: the brief shows the newest three.
  const talks = ['2024-01-10', '2024-02-02', '2024-03-01', '2024-04-12', '2024-05-06', '2024-05-21'];
  talks.forEach((on, i) =>
    createInteraction(db, actor, {
      companyId: hik,
      projectId: hikSigned,
      kind: i === talks.length - 1 ? 'signing' : 'visit_out',
      occurredOn: on,
      summary: `第${i + 1}次洽谈`,
      stickingPoints: i === 4 ? '用地指标需市里协调' : null,
      promises: i === 4 ? '两周内答复用地方案' : null,
      staffIds: [leader],
    }),
  );

  // 诉求: one reported on Monday of the week and still open, one reported earlier and closed on Thursday.
  createServiceIssue(db, actor, {
    companyId: hik,
    category: 'power',
    description: '厂区双回路供电尚未接通',
    reportedOn: '2024-05-20',
    dueOn: '2024-05-25',
    ownerId: member,
  });
  const water = createServiceIssue(db, actor, {
    companyId: yuyao,
    category: 'water',
    description: '工业用水管网压力不足',
    reportedOn: '2024-05-02',
  }).id;
  closeServiceIssue(db, actor, { id: water, resolution: '已协调水务公司增压', closedOn: '2024-05-23' });

  // 接待: 12 visitors on Thursday of the week.
  createReception(db, actor, {
    startsOn: '2024-05-23',
    endsOn: '2024-05-23',
    companyId: shanghai,
    delegation: '上海光镀智造考察团',
    headcount: 12,
    hostId: leader,
  });

  // The trip of the seeds: 宁海 (19 May) → 余姚 (20 May) → 杭州 (21–23 May), home 谷城, back home.
  const trip = createTrip(db, actor, {
    title: '长三角招商考察',
    leaderId: leader,
    memberIds: [member],
    startsOn: '2024-05-18',
    endsOn: '2024-05-24',
    homeAdcode: 420625,
    returnHome: true,
  }).id;
  const ninghai = addStop(db, actor, {
    tripId: trip,
    adcode: 330226,
    placeName: '宁海县',
    arriveOn: '2024-05-19',
    departOn: '2024-05-19',
  }).id;
  const yy = addStop(db, actor, {
    tripId: trip,
    adcode: 330281,
    placeName: '余姚市',
    arriveOn: '2024-05-20',
    departOn: '2024-05-20',
  }).id;
  const hz = addStop(db, actor, {
    tripId: trip,
    adcode: 330100,
    placeName: '杭州市',
    arriveOn: '2024-05-21',
    departOn: '2024-05-23',
  }).id;
  addEvent(db, actor, { stopId: ninghai, kind: 'forum', title: '中国乡村旅游峰会', heldOn: '2024-05-19' });
  addVisit(db, actor, { stopId: yy, companyId: yuyao, plannedOn: '2024-05-20' });
  addVisit(db, actor, { stopId: hz, companyId: hik, plannedOn: '2024-05-22' });
  // 海康 a second time, and 上海光镀 planned then cancelled: neither gets a one-pager of its own.
  addVisit(db, actor, { stopId: hz, companyId: hik, plannedOn: '2024-05-23' });
  const cancelled = addVisit(db, actor, { stopId: hz, companyId: shanghai }).id;
  updateVisit(db, actor, { id: cancelled, patch: { status: 'cancelled' } });

  // 2024 targets: office 合同投资额 10亿 (signed 3亿 + 2亿 = 5亿 → 50%); team A 4亿, team B 1亿.
  setTarget(db, actor, { year: 2024, indicator: 'contractAmount', value: 10 * YI });
  setTarget(db, actor, { year: 2024, indicator: 'contractAmount', teamId: teamA, value: 4 * YI });
  setTarget(db, actor, { year: 2024, indicator: 'contractAmount', teamId: teamB, value: 1 * YI });

  return { db, teamA, teamB, leader, hik, yuyao, shanghai, hikSigned, hikLead, trip };
}
