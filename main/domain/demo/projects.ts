// Projects laid out like a real pipeline: many leads and first contacts, fewer signatures,
// fewer still in production, about 8% dropped. Milestones are drawn forward from the lead and
// the whole timeline is then placed so that it ends on or before the reference day.
import type { ProjectStage } from '../projects/stages';
import { PARKS, SOURCE_CHANNELS, projectTitle } from './catalog';
import { BatchInsert, type CompanyRef, type Ctx, type ProjectRef, type StaffRef } from './context';
import { addDays, daysBetween, roundTo, stampOn, WAN, YI, type Rng } from './random';
import { DROP_REASONS, FOLLOW_UP_NOTES } from './text';

const LINE: readonly ProjectStage[] = ['lead', 'contact', 'visit', 'negotiating', 'signed', 'registered', 'started', 'producing', 'full']; // prettier-ignore
const STAGE_WEIGHTS: readonly (readonly [ProjectStage, number])[] = [
  ['lead', 20], ['contact', 18], ['visit', 10], ['negotiating', 14], ['signed', 7],
  ['registered', 5], ['started', 8], ['producing', 7], ['full', 3], ['dropped', 8],
]; // prettier-ignore
/** Days it takes to reach each stage from the one before (contact → signing ≈ 2 months is typical). */
const GAP: Record<ProjectStage, [number, number]> = {
  lead: [0, 0], contact: [3, 45], visit: [7, 60], negotiating: [7, 90], signed: [14, 120],
  registered: [7, 45], started: [20, 120], producing: [90, 300], full: [120, 400], dropped: [15, 180],
}; // prettier-ignore
/** How long a project has sat in its current stage. */
const AGE: Record<ProjectStage, [number, number]> = {
  lead: [0, 120], contact: [0, 120], visit: [0, 90], negotiating: [0, 150], signed: [0, 90],
  registered: [0, 90], started: [0, 300], producing: [0, 400], full: [0, 600], dropped: [0, 500],
}; // prettier-ignore
/** Roughly how much of the contract amount has arrived by each stage. */
const ARRIVED_SHARE: Partial<Record<ProjectStage, number>> = { registered: 0.05, started: 0.3, producing: 0.7, full: 0.92 };
/** No demo timeline starts more than ~4.5 years back. */
const MAX_SPAN = 1650;

const isAfterSigning = (s: ProjectStage): boolean => LINE.indexOf(s) >= LINE.indexOf('signed');

function plannedAmount(rng: Rng, big: boolean): number {
  const band = rng.weighted<[number, number]>([
    [[2000 * WAN, YI], big ? 5 : 30],
    [[YI, 5 * YI], big ? 25 : 38],
    [[5 * YI, 20 * YI], big ? 40 : 22],
    [[20 * YI, 80 * YI], big ? 30 : 10],
  ]);
  return roundTo(rng.logUniform(band[0], band[1]), 100 * WAN);
}

function timeline(rng: Rng, today: string, stage: ProjectStage): { stage: ProjectStage; on: string }[] {
  let stages: ProjectStage[];
  if (stage === 'dropped') {
    const reached = rng.weighted<ProjectStage>([['contact', 30], ['visit', 25], ['negotiating', 40], ['signed', 5]]); // prettier-ignore
    stages = [...LINE.slice(0, LINE.indexOf(reached) + 1), 'dropped'];
  } else {
    stages = LINE.slice(0, LINE.indexOf(stage) + 1);
  }
  const gaps = stages.map((s) => rng.int(...GAP[s]));
  let span = gaps.reduce((a, b) => a + b, 0);
  let age = rng.int(...AGE[stage]);
  if (span + age > MAX_SPAN) {
    age = 0;
    const k = MAX_SPAN / span;
    for (let i = 0; i < gaps.length; i++) gaps[i] = Math.floor((gaps[i] as number) * k);
    span = gaps.reduce((a, b) => a + b, 0);
  }
  let on = addDays(today, -(span + age));
  return stages.map((s, i) => {
    on = addDays(on, gaps[i] as number);
    return { stage: s, on };
  });
}

/** Splits the money that arrived into a few transfers after registration. */
function arrivals(rng: Rng, p: { contract: number; from: string; to: string; share: number }): [string, number][] {
  const total = roundTo(p.contract * p.share, WAN);
  const n = rng.int(1, 5);
  const span = Math.max(0, daysBetween(p.from, p.to));
  const days = Array.from({ length: n }, () => rng.int(0, span)).sort((a, b) => a - b);
  let left = total;
  return days.map((d, i) => {
    const amount = i === n - 1 ? left : roundTo((total / n) * (0.6 + rng.next() * 0.8), WAN);
    left -= amount;
    return [addDays(p.from, d), amount] as [string, number];
  }).filter(([, a]) => a > 0);
}

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
  const planned = plannedAmount(rng, big);
  const signed = on('signed');
  const contract = signed ? roundTo(planned * (0.8 + rng.next() * 0.45), 100 * WAN) : null;
  const live = stage !== 'dropped';

  let money: [string, number][] = [];
  const registered = on('registered');
  if (contract && live && registered) {
    const share = ARRIVED_SHARE[stage] ?? 0;
    if (share > 0 && (stage !== 'registered' || rng.chance(0.4))) {
      money = arrivals(rng, { contract, from: on('started') ?? registered, to: today, share: share * (0.7 + rng.next() * 0.5) }); // prettier-ignore
    }
  }
  let keyLevel: ProjectRef['keyLevel'] = null;
  if (contract && live && contract >= 10 * YI) keyLevel = rng.weighted([['province', 35], ['city', 45], [null, 20]]); // prettier-ignore
  else if (contract && live && contract >= 3 * YI && rng.chance(0.4)) keyLevel = 'city';
  const year = today.slice(0, 4);
  const thisYear = money.filter(([d]) => d.startsWith(year)).reduce((a, [, v]) => a + v, 0);
  const annualPlan =
    keyLevel && contract
      ? roundTo(Math.max(contract * (0.15 + rng.next() * 0.2), thisYear / (0.45 + rng.next() * 0.45)), 100 * WAN)
      : null;

  const useForce = owners.forceByChain.get(company.chain.name);
  const teamId = useForce !== undefined && rng.chance(0.25) ? useForce : rng.pick(owners.squads);
  const owner = rng.pick(owners.byTeam.get(teamId) ?? ctx.staff);
  const open = live && (!isAfterSigning(stage) || (stage !== 'full' && rng.chance(0.5)));
  const followUpOn = open && rng.chance(0.9) ? maxDate(addDays(today, rng.int(-15, 40)), addDays(last.on, 1)) : null;
  const industrial = rng.chance(0.88);

  return {
    id,
    company,
    name: `${company.short}${projectTitle(rng, company.chain)}`,
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
    site: signed ? `${rng.pick(PARKS)}${rng.pick(['A', 'B', 'C', 'D'])}区${rng.int(1, 30)}号地块` : rng.chance(0.3) ? `拟选址${rng.pick(PARKS)}` : null, // prettier-ignore
    landMu: signed && industrial ? Math.round(rng.logUniform(15, 400) * 10) / 10 : null,
    ownerId: owner.id,
    ownerName: owner.name,
    teamId,
    sourceChannel: rng.weighted(SOURCE_CHANNELS),
    followUpOn,
    followUpNote: followUpOn ? rng.pick(FOLLOW_UP_NOTES) : null,
    notes: rng.chance(0.15) ? rng.pick(['企业为链主企业配套供应商', '市领导重点关注项目', '需争取省级用地指标', '由乡贤推荐']) : null, // prettier-ignore
  };
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);

export function insertProjects(ctx: Ctx): void {
  const { db, rng } = ctx;
  const project = new BatchInsert(db, 'projects', [
    'id', 'name', 'company_id', 'stage', 'stage_since', 'drop_reason', 'industry', 'chain', 'source_channel',
    'planned_amount', 'contract_amount', 'key_level', 'annual_plan_amount', 'completed_amount', 'is_industrial', 'site',
    'land_mu', 'owner_id', 'team_id', 'first_contact_on', 'signed_on', 'registered_on', 'started_on', 'produced_on',
    'full_on', 'dropped_on', 'next_follow_up_on', 'next_follow_up_note', 'notes', 'created_at', 'updated_at',
  ]); // prettier-ignore
  const history = new BatchInsert(db, 'project_stage_history', ['project_id', 'from_stage', 'to_stage', 'changed_on', 'reason', 'actor', 'created_at']); // prettier-ignore
  const arrival = new BatchInsert(db, 'investment_arrivals', ['project_id', 'arrived_on', 'amount', 'note', 'created_at', 'updated_at']); // prettier-ignore
  const year = ctx.today.slice(0, 4);
  for (const p of ctx.projects) {
    const on = (s: ProjectStage): string | null => p.path.find((x) => x.stage === s)?.on ?? null;
    const since = (p.path[p.path.length - 1] as { on: string }).on;
    const created = stampOn(rng, (p.path[0] as { on: string }).on);
    const updated = stampOn(rng, since);
    const completed = p.keyLevel ? p.arrivals.filter(([d]) => d.startsWith(year)).reduce((a, [, v]) => a + v, 0) : null;
    project.add(
      p.id, p.name, p.company.id, p.stage, since, p.dropReason, p.company.industry, p.company.chain.name, p.sourceChannel,
      p.planned, p.contract, p.keyLevel, p.annualPlan, completed, p.isIndustrial ? 1 : 0, p.site, p.landMu,
      p.ownerId, p.teamId, on('contact'), on('signed'), on('registered'), on('started'), on('producing'), on('full'),
      on('dropped'), p.followUpOn, p.followUpNote, p.notes, created, updated,
    ); // prettier-ignore
    let from: ProjectStage | null = null;
    for (const step of p.path) {
      const reason = step.stage === 'dropped' ? p.dropReason : null;
      history.add(p.id, from, step.stage, step.on, reason, p.ownerName, stampOn(rng, step.on));
      from = step.stage;
    }
    for (const [d, amount] of p.arrivals) {
      const stamp = stampOn(rng, d);
      arrival.add(p.id, d, amount, rng.chance(0.3) ? rng.pick(['设备款', '土建投资', '注册资本金到位', '厂房装修']) : null, stamp, stamp); // prettier-ignore
    }
    ctx.progress.add(1 + p.path.length + p.arrivals.length);
  }
  project.flush();
  history.flush();
  arrival.flush();
}
