import type { Db } from '../../../main/db/open';
import { changeStage, createProject } from '../../../main/domain/projects';
import { setTarget } from '../../../main/domain/targets';
import { freshDb } from '../testDb';

/**
 * A hand-built ledger of 谷城开发区, 2021, shaped after the seeds' report ("到5月31日提前一个月
 * 实现双过半"): on 31 May, 20 signings with 84.57亿 of contracts, 19 of them 亿元以上, 35.8亿
 * arrived, 5 trips, 232 visitor person-times. Every figure the tests expect is worked out by
 * hand in the comments below, never computed by the code under test.
 */
export const YI = 100_000_000;
export const actor = { name: '办公室' };

export interface Gucheng {
  db: Db;
  teamA: number;
  teamB: number;
  memberA: number;
  memberB: number;
  leaderA: number;
  /** 在谈 5亿元 project (洽谈, team A), for the 终止 test. */
  talks5yi: number;
  /** Projects by their number in the list below (#1 …). */
  p: Record<number, number>;
}

const NOW = '2021-01-01T00:00:00.000Z';

export function gucheng2021(): Gucheng {
  const db = freshDb();
  const run = (sql: string, ...args: unknown[]): number =>
    Number(db.prepare(sql).run(...args).lastInsertRowid);
  const team = (name: string, kind = 'squad'): number =>
    run(`INSERT INTO teams (name, kind, created_at, updated_at) VALUES (?, ?, ?, ?)`, name, kind, NOW, NOW);
  const teamA = team('招商一分队');
  const teamB = team('招商二分队');
  const office = team('办公室', 'office');
  const staff = (name: string, role: string, teamId: number): number =>
    run(
      `INSERT INTO staff (name, role, team_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      name,
      role,
      teamId,
      NOW,
      NOW,
    );
  const leaderA = staff('梁主任', 'leader', teamA);
  const memberA = staff('赵专员', 'member', teamA);
  const memberB = staff('钱专员', 'member', teamB);
  staff('孙专员', 'commissioner', office);
  const company = (name: string, hq: number | null): number =>
    run(
      `INSERT INTO companies (name, name_key, hq_adcode, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      name,
      name,
      hq,
      NOW,
      NOW,
    );
  const cHz = company('杭州海康威视数字技术股份有限公司', 330100);
  const cYy = company('余姚兰山机电有限公司', 330281);
  const cSh = company('上海光镀智造有限公司', 310115);
  const cWh = company('湖北华鑫光电有限公司', 420100);

  const p: Record<number, number> = {};
  const add = (n: number, fields: Record<string, unknown>): void => {
    p[n] = createProject(db, actor, { name: `项目${n}`, ...fields }).id;
  };
  const signed = (
    n: number,
    yi: number,
    signedOn: string,
    teamId: number,
    more: Record<string, unknown> = {},
  ): void =>
    add(n, {
      stage: 'signed',
      stageSince: signedOn,
      signedOn,
      contractAmount: Math.round(yi * YI),
      teamId,
      ownerId: teamId === teamA ? memberA : memberB,
      companyId: cHz,
      isIndustrial: true,
      ...more,
    });

  // Signed Jan–May 2021: 20 projects, 84.57亿; 19 of ≥ 1亿; ≥ 5亿 industrial: #2 #3 #4 #5 = 4.
  signed(1, 12, '2021-01-15', teamB, { isIndustrial: false, industry: '文旅', companyId: cSh });
  signed(2, 10, '2021-02-20', teamA, {
    industry: '电子信息',
    firstContactOn: '2020-12-28', // 54 days to signing
    stage: 'started',
    stageSince: '2021-04-01',
    startedOn: '2021-04-01', // 40 days after signing
  });
  signed(3, 8, '2021-03-10', teamB, {
    industry: '精密装备',
    companyId: cYy,
    stage: 'started',
    stageSince: '2021-05-20',
    startedOn: '2021-05-20', // 71 days after signing
  });
  signed(4, 6, '2021-03-25', teamA, {
    industry: '新能源新材料',
    companyId: cWh,
    firstContactOn: '2020-10-01',
  }); // 175 days
  signed(5, 5, '2021-05-31', teamA, { industry: '电子信息' }); // exactly 5亿, on the statistics day
  signed(6, 1, '2021-04-08', teamA, { industry: '电子信息', firstContactOn: '2021-01-08' }); // exactly 1亿; 90 days
  const dates = [
    '01-10',
    '01-25',
    '02-05',
    '02-18',
    '03-03',
    '03-18',
    '04-02',
    '04-15',
    '04-28',
    '05-06',
    '05-12',
    '05-25',
  ];
  dates.forEach((d, i) => {
    const n = 7 + i;
    const a = i % 2 === 0; // #7 #9 … team A (智能制造), #8 #10 … team B (数字化供应链)
    signed(n, 3.2, `2021-${d}`, a ? teamA : teamB, { industry: a ? '智能制造' : '数字化供应链' });
  });
  // #7 went on to produce: signed 10 Jan, started 1 Mar (50 days), produced 9 Jun (150 days).
  db.prepare(
    `UPDATE projects SET stage = 'producing', stage_since = '2021-06-09', started_on = '2021-03-01',
       produced_on = '2021-06-09' WHERE id = ?`,
  ).run(p[7]);
  signed(19, 3.18, '2021-05-10', teamA, { industry: '智能制造', firstContactOn: '2021-06-01' }); // reversed dates
  signed(20, 0.99, '2021-02-02', teamA, { companyId: null }); // below 1亿, no industry, no company

  // Edges and exclusions.
  signed(21, 2, '2020-12-31', teamA); // 2020 only
  signed(22, 4, '2021-12-31', teamA); // counts in 2021, after 31 May
  signed(23, 3, '2021-03-01', teamA); // signed, then dropped on 10 Apr: not counted
  changeStage(db, actor, { id: p[23], stage: 'dropped', on: '2021-04-10', reason: '企业资金链断裂' });
  signed(24, 2, '2021-06-15', teamB); // after 31 May, before 30 June

  // In talks today: #25 #26 #27 (洽谈) and #28 (考察) of ≥ 1亿: 4 projects, 11亿.
  const talks = (n: number, stage: string, yi: number, teamId: number, more: Record<string, unknown> = {}) =>
    add(n, {
      stage,
      stageSince: '2021-03-01',
      plannedAmount: Math.round(yi * YI),
      teamId,
      ownerId: teamId === teamA ? memberA : memberB,
      ...more,
    });
  talks(25, 'negotiating', 2, teamA, { industry: '电子信息', nextFollowUpOn: '2021-05-20' });
  talks(26, 'negotiating', 5, teamA, { industry: '新能源新材料', stageSince: '2021-02-01' });
  talks(27, 'negotiating', 1, teamA, { industry: '电子信息', nextFollowUpOn: '2021-06-10' });
  talks(28, 'visit', 3, teamB, { industry: '精密装备' });
  talks(29, 'contact', 10, teamB); // too early to count
  talks(30, 'negotiating', 0.5, teamB); // below 1亿
  talks(31, 'dropped', 8, teamA, { stageSince: '2020-11-01', dropReason: '选址未落实' });

  // Arrivals: 20 + 10.8 + 5 = 35.8亿 by 31 May; 5亿 more on 1 June; 1亿 in 2020.
  const arrival = (project: number, on: string, yi: number) =>
    run(
      `INSERT INTO investment_arrivals (project_id, arrived_on, amount, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      project,
      on,
      Math.round(yi * YI),
      NOW,
      NOW,
    );
  arrival(p[2] as number, '2021-02-10', 20);
  arrival(p[3] as number, '2021-04-20', 10.8);
  arrival(p[4] as number, '2021-05-31', 5);
  arrival(p[4] as number, '2021-06-01', 5);
  arrival(p[21] as number, '2020-12-31', 1);

  // Trips: 5 by 31 May (A: 3, B: 2); a cancelled one and one in June do not count then.
  const trip = (teamId: number, startsOn: string, endsOn: string, status: string): number =>
    run(
      `INSERT INTO trips (title, team_id, starts_on, ends_on, status, created_at, updated_at)
       VALUES ('外出招商', ?, ?, ?, ?, ?, ?)`,
      teamId,
      startsOn,
      endsOn,
      status,
      NOW,
      NOW,
    );
  trip(teamA, '2021-01-12', '2021-01-15', 'done');
  trip(teamA, '2021-03-05', '2021-03-08', 'done');
  trip(teamA, '2021-05-19', '2021-05-26', 'done');
  const tripB = trip(teamB, '2021-04-10', '2021-04-12', 'done');
  trip(teamB, '2021-05-30', '2021-06-02', 'ongoing');
  trip(teamA, '2021-02-01', '2021-02-03', 'cancelled');
  trip(teamB, '2021-06-02', '2021-06-05', 'planned');

  // Companies visited by 31 May: 杭州 (twice), 余姚, 武汉 (through its project), 上海 (a done trip
  // visit without its record) = 4; team A 2 (杭州, 余姚), team B 2 (武汉, 上海).
  const meeting = (
    kind: string,
    on: string,
    companyId: number | null,
    projectId: number | null,
    staffId: number,
  ) => {
    const id = run(
      `INSERT INTO interactions (company_id, project_id, kind, occurred_on, summary, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, '拜访企业', '测试', ?, ?)`,
      companyId,
      projectId,
      kind,
      on,
      NOW,
      NOW,
    );
    run(`INSERT INTO interaction_staff (interaction_id, staff_id) VALUES (?, ?)`, id, staffId);
  };
  meeting('visit_out', '2021-05-21', cHz, null, leaderA);
  meeting('visit_out', '2021-05-22', cHz, null, memberA);
  meeting('visit_out', '2021-05-20', cYy, null, memberA);
  meeting('visit_out', '2021-03-06', null, p[4] as number, memberB);
  meeting('call', '2021-04-01', cSh, null, memberA); // a call is not a visit
  meeting('visit_out', '2020-12-30', cSh, null, memberA); // last year
  const stop = run(
    `INSERT INTO trip_stops (trip_id, seq, adcode, place_name, arrive_on, created_at, updated_at)
     VALUES (?, 0, 310115, '上海', '2021-04-10', ?, ?)`,
    tripB,
    NOW,
    NOW,
  );
  run(
    `INSERT INTO stop_visits (stop_id, company_id, planned_on, status, created_at, updated_at)
     VALUES (?, ?, '2021-04-11', 'done', ?, ?)`,
    stop,
    cSh,
    NOW,
    NOW,
  );
  run(
    `INSERT INTO stop_visits (stop_id, company_id, planned_on, status, created_at, updated_at)
     VALUES (?, ?, '2021-04-11', 'planned', ?, ?)`,
    stop,
    cWh,
    NOW,
    NOW,
  );

  // Receptions: 100 + 90 + 42 = 232 person-times by 31 May (A 142, B 90); 10 more in June.
  const reception = (on: string, headcount: number, hostId: number) =>
    run(
      `INSERT INTO receptions (starts_on, ends_on, delegation, headcount, host_id, created_at, updated_at)
       VALUES (?, ?, '考察团', ?, ?, ?, ?)`,
      on,
      on,
      headcount,
      hostId,
      NOW,
      NOW,
    );
  reception('2021-01-20', 100, leaderA);
  reception('2021-03-15', 90, memberB);
  reception('2021-05-31', 42, memberA);
  reception('2021-06-05', 10, memberA);

  // 企业诉求: by 31 May 4 received, 3 closed (75%); the 4th closes on 10 June; a 5th in June stays open.
  const issue = (reportedOn: string, closedOn: string | null) =>
    run(
      `INSERT INTO service_issues (company_id, project_id, category, description, reported_on, status, resolution,
         closed_on, created_at, updated_at)
       VALUES (?, ?, 'power', '临时用电', ?, ?, ?, ?, ?, ?)`,
      cHz,
      p[2],
      reportedOn,
      closedOn ? 'closed' : 'open',
      closedOn ? '已协调供电公司' : null,
      closedOn,
      NOW,
      NOW,
    );
  issue('2021-02-01', '2021-02-20');
  issue('2021-03-01', '2021-03-15');
  issue('2021-04-01', '2021-05-31');
  issue('2021-05-10', '2021-06-10');
  issue('2021-06-20', null);

  // Office targets for 2021 such that 84.57亿 = 114%, 35.8亿 = 53%, 19 = 79%.
  const target = (indicator: string, value: number, teamId?: number) =>
    setTarget(db, actor, { year: 2021, indicator, value, ...(teamId ? { teamId } : {}) });
  target('contractAmount', Math.round(74.2 * YI));
  target('arrivedAmount', Math.round(67.5 * YI));
  target('newBigProjects', 24);
  target('negotiatingBigAmount', 10 * YI);
  target('trips', 12);
  target('serviceClosureRate', 9500);
  target('contractAmount', 40 * YI, teamA);
  target('contractAmount', 30 * YI, teamB);
  target('contractAmount', 60 * YI, office); // an office team with a target joins the ranking

  return { db, teamA, teamB, memberA, memberB, leaderA, talks5yi: p[26] as number, p };
}
