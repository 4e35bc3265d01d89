// Projects laid out like a real pipeline (many leads and first contacts, fewer signatures,
// fewer still in production, about 8% dropped), with their stage history and arrived money.
import type { ProjectStage } from '@contract/projects/pipelineStages';
import { PARKS, SOURCE_CHANNELS, projectPlan } from './catalog';
import { BatchInsert, type CompanyRef, type Ctx, type ProjectRef, type StaffRef } from './context';
import { ARRIVED_SHARE, STAGE_WEIGHTS, arrivals, isAfterSigning, timeline } from './pipeline';
import { addDays, roundTo, stampOn, WAN, YI } from './random';
import { DROP_REASONS, FOLLOW_UP_NOTES } from './text';
import { sortKey } from '../shared/sortKey';

export interface Owners {
  /** Members of each squad / task force by team id. */
  byTeam: Map<number, StaffRef[]>;
  squads: number[];
  forceByChain: Map<string, number>;
}

export function planProject(ctx: Ctx, company: CompanyRef, owners: Owners, id: number): ProjectRef {
  const { rng, today } = ctx;
  const stage = rng.weighted(STAGE_WEIGHTS);
  const path = timeline(rng, today, stage);
  const last = path[path.length - 1] as { stage: ProjectStage; on: string };
  const on = (s: ProjectStage): string | null => path.find((x) => x.stage === s)?.on ?? null;
  const big = company.tier === 'global500' || company.tier === 'china500' || company.tier === 'soe';
  const { title, planned } = projectPlan(rng, company.chain, big);
  const signed = on('signed');
  const contract = signed ? roundTo(planned * (0.8 + rng.next() * 0.45), 100 * WAN) : null;
  const live = stage !== 'dropped';

  let money: [string, number][] = [];
  const registered = on('registered');
  if (contract && live && registered) {
    const share = ARRIVED_SHARE[stage] ?? 0;
    if (share > 0 && (stage !== 'registered' || rng.chance(0.4))) {
      money = arrivals(rng, {
        contract,
        from: on('started') ?? registered,
        to: today,
        share: share * (0.7 + rng.next() * 0.5),
      });
    }
  }
  let keyLevel: ProjectRef['keyLevel'] = null;
  if (contract && live && contract >= 10 * YI)
    keyLevel = rng.weighted([
      ['province', 35],
      ['city', 45],
      [null, 20],
    ]);
  else if (contract && live && contract >= 3 * YI && rng.chance(0.4)) keyLevel = 'city';
  const year = today.slice(0, 4);
  const thisYear = money.filter(([d]) => d.startsWith(year)).reduce((a, [, v]) => a + v, 0);
  const annualPlan =
    keyLevel && contract
      ? roundTo(
          Math.max(contract * (0.15 + rng.next() * 0.2), thisYear / (0.45 + rng.next() * 0.45)),
          100 * WAN,
        )
      : null;

  const useForce = owners.forceByChain.get(company.chain.name);
  const teamId = useForce !== undefined && rng.chance(0.25) ? useForce : rng.pick(owners.squads);
  const owner = rng.pick(owners.byTeam.get(teamId) ?? ctx.staff);
  const open = live && (!isAfterSigning(stage) || (stage !== 'full' && rng.chance(0.5)));
  // Most follow-ups are still ahead; about one in ten has slipped past its day by a week or two.
  const dueIn = rng.chance(0.1) ? -rng.int(1, 14) : rng.int(0, 40);
  const followUpOn = open && rng.chance(0.9) ? maxDate(addDays(today, dueIn), addDays(last.on, 1)) : null;
  const industrial = rng.chance(0.88);

  return {
    id,
    company,
    name: `${company.short}${title}`,
    stage,
    path,
    endOn: live ? today : last.on,
    dropReason: live ? null : rng.pick(DROP_REASONS),
    planned,
    contract,
    keyLevel,
    annualPlan,
    arrivals: money,
    isIndustrial: industrial,
    site: signed
      ? `${rng.pick(PARKS)}${rng.pick(['A', 'B', 'C', 'D'])}区${rng.int(1, 30)}号地块`
      : rng.chance(0.3)
        ? `拟选址${rng.pick(PARKS)}`
        : null,
    landMu: signed && industrial ? Math.round(rng.logUniform(15, 400) * 10) / 10 : null,
    ownerId: owner.id,
    ownerName: owner.name,
    teamId,
    sourceChannel: rng.weighted(SOURCE_CHANNELS),
    followUpOn,
    followUpNote: followUpOn ? rng.pick(FOLLOW_UP_NOTES) : null,
    notes: rng.chance(0.15)
      ? rng.pick(['企业为链主企业配套供应商', '市领导重点关注项目', '需争取省级用地指标', '由乡贤推荐'])
      : null,
  };
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);

export function insertProjects(ctx: Ctx): void {
  const { db, rng } = ctx;
  const project = new BatchInsert(
    db,
    'projects',
    'id name name_sort company_id stage stage_since drop_reason industry chain source_channel planned_amount contract_amount key_level annual_plan_amount completed_amount is_industrial site land_mu owner_id team_id first_contact_on signed_on registered_on started_on produced_on full_on dropped_on next_follow_up_on next_follow_up_note notes created_at updated_at',
  );
  const history = new BatchInsert(
    db,
    'project_stage_history',
    'project_id from_stage to_stage changed_on reason actor created_at',
  );
  const arrival = new BatchInsert(
    db,
    'investment_arrivals',
    'project_id arrived_on amount note created_at updated_at',
  );
  const year = ctx.today.slice(0, 4);
  for (const p of ctx.projects) {
    const on = (s: ProjectStage): string | null => p.path.find((x) => x.stage === s)?.on ?? null;
    const since = (p.path[p.path.length - 1] as { on: string }).on;
    const created = stampOn(rng, (p.path[0] as { on: string }).on);
    const updated = stampOn(rng, since);
    const completed = p.keyLevel
      ? p.arrivals.filter(([d]) => d.startsWith(year)).reduce((a, [, v]) => a + v, 0)
      : null;
    project.add(
      p.id,
      p.name,
      sortKey(p.name),
      p.company.id,
      p.stage,
      since,
      p.dropReason,
      p.company.industry,
      p.company.chain.name,
      p.sourceChannel,
      p.planned,
      p.contract,
      p.keyLevel,
      p.annualPlan,
      completed,
      p.isIndustrial ? 1 : 0,
      p.site,
      p.landMu,
      p.ownerId,
      p.teamId,
      on('contact'),
      on('signed'),
      on('registered'),
      on('started'),
      on('producing'),
      on('full'),
      on('dropped'),
      p.followUpOn,
      p.followUpNote,
      p.notes,
      created,
      updated,
    );
    let from: ProjectStage | null = null;
    for (const step of p.path) {
      const reason = step.stage === 'dropped' ? p.dropReason : null;
      history.add(p.id, from, step.stage, step.on, reason, p.ownerName, stampOn(rng, step.on));
      from = step.stage;
    }
    for (const [d, amount] of p.arrivals) {
      const stamp = stampOn(rng, d);
      arrival.add(
        p.id,
        d,
        amount,
        rng.chance(0.3) ? rng.pick(['设备款', '土建投资', '注册资本金到位', '厂房装修']) : null,
        stamp,
        stamp,
      );
    }
    ctx.progress.add(1 + p.path.length + p.arrivals.length);
  }
  project.flush();
  history.flush();
  arrival.flush();
}

/**
 * A company's later projects stay with the team that brought the first one, as offices work;
 * about one in 25 goes to another team anyway — the 撞单 the office then has to settle. Decided
 * from the project id rather than the random stream, so the rest of the demo stays as it was.
 */
export function oneTeamPerCompany(plans: ProjectRef[], owners: Owners): void {
  const first = plans[0];
  if (!first) return;
  for (const p of plans.slice(1)) {
    if (p.id % 25 === 0 || p.teamId === first.teamId) continue;
    const members = owners.byTeam.get(first.teamId as number) ?? [];
    const owner = members[p.id % Math.max(1, members.length)];
    if (!owner) continue;
    p.teamId = first.teamId;
    p.ownerId = owner.id;
    p.ownerName = owner.name;
  }
}
