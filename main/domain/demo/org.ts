// Our own side: the squads (招商分队), chain task forces (产业链专班), the office, and the people
// in them, led the way the seeds describe (zone leaders each take a squad; city leaders lead trips).
import { CHAINS } from './catalog';
import { nextId, type Ctx, type StaffRef, type TeamRef } from './context';
import { mobile, personName } from './names';
import { addDays, stampOn } from './random';
import { sortKey } from '../shared/sortKey';

const SQUAD_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SQUAD_REGIONS = [
  '长三角',
  '珠三角',
  '京津冀',
  '中部地区',
  '成渝地区',
  '山东半岛',
  '海峡西岸',
  '东北地区',
];
// prettier-ignore
const ZONE_LEADER_TITLES = ['党工委书记、管委会主任', '管委会常务副主任', '管委会副主任', '党工委副书记', '管委会副主任', '党工委委员、副主任'];

export function makeOrg(ctx: Ctx): void {
  const { db, rng, plan } = ctx;
  // The office was set up before any of the demo's projects began.
  const created = stampOn(rng, addDays(ctx.today, -5 * 365));
  const taken = new Set(
    (db.prepare(`SELECT name FROM teams`).all() as { name: string }[]).map((r) => r.name),
  );
  // A hand-made team of the same name stays; the demo one is told apart rather than merged.
  const uniqueName = (name: string): string => (taken.has(name) ? `${name}（演示）` : name);

  const insertTeam = db.prepare(
    `INSERT INTO teams (id, name, name_sort, kind, region, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  let teamId = nextId(db, 'teams');
  const addTeam = (
    name: string,
    kind: TeamRef['kind'],
    region: string | null,
    chain: string | null,
  ): TeamRef => {
    const team: TeamRef = { id: teamId++, name: uniqueName(name), kind, chain };
    insertTeam.run(team.id, team.name, sortKey(team.name), kind, region, created, created);
    ctx.teams.push(team);
    return team;
  };
  const squads = Array.from({ length: plan.squads }, (_, i) =>
    addTeam(`招商${SQUAD_NUMBERS[i]}分队`, 'squad', `${SQUAD_REGIONS[i % SQUAD_REGIONS.length]}战区`, null),
  );
  const forceCount = plan.squads <= 3 ? 2 : plan.squads <= 6 ? 4 : CHAINS.length;
  const forces = CHAINS.slice(0, forceCount).map((c) =>
    addTeam(`${c.name}产业链专班`, 'taskforce', null, c.name),
  );
  const office = addTeam('招商局办公室', 'office', null, null);

  const insertStaff = db.prepare(
    `INSERT INTO staff (id, name, name_sort, title, role, leader_level, team_id, mobile, email, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  let staffId = nextId(db, 'staff');
  const addStaff = (
    title: string,
    role: StaffRef['role'],
    level: StaffRef['leaderLevel'],
    team: TeamRef | null,
  ): StaffRef => {
    const s: StaffRef = {
      id: staffId++,
      name: personName(rng),
      role,
      leaderLevel: level,
      teamId: team?.id ?? null,
    };
    const email = rng.chance(0.5) ? `zs${String(s.id).padStart(3, '0')}@gckfq.gov.cn` : null;
    insertStaff.run(
      s.id,
      s.name,
      sortKey(s.name, true),
      title,
      role,
      level,
      s.teamId,
      mobile(rng),
      email,
      created,
      created,
    );
    ctx.staff.push(s);
    return s;
  };

  addStaff('市委副书记', 'leader', 'city', null);
  addStaff('副市长', 'leader', 'city', null);
  const setLeader = db.prepare(`UPDATE teams SET leader_id = ? WHERE id = ?`);
  // Each squad and task force is led by a zone leader (领导包联): the first leaders double up.
  const units = [...squads, ...forces];
  const zoneLeaders: StaffRef[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(units.length / 2)); i++) {
    zoneLeaders.push(
      addStaff(ZONE_LEADER_TITLES[i % ZONE_LEADER_TITLES.length] as string, 'leader', 'zone', null),
    );
  }
  units.forEach((team, i) => {
    const leader = zoneLeaders[i % zoneLeaders.length] as StaffRef;
    setLeader.run(leader.id, team.id);
    if (leader.teamId === null) {
      leader.teamId = team.id;
      db.prepare(`UPDATE staff SET team_id = ? WHERE id = ?`).run(team.id, leader.id);
    }
  });
  for (const squad of squads) {
    addStaff('分队长', 'member', null, squad);
    for (let i = 1; i < plan.membersPerTeam; i++)
      addStaff(rng.pick(['招商专员', '招商专员', '驻外招商专员', '项目专员']), 'member', null, squad);
  }
  for (const force of forces) {
    addStaff('专班联络员', 'member', null, force);
    addStaff('服务专员', 'commissioner', null, force);
  }
  for (let i = 0; i < Math.max(2, plan.squads); i++) addStaff('企业服务专员', 'commissioner', null, null);
  const head = addStaff('办公室主任', 'office', null, office);
  setLeader.run(head.id, office.id);
  addStaff('综合文员', 'office', null, office);
  ctx.progress.add(ctx.staff.length + ctx.teams.length);
}
