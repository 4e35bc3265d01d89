// What the generator steps share: the connection, the seeded generator, the reference date and
// the rows already made that later steps point to.
import type Database from '../../db/driver';
import type { Db } from '../../db/open';
import type { ProjectStage } from '@contract/projects/pipelineStages';
import type { Chain } from './catalog';
import type { Rng } from './random';

export type DemoSize = 'S' | 'M' | 'L';

export interface Plan {
  companies: number;
  contactsPerCompany: number;
  projects: number;
  interactions: number;
  trips: number;
  receptions: number;
  squads: number;
  membersPerTeam: number;
}

// M is one real zone: a few hundred live projects, tens of signings a year, a staff of about
// 50, trips by each leader's quota. L is the stress size for the benchmark, S a quick sample.
// prettier-ignore
export const PLANS: Record<DemoSize, Plan> = {
  S: { companies: 300, contactsPerCompany: 2, projects: 300, interactions: 1_500, trips: 20, receptions: 40, squads: 3, membersPerTeam: 4 },
  M: { companies: 380, contactsPerCompany: 2, projects: 370, interactions: 2_600, trips: 120, receptions: 80, squads: 5, membersPerTeam: 5 },
  L: { companies: 100_000, contactsPerCompany: 2, projects: 100_000, interactions: 500_000, trips: 2_000, receptions: 6_000, squads: 8, membersPerTeam: 10 },
};

export interface StaffRef {
  id: number;
  name: string;
  role: 'leader' | 'member' | 'commissioner' | 'office';
  leaderLevel: 'city' | 'zone' | null;
  teamId: number | null;
}

export interface TeamRef {
  id: number;
  name: string;
  kind: 'squad' | 'taskforce' | 'office' | 'bureau';
  chain: string | null;
}

export interface CompanyRef {
  id: number;
  name: string;
  /** 字号 or the famous short form, for sentences: 鑫瑞, 海康威视. */
  short: string;
  adcode: number;
  cityCode: number;
  /** The day the record was entered: nothing about the company predates it. */
  createdOn: string;
  chain: Chain;
  industry: string;
  tier: string | null;
  firstContactId: number;
  contactCount: number;
  /** '董事长王伟', for attendee lists. */
  contactNames: string[];
}

export interface ProjectRef {
  id: number;
  company: CompanyRef;
  name: string;
  stage: ProjectStage;
  /** Each stage entered, with its date, in order: the stage history rows. */
  path: { stage: ProjectStage; on: string }[];
  /** Where activity stops: the drop date, or the reference day. */
  endOn: string;
  dropReason: string | null;
  planned: number;
  contract: number | null;
  keyLevel: 'province' | 'city' | null;
  annualPlan: number | null;
  /** [date, yuan] in date order. */
  arrivals: [string, number][];
  isIndustrial: boolean;
  site: string | null;
  landMu: number | null;
  ownerId: number;
  ownerName: string;
  teamId: number | null;
  sourceChannel: string;
  followUpOn: string | null;
  followUpNote: string | null;
  notes: string | null;
}

/** Calls back about every 5% of the expected rows, and once at the end. */
export class Progress {
  private done = 0;
  private nextReport: number;
  private readonly step: number;

  constructor(
    private readonly total: number,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    this.step = Math.max(1, Math.floor(total / 20));
    this.nextReport = this.step;
  }

  add(rows: number): void {
    this.done += rows;
    if (this.onProgress && this.done >= this.nextReport) {
      this.onProgress(Math.min(this.done, this.total), this.total);
      while (this.nextReport <= this.done) this.nextReport += this.step;
    }
  }

  finish(): void {
    this.onProgress?.(this.total, this.total);
  }
}

export interface Ctx {
  db: Db;
  rng: Rng;
  plan: Plan;
  /** The reference day: the data is laid out around it so it always looks current. */
  today: string;
  /** The zone the demo office works for: trips start and end here. */
  home: number;
  progress: Progress;
  staff: StaffRef[];
  teams: TeamRef[];
  companies: CompanyRef[];
  projects: ProjectRef[];
}

/** The next free id, so generated rows can point at each other before they are inserted. */
export function nextId(db: Db, table: string): number {
  return ((db.prepare(`SELECT max(id) AS m FROM ${table}`).get() as { m: number | null }).m ?? 0) + 1;
}

export const leaders = (ctx: Ctx): StaffRef[] => ctx.staff.filter((s) => s.role === 'leader');
export const workers = (ctx: Ctx): StaffRef[] =>
  ctx.staff.filter((s) => s.role === 'member' || s.role === 'leader');
export const commissioners = (ctx: Ctx): StaffRef[] => ctx.staff.filter((s) => s.role === 'commissioner');

/**
 * Inserts rows many at a time (one multi-row INSERT per 100 rows): for the large sizes the
 * per-statement overhead, not SQLite, is most of the cost. Call flush() before reading back.
 */
export class BatchInsert {
  private buffer: unknown[] = [];
  private readonly many: Database.Statement<unknown[]>;
  private readonly one: Database.Statement<unknown[]>;
  private readonly width: number;

  /**
   * `columnList` is space-separated: 'id name company_id'. `parent`: the batch of the rows these
   * point at, written out first whenever this one is, so the database's triggers that read the
   * parent row (e.g. a visit's day copied onto its attendees) find it.
   */
  constructor(
    db: Db,
    table: string,
    columnList: string,
    private readonly rows = 100,
    private readonly parent?: BatchInsert,
  ) {
    const columns = columnList.trim().split(/\s+/);
    this.width = columns.length;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = db.prepare(head + Array.from({ length: rows }, () => tuple).join(', '));
    this.one = db.prepare(head + tuple);
  }

  add(...values: unknown[]): void {
    for (const v of values) this.buffer.push(v);
    if (this.buffer.length === this.rows * this.width) {
      this.parent?.flush();
      this.many.run(this.buffer);
      this.buffer = [];
    }
  }

  flush(): void {
    this.parent?.flush();
    for (let i = 0; i < this.buffer.length; i += this.width)
      this.one.run(this.buffer.slice(i, i + this.width));
    this.buffer = [];
  }
}
