import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql as domainSql } from '../../main/db/migrations/001_domain';
import { closeDatabase, type Db } from '../../main/db/open';
import { DEMO_TABLES, generateDemo, loadDemoData } from '../../main/domain/demo';
import { listCollisions } from '../../main/domain/projects/collisions';
import { companyNameKey } from '@contract/shared/companyName';
import { creditCodeProblem } from '@contract/shared/creditCode';
import { DomainError } from '@contract/shared/errors';
import { regionByAdcode } from '@contract/shared/regions';
import { freshDb, rowCount } from './testDb';

const TODAY = '2026-06-15';

function hashTables(db: Db, tables: string[]): string {
  const h = createHash('sha256');
  for (const t of tables)
    h.update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all()));
  return h.digest('hex');
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

const LINE = [
  'lead',
  'contact',
  'visit',
  'negotiating',
  'signed',
  'registered',
  'started',
  'producing',
  'full',
];
const MILESTONES: [string, string][] = [
  ['contact', 'first_contact_on'],
  ['signed', 'signed_on'],
  ['registered', 'registered_on'],
  ['started', 'started_on'],
  ['producing', 'produced_on'],
  ['full', 'full_on'],
];

describe('demo data, size S', () => {
  let db: Db;
  let counts: Record<string, number>;
  const progress: [number, number][] = [];

  beforeAll(() => {
    db = freshDb();
    const result = generateDemo(db, 'S', 20260101, {
      today: TODAY,
      onProgress: (d, t) => progress.push([d, t]),
    });
    counts = result.counts;
    expect(result.size).toBe('S');
  });

  it('fills every table of the domain model except saved views and settings', () => {
    const tables = [...domainSql.matchAll(/CREATE TABLE (\w+)/g)].map((m) => m[1] as string);
    const expected = tables.filter((t) => t !== 'saved_views' && t !== 'settings');
    expect([...DEMO_TABLES].sort()).toEqual(expected.sort());
    for (const t of expected) {
      expect(rowCount(db, t), t).toBeGreaterThan(0);
      expect(counts[t], t).toBe(rowCount(db, t));
    }
    expect(rowCount(db, 'saved_views')).toBe(0);
    expect(rowCount(db, 'settings')).toBe(0);
  });

  it('has about the planned number of rows', () => {
    expect(counts.companies).toBe(300);
    expect(counts.contacts).toBeGreaterThan(500);
    expect(counts.projects).toBeGreaterThan(250);
    expect(counts.projects).toBeLessThan(350);
    expect(counts.interactions).toBeGreaterThan(1_300);
    expect(counts.interactions).toBeLessThan(1_700);
    expect(counts.trips).toBe(20);
  });

  it('passes the foreign-key and integrity checks, with pragmas and indexes restored', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const fresh = freshDb();
    const indexes = (d: Db) =>
      d.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`).all();
    expect(indexes(db)).toEqual(indexes(fresh));
    closeDatabase(fresh);
  });

  it('gives every company a valid credit code, a matching name key and a real division', () => {
    const rows = db
      .prepare(`SELECT name, name_key, credit_code, hq_adcode, lng, lat FROM companies`)
      .all() as {
      name: string;
      name_key: string;
      credit_code: string;
      hq_adcode: number;
    }[];
    for (const r of rows) {
      expect(creditCodeProblem(r.credit_code), r.credit_code).toBeNull();
      expect(r.credit_code.slice(0, 2)).toBe('91');
      expect(r.credit_code.slice(2, 8)).toBe(String(r.hq_adcode));
      expect(r.name_key).toBe(companyNameKey(r.name));
      expect(regionByAdcode(r.hq_adcode), String(r.hq_adcode)).toBeDefined();
    }
    expect(new Set(rows.map((r) => r.name_key)).size).toBe(rows.length);
    expect(rows.map((r) => r.name)).toContain('杭州海康威视数字技术股份有限公司');
  });

  it('gives contacts Chinese names and 11-digit mobiles', () => {
    const rows = db.prepare(`SELECT name, mobile FROM contacts`).all() as {
      name: string;
      mobile: string | null;
    }[];
    for (const r of rows) {
      expect(r.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      if (r.mobile) expect(r.mobile).toMatch(/^1[358]\d{9}$/);
    }
  });

  it('orders every project milestone, matches it to the stage, and records the same path in history', () => {
    const projects = db.prepare(`SELECT * FROM projects`).all() as Record<string, string | number | null>[];
    const history = db
      .prepare(`SELECT project_id, from_stage, to_stage, changed_on FROM project_stage_history ORDER BY id`)
      .all() as { project_id: number; from_stage: string | null; to_stage: string; changed_on: string }[];
    const byProject = groupBy(history, (h) => h.project_id);
    for (const p of projects) {
      const stage = p.stage as string;
      const steps = byProject.get(p.id as number) ?? [];
      const reached = steps.map((s) => s.to_stage);
      expect(steps[0]?.from_stage).toBeNull();
      expect(reached[0]).toBe('lead');
      expect(reached[reached.length - 1]).toBe(stage);
      expect(steps[steps.length - 1]?.changed_on).toBe(p.stage_since);
      const dates = steps.map((s) => s.changed_on);
      expect([...dates].sort()).toEqual(dates);
      for (let i = 1; i < steps.length; i++) expect(steps[i]?.from_stage).toBe(steps[i - 1]?.to_stage);
      for (const [milestone, column] of MILESTONES) {
        const entered = steps.find((s) => s.to_stage === milestone);
        expect(p[column] ?? null, `${p.id} ${column}`).toBe(entered?.changed_on ?? null);
      }
      const last = stage === 'dropped' ? (reached[reached.length - 2] as string) : stage;
      expect(reached.slice(0, reached.length - (stage === 'dropped' ? 1 : 0))).toEqual(
        LINE.slice(0, LINE.indexOf(last) + 1),
      );
      if (stage === 'dropped') {
        expect(p.dropped_on).toBe(p.stage_since);
        expect(String(p.drop_reason).length).toBeGreaterThan(0);
      } else {
        expect(p.dropped_on).toBeNull();
        expect(p.drop_reason).toBeNull();
      }
      expect(p.contract_amount === null).toBe(p.signed_on === null);
      expect(String(p.stage_since) <= TODAY).toBe(true);
    }
  });

  it('lays out a realistic pipeline: many leads, fewer signed, about 8% dropped, some overdue follow-ups', () => {
    const n = (where: string) =>
      (db.prepare(`SELECT count(*) n FROM projects WHERE ${where}`).get() as { n: number }).n;
    const total = counts.projects as number;
    expect(n(`stage IN ('lead', 'contact')`)).toBeGreaterThan(n(`stage = 'signed'`) * 3);
    expect(n(`stage = 'dropped'`) / total).toBeGreaterThan(0.04);
    expect(n(`stage = 'dropped'`) / total).toBeLessThan(0.14);
    expect(n(`next_follow_up_on < '${TODAY}'`)).toBeGreaterThan(0);
    expect(n(`next_follow_up_on >= '${TODAY}'`)).toBeGreaterThan(0);
    expect(n(`key_level IS NOT NULL`)).toBeGreaterThan(0);
    expect(n(`planned_amount < 20000000 OR planned_amount > 8000000000`)).toBe(0);
    const arrivals = db
      .prepare(
        `SELECT count(*) n FROM investment_arrivals a JOIN projects p ON p.id = a.project_id
         WHERE a.arrived_on < p.registered_on OR p.registered_on IS NULL OR a.arrived_on > ?`,
      )
      .get(TODAY) as { n: number };
    expect(arrivals.n).toBe(0);
  });

  it('keeps a company with its first team: a few 撞单 for the office to settle, not one per company', () => {
    const companiesWithTeams = db
      .prepare(
        `SELECT count(DISTINCT company_id) FROM projects WHERE team_id IS NOT NULL AND stage <> 'dropped'`,
      )
      .pluck()
      .get() as number;
    const found = listCollisions(db, {});
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(companiesWithTeams * 0.08);
  });

  it('keeps trips in date order with done visits linked to a meeting record', () => {
    const stops = db
      .prepare(
        `SELECT s.*, t.starts_on, t.ends_on FROM trip_stops s JOIN trips t ON t.id = s.trip_id ORDER BY trip_id, seq`,
      )
      .all() as {
      trip_id: number;
      arrive_on: string;
      depart_on: string;
      starts_on: string;
      ends_on: string;
    }[];
    const byTrip = groupBy(stops, (s) => s.trip_id);
    for (const list of byTrip.values()) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(7);
      for (let i = 0; i < list.length; i++) {
        const s = list[i] as (typeof list)[number];
        expect(s.arrive_on >= s.starts_on && s.depart_on <= s.ends_on && s.arrive_on <= s.depart_on).toBe(
          true,
        );
        if (i > 0) expect(s.arrive_on >= (list[i - 1] as typeof s).depart_on).toBe(true);
      }
    }
    const visits = db
      .prepare(
        `SELECT v.status, v.interaction_id, i.kind FROM stop_visits v LEFT JOIN interactions i ON i.id = v.interaction_id`,
      )
      .all() as { status: string; interaction_id: number | null; kind: string | null }[];
    for (const v of visits) {
      expect(v.interaction_id !== null).toBe(v.status === 'done');
      if (v.status === 'done') expect(v.kind).toBe('visit_out');
    }
    expect(new Set(visits.map((v) => v.status))).toEqual(new Set(['planned', 'done', 'cancelled']));
  });

  it('covers every interaction kind, service-issue category and status', () => {
    const kinds = db.prepare(`SELECT DISTINCT kind FROM interactions`).pluck().all();
    expect(kinds.sort()).toEqual(
      [
        'breakfast',
        'call',
        'meeting',
        'online',
        'other',
        'promotion',
        'salon',
        'signing',
        'tea',
        'visit_in',
        'visit_out',
      ].sort(),
    );
    const pairs = db.prepare(`SELECT DISTINCT category || '/' || status FROM service_issues`).pluck().all();
    expect(pairs.length).toBe(24);
    expect(
      rowCount(db, `service_issues WHERE status = 'closed' AND (resolution IS NULL OR closed_on IS NULL)`),
    ).toBe(0);
  });

  it('sets this year’s targets, office-wide and per team, 40–70% achieved', () => {
    const targets = db.prepare(`SELECT indicator, team_id, value FROM targets WHERE year = 2026`).all() as {
      indicator: string;
      team_id: number | null;
      value: number;
    }[];
    expect(targets.some((t) => t.team_id !== null)).toBe(true);
    const contract = targets.find((t) => t.indicator === 'contractAmount' && t.team_id === null)
      ?.value as number;
    const done = db
      .prepare(`SELECT sum(contract_amount) FROM projects WHERE signed_on BETWEEN '2026-01-01' AND ?`)
      .pluck()
      .get(TODAY) as number;
    expect(done / contract).toBeGreaterThan(0.39);
    expect(done / contract).toBeLessThan(0.71);
  });

  it('reports progress every ~5% and ends at the total', () => {
    expect(progress.length).toBeGreaterThanOrEqual(15);
    const last = progress[progress.length - 1] as [number, number];
    expect(last[0]).toBe(last[1]);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]?.[0]).toBeGreaterThanOrEqual(progress[i - 1]?.[0] as number);
  });

  it('writes one demo audit batch and one summary row, not a row per record', () => {
    expect(db.prepare(`SELECT kind FROM audit_batches`).pluck().all()).toEqual(['demo']);
    expect(rowCount(db, 'audit_log')).toBe(1);
  });
});

describe('demo data generation', () => {
  const TABLES = [
    'companies',
    'contacts',
    'projects',
    'project_stage_history',
    'interactions',
    'trip_stops',
    'service_issues',
  ];

  it('gives identical rows for the same seed and different rows for another', () => {
    const a = freshDb();
    const b = freshDb();
    const c = freshDb();
    generateDemo(a, 'S', 7, { today: TODAY });
    generateDemo(b, 'S', 7, { today: TODAY });
    generateDemo(c, 'S', 8, { today: TODAY });
    expect(hashTables(a, TABLES)).toBe(hashTables(b, TABLES));
    expect(hashTables(a, TABLES)).not.toBe(hashTables(c, TABLES));
    for (const d of [a, b, c]) closeDatabase(d);
  });

  it('refuses a database that already has companies, and leaves it untouched', () => {
    const db = freshDb();
    db.prepare(
      `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES ('真实客商有限公司', '真实客商', 'x', 'x')`,
    ).run();
    let error: unknown;
    try {
      loadDemoData(db, { name: '测试' }, 'S');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('CONFLICT');
    expect((error as DomainError).message).toContain('演示数据');
    expect(rowCount(db, 'companies')).toBe(1);
    for (const t of ['teams', 'staff', 'projects', 'audit_batches']) expect(rowCount(db, t), t).toBe(0);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeDatabase(db);
  });

  it('loads through loadDemoData with the actor in the audit batch, dated around today', () => {
    const db = freshDb();
    const result = loadDemoData(db, { name: '张三' }, 'S');
    expect(result.counts.companies).toBe(300);
    expect(result.millis).toBeGreaterThanOrEqual(0);
    expect(db.prepare(`SELECT actor FROM audit_batches`).pluck().get()).toBe('张三');
    const latest = db.prepare(`SELECT max(stage_since) FROM projects`).pluck().get() as string;
    const today = new Date();
    const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(latest <= local).toBe(true);
    expect(latest >= `${today.getFullYear() - 1}`).toBe(true);
    closeDatabase(db);
  });
});
