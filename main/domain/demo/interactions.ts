// The meeting log (洽谈/走访记录): every project gets the calls, visits and meetings its stage
// implies, dated inside its timeline, with a signing ceremony on the signing day.
import type { InteractionKind } from '@contract/interactions/kinds';
import { regionByAdcode } from '@contract/shared/regions';
import { BatchInsert, nextId, type CompanyRef, type Ctx, type ProjectRef } from './context';
import { addDays, daysBetween, stampOn } from './random';
import { NEXT_STEPS, PROMISES, STICKING_POINTS, SUMMARIES, fill } from './text';

// prettier-ignore
const KIND_WEIGHTS: readonly (readonly [InteractionKind, number])[] = [
  ['call', 30], ['visit_out', 15], ['meeting', 12], ['online', 10], ['visit_in', 6], ['promotion', 5],
  ['breakfast', 4], ['tea', 4], ['salon', 3], ['other', 3],
];
/** Relative number of meetings by stage: a lead gets a call or two, a signed project many meetings. */
// prettier-ignore
const PER_STAGE: Record<string, number> = {
  lead: 1.5, contact: 3, visit: 4.5, negotiating: 6, signed: 7, registered: 7, started: 7.5, producing: 7.5, full: 7.5, dropped: 3.5,
};

export interface InteractionInput {
  company: CompanyRef;
  project: ProjectRef | null;
  kind: InteractionKind;
  on: string;
  place: string | null;
  staffIds: number[];
  createdBy: string;
}

/** Inserts interactions with their staff and contact links; ids are handed out in order. */
export class InteractionWriter {
  private id: number;
  private readonly row: BatchInsert;
  private readonly staff: BatchInsert;
  private readonly contact: BatchInsert;

  constructor(private readonly ctx: Ctx) {
    const { db } = ctx;
    this.id = nextId(db, 'interactions');
    this.row = new BatchInsert(
      db,
      'interactions',
      'id company_id project_id kind occurred_on place their_attendees_text summary sticking_points promises next_step next_step_on next_step_done created_by created_at updated_at',
    );
    this.staff = new BatchInsert(db, 'interaction_staff', 'interaction_id staff_id', 100, this.row);
    this.contact = new BatchInsert(db, 'interaction_contacts', 'interaction_id contact_id');
  }

  /** Writes out what is still buffered: before anything reads these tables back. */
  flush(): void {
    this.row.flush();
    this.staff.flush();
    this.contact.flush();
  }

  write(x: InteractionInput): number {
    const { rng, today } = this.ctx;
    const id = this.id++;
    const c = x.company;
    const nContacts = Math.min(c.contactCount, x.kind === 'call' || rng.chance(0.7) ? 1 : 2);
    const who = rng.int(0, c.contactCount - 1);
    const picked = Array.from({ length: nContacts }, (_, k) => (who + k) % c.contactCount);
    const names = picked.map((k) => c.contactNames[k] as string);
    const projectName = x.project?.name ?? `${c.short}投资合作事宜`;
    const summary = fill(rng.pick(SUMMARIES[x.kind]), c.short, projectName, names[0] ?? '企业负责人');
    const talk = x.kind !== 'call' && x.kind !== 'other' && x.kind !== 'signing';
    const nextOn = rng.chance(0.7) ? addDays(x.on, rng.int(3, 30)) : null;
    // Next steps are mostly kept: an old one left open is rare, a recent one slips now and then.
    const keptShare = nextOn !== null && daysBetween(nextOn, today) > 30 ? 0.995 : 0.85;
    const done = nextOn !== null && nextOn <= today && rng.chance(keptShare) ? 1 : 0;
    const stamp = stampOn(rng, x.on);
    this.row.add(
      id,
      c.id,
      x.project?.id ?? null,
      x.kind,
      x.on,
      x.place,
      names.length > 0 ? names.join('、') : null,
      summary,
      talk && rng.chance(0.5) ? rng.pick(STICKING_POINTS) : null,
      talk && rng.chance(0.4) ? rng.pick(PROMISES) : null,
      nextOn ? rng.pick(NEXT_STEPS) : null,
      nextOn,
      done,
      x.createdBy,
      stamp,
      stamp,
    );
    for (const s of new Set(x.staffIds)) this.staff.add(id, s);
    for (const k of picked) this.contact.add(id, c.firstContactId + k);
    this.ctx.progress.add(1 + x.staffIds.length + picked.length);
    return id;
  }
}

function placeOf(kind: InteractionKind, company: CompanyRef): string | null {
  const city = regionByAdcode(company.cityCode)?.name ?? '';
  switch (kind) {
    case 'visit_out':
      return `${city}${company.short}总部`;
    case 'visit_in':
    case 'meeting':
      return '开发区管委会三楼会议室';
    case 'promotion':
      return `${city}招商推介会`;
    case 'signing':
      return '开发区项目签约中心';
    case 'breakfast':
      return '开发区企业家早餐会';
    case 'tea':
      return '园区企业服务中心';
    case 'salon':
      return '产业链夜沙龙';
    default:
      return null;
  }
}

export function makeInteractions(ctx: Ctx, writer: InteractionWriter, budget: number): void {
  const { rng, today } = ctx;
  const leaders = ctx.staff.filter((s) => s.role === 'leader');
  const teamMates = new Map<number | null, number[]>();
  for (const s of ctx.staff) {
    const list = teamMates.get(s.teamId);
    if (list) list.push(s.id);
    else teamMates.set(s.teamId, [s.id]);
  }
  const weights = ctx.projects.map((p) => PER_STAGE[p.stage] ?? 3);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const scale = budget / Math.max(1, totalWeight);

  ctx.projects.forEach((p, i) => {
    const want = (weights[i] as number) * scale;
    const n = Math.max(1, Math.floor(want) + (rng.next() < want % 1 ? 1 : 0));
    const start = (p.path[0] as { on: string }).on;
    const span = Math.max(0, daysBetween(start, p.endOn));
    const dates: { on: string; kind: InteractionKind | null }[] = [];
    const signedOn = p.path.find((s) => s.stage === 'signed')?.on;
    const visitOn = p.path.find((s) => s.stage === 'visit')?.on;
    if (signedOn) dates.push({ on: signedOn, kind: 'signing' });
    if (visitOn) dates.push({ on: visitOn, kind: 'visit_in' });
    while (dates.length < n) dates.push({ on: addDays(start, rng.int(0, span)), kind: null });
    dates.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    for (const d of dates) {
      const kind = d.kind ?? rng.weighted(KIND_WEIGHTS);
      const staffIds = [p.ownerId];
      if (rng.chance(kind === 'signing' || kind === 'visit_in' ? 0.9 : 0.2))
        staffIds.push(rng.pick(leaders).id);
      if (rng.chance(0.15)) staffIds.push(rng.pick(teamMates.get(p.teamId) ?? [p.ownerId]));
      writer.write({
        company: p.company,
        project: p,
        kind,
        on: d.on > today ? today : d.on,
        place: placeOf(kind, p.company),
        staffIds,
        createdBy: p.ownerName,
      });
    }
  });

  // Companies without a project still get the odd call: that is how a lead begins.
  const withProject = new Set(ctx.projects.map((p) => p.company.id));
  const owners = ctx.staff.filter((s) => s.role === 'member');
  for (const c of ctx.companies) {
    if (withProject.has(c.id) || !rng.chance(0.3)) continue;
    const owner = rng.pick(owners);
    const kind = rng.pick<InteractionKind>(['call', 'call', 'online', 'other', 'promotion']);
    const on = addDays(c.createdOn, rng.int(0, Math.max(0, daysBetween(c.createdOn, today))));
    writer.write({
      company: c,
      project: null,
      kind,
      on,
      place: placeOf(kind, c),
      staffIds: [owner.id],
      createdBy: owner.name,
    });
  }
}
