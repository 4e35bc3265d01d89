import type { Db } from '../../../main/db/open';
import { addStop, createTrip } from '../../../main/domain/trips';
import { freshDb } from '../testDb';

export const actor = { name: '李主任' };

const NOW = '2024-01-01T00:00:00.000Z';

/** Rows other modules own, written with plain SQL so these tests do not depend on those modules. */
export interface World {
  db: Db;
  teamId: number;
  leaderId: number;
  memberIds: [number, number];
  companyId: number;
  otherCompanyId: number;
  projectId: number;
  /** A project whose company is otherCompanyId. */
  otherProjectId: number;
}

export function world(): World {
  const db = freshDb();
  const run = (sql: string, ...args: unknown[]): number =>
    Number(db.prepare(sql).run(...args).lastInsertRowid);
  const teamId = run(
    `INSERT INTO teams (name, created_at, updated_at) VALUES ('第一招商小分队', ?, ?)`,
    NOW,
    NOW,
  );
  const staff = (name: string, role: string): number =>
    run(
      `INSERT INTO staff (name, role, team_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      name,
      role,
      teamId,
      NOW,
      NOW,
    );
  const leaderId = staff('王主任', 'leader');
  const memberIds: [number, number] = [staff('赵专员', 'member'), staff('钱专员', 'member')];
  const company = (name: string): number =>
    run(
      `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)`,
      name,
      name,
      NOW,
      NOW,
    );
  const companyId = company('海康威视数字技术股份有限公司');
  const otherCompanyId = company('宁波舜宇光电信息有限公司');
  const project = (name: string, owner: number): number =>
    run(
      `INSERT INTO projects (name, company_id, stage, stage_since, created_at, updated_at)
       VALUES (?, ?, 'negotiating', '2024-03-01', ?, ?)`,
      name,
      owner,
      NOW,
      NOW,
    );
  const projectId = project('智能安防产业园项目', companyId);
  const otherProjectId = project('光学模组生产基地', otherCompanyId);
  return { db, teamId, leaderId, memberIds, companyId, otherCompanyId, projectId, otherProjectId };
}

/** The May 2021 route from the seeds: 宁海 → 余姚 → 杭州 → 嘉兴 → 上海. */
export function plannedTrip(w: World) {
  const trip = createTrip(w.db, actor, {
    title: '长三角招商（5月）',
    leaderId: w.leaderId,
    teamId: w.teamId,
    startsOn: '2021-05-19',
    endsOn: '2021-05-26',
    memberIds: [w.memberIds[1], w.memberIds[0], w.memberIds[0]],
  });
  const stop = (placeName: string, adcode: number, arriveOn: string, departOn: string) =>
    addStop(w.db, actor, { tripId: trip.id, adcode, placeName, arriveOn, departOn });
  const stops = [
    stop('宁海', 330226, '2021-05-19', '2021-05-19'),
    stop('余姚', 330281, '2021-05-20', '2021-05-20'),
    stop('杭州', 330100, '2021-05-21', '2021-05-23'),
  ];
  return { trip, stops };
}
