import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../main/db/open';
import { createCompany } from '../../../main/domain/companies';
import { createProject } from '../../../main/domain/projects';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { runImport } from '../../../main/domain/importers/run';
import type { ImportTarget } from '@contract/importers/fields';
import { syncedSpec, syncedTableNames } from '../../../main/sync/syncedTables';
import { proposedSpec } from '../import/helpers';
import { COUNTER_SPAN, formatHlc } from '../../../main/sync/hlc';

const who = { name: '招商服务中心' };

/** A ledger with a company and a project the imports below meet again. */
function ledger(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'leadatlas-capture-')), 'ledger.sqlite');
  const db = openDatabase(path);
  const company = createCompany(db, who, { name: '宁德时代新能源科技有限公司', industry: '新能源' });
  createProject(db, who, { name: '储能电池项目', companyId: company.id, plannedAmount: 500_000_000 });
  closeDatabase(db);
  return path;
}

interface Logged {
  row: string;
  op: string;
  fields: Record<string, unknown> | null;
  actor: string;
  device: string;
  hlc: string;
  gid: string;
}

/**
 * The changes an import added to the log, with every gid (the row's own and the references in
 * its fields) written as table and local id: the same import on two copies of one file makes
 * rows with the same ids, but gids of its own.
 */
function importedLog(db: Db, afterSeq: number): Logged[] {
  const rowOf = new Map<string, string>();
  for (const table of syncedTableNames()) {
    if (syncedSpec(table)!.join) continue;
    for (const r of db.prepare(`SELECT id, gid FROM ${table}`).all() as { id: number; gid: string }[])
      rowOf.set(r.gid, `${table}#${r.id}`);
  }
  const named = (v: unknown) => (typeof v === 'string' ? (rowOf.get(v) ?? v) : v);
  const rows = db
    .prepare(`SELECT hlc, device, tbl, gid, op, fields, actor FROM sync_changes WHERE seq > ? ORDER BY hlc`)
    .all(afterSeq) as {
    hlc: string;
    device: string;
    tbl: string;
    gid: string;
    op: string;
    fields: string | null;
    actor: string;
  }[];
  return rows.map((r) => ({
    row: `${r.tbl}:${named(r.gid) as string}`,
    op: r.op,
    fields: r.fields
      ? Object.fromEntries(Object.entries(JSON.parse(r.fields) as object).map(([k, v]) => [k, named(v)]))
      : null,
    actor: r.actor,
    device: r.device,
    hlc: r.hlc,
    gid: r.gid,
  }));
}

/** The import of `csv` into a copy of `path`, recorded as `capture` says; what it added to the log. */
async function imported(
  path: string,
  target: ImportTarget,
  csv: string,
  capture: 'bulk' | 'eachRow',
): Promise<{ log: Logged[]; before: string; rows: number }> {
  const copy = join(mkdtempSync(join(tmpdir(), 'leadatlas-capture-')), `${capture}.sqlite`);
  copyFileSync(path, copy);
  const db = openDatabase(copy);
  try {
    const lastSeq = db.prepare(`SELECT max(seq) FROM sync_changes`).pluck().get() as number;
    const before = db.prepare(`SELECT max(hlc) FROM sync_changes`).pluck().get() as string;
    const grid = openSpreadsheet('台账.csv', new TextEncoder().encode(csv)).sheet(0);
    await runImport({
      dbPath: copy,
      grid,
      spec: proposedSpec(grid, target, { onDuplicate: 'update', onError: 'skip' }),
      actor: who,
      fileName: '台账.csv',
      sheetName: '台账',
      settingYear: 2026,
      capture,
    });
    const created = syncedTableNames()
      .filter((t) => !syncedSpec(t)!.join)
      .reduce((n, t) => n + (db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number), 0);
    return { log: importedLog(db, lastSeq), before, rows: created };
  } finally {
    closeDatabase(db);
  }
}

const withoutClock = ({ hlc: _h, gid: _g, ...rest }: Logged) => rest;

/** Per row, its changes oldest first. */
function byRow(log: readonly Logged[]): Map<string, ReturnType<typeof withoutClock>[]> {
  const out = new Map<string, ReturnType<typeof withoutClock>[]>();
  for (const c of log) out.set(c.row, [...(out.get(c.row) ?? []), withoutClock(c)]);
  return out;
}

/** What a row's changes say together: its fields, the later put over the earlier. */
function folded(log: readonly Logged[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const c of log) out.set(c.row, { ...out.get(c.row), ...c.fields, _op: c.op });
  return out;
}

const PROJECTS = [
  '项目名称,投资方,总投资（亿元）,项目进展,责任单位,负责人',
  '固态电池研发中心,恩捷股份新材料有限公司,12,签约,新材料产业链专班,周明',
  '隔膜二期项目,宁德时代新能源科技有限公司,8,洽谈,招商一分队,周明',
  '储能电池项目,宁德时代新能源科技有限公司,5,已开工,招商一分队,李华',
  '正极材料基地,华友钴业科技股份有限公司,30,在谈,新材料产业链专班,李华',
].join('\r\n');

describe('an import recorded for team sync together, before its commit', () => {
  // One instant for both imports: the rows they write carry the same times, so only what was
  // recorded of them can differ.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00+08:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('leaves the same changes in the log as the triggers record row by row', async () => {
    const path = ledger();
    const bulk = await imported(path, 'projects', PROJECTS, 'bulk');
    const eachRow = await imported(path, 'projects', PROJECTS, 'eachRow');

    expect(bulk.rows).toBe(eachRow.rows);
    // New companies, teams, staff, projects and their stage history; the existing project edited.
    const tables = new Set(bulk.log.map((c) => c.row.split(':')[0]));
    for (const t of ['companies', 'teams', 'staff', 'projects', 'project_stage_history'])
      expect(tables).toContain(t);
    expect(byRow(bulk.log)).toEqual(byRow(eachRow.log));
    // Every change its own clock, later than what the ledger held, as the triggers stamp them.
    const stamps = bulk.log.map((c) => c.hlc);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(stamps.every((h) => h > bulk.before)).toBe(true);
    // The rows one import makes sit together in the gid indexes: one random part, then a count.
    const made = bulk.log.filter((c) => c.row !== 'projects:projects#1' && !c.gid.startsWith('team:'));
    expect(new Set(made.map((c) => c.gid.slice(0, 20))).size).toBe(1);
  });

  it('stamps the rows recorded together with the clocks the triggers give, across a millisecond', async () => {
    const path = ledger();
    // The ledger's latest change three counts before its millisecond is full, at this very
    // instant: the edit of the existing project takes one, and the first rows recorded together
    // (two teams) run from the millisecond's last count into the next.
    const db = openDatabase(path);
    db.prepare(`UPDATE sync_changes SET hlc = ? WHERE seq = (SELECT max(seq) FROM sync_changes)`).run(
      formatHlc(Date.now(), COUNTER_SPAN - 3),
    );
    closeDatabase(db);
    const bulk = await imported(path, 'projects', PROJECTS, 'bulk');
    const eachRow = await imported(path, 'projects', PROJECTS, 'eachRow');

    const stamps = (log: readonly Logged[]) => log.map((c) => c.hlc).sort();
    expect(stamps(bulk.log)).toEqual(stamps(eachRow.log));
    const teams = bulk.log.filter((c) => c.row.startsWith('teams:')).map((c) => c.hlc);
    expect(teams).toEqual([formatHlc(Date.now(), COUNTER_SPAN - 1), formatHlc(Date.now() + 1, 0)]);
    // Within a table, in the order its rows were made.
    const projects = bulk.log.filter((c) => c.row.startsWith('projects:') && c.row !== 'projects:projects#1');
    const ids = projects.map((c) => Number(c.row.split('#')[1]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(bulk.log.map((c) => c.hlc)).size).toBe(bulk.log.length);
  });

  it('a row written twice in one file: one change with what it ends as, the same as both changes row by row', async () => {
    const path = ledger();
    const csv = [
      '企业名称,所属行业,备注',
      '璞泰来新能源科技股份有限公司,新材料,第一行',
      '中伟新材料股份有限公司,新材料,',
      '璞泰来新能源科技股份有限公司,新能源,同一家企业又写了一行',
    ].join('\r\n');
    const bulk = await imported(path, 'companies', csv, 'bulk');
    const eachRow = await imported(path, 'companies', csv, 'eachRow');

    expect(folded(bulk.log)).toEqual(folded(eachRow.log));
    const twice = [...folded(bulk.log).values()].find((f) => f.name === '璞泰来新能源科技股份有限公司');
    expect(twice).toMatchObject({ industry: '新能源', notes: '同一家企业又写了一行' });
    expect(bulk.log.length).toBe(2);
  });
});
