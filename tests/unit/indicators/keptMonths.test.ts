import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../main/db/cipher';
import { withFiguresOutdated } from '../../../main/db/figureVersions';
import { applyPragmas, closeDatabase, type Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import {
  breakdown,
  cycleTimes,
  funnel,
  kpis,
  ranking,
  trend,
  workload,
} from '../../../main/domain/indicators';
import { openSpreadsheet } from '../../../main/domain/importers/files/open';
import { runImport } from '../../../main/domain/importers/run';
import { setClock } from '@contract/shared/clock';
import { proposedSpec } from '../import/helpers';
import { freshDb } from '../testDb';

// The dashboard keeps each whole month's sums until a record of that month changes (monthly.ts,
// migration 15). Whatever is written, by whom and how, the figures read on the connection that
// keeps months must equal those of a connection that has kept nothing: a leader must never read
// a sum of rows that have changed since.

const TODAY = '2026-06-15';
const PERIODS = [
  { from: '2026-01-01', to: '2026-12-31', asOf: TODAY },
  { from: '2025-01-01', to: '2025-12-31', asOf: TODAY },
  { from: '2026-02-10', to: '2026-05-20', asOf: TODAY },
];

let db: Db;
let teams: number[];

/** Every figure the months feed, for each period. */
function figures(on: Db): unknown {
  return PERIODS.map((p) => [
    kpis(on, p),
    trend(on, p),
    funnel(on, p),
    workload(on, p),
    cycleTimes(on, p),
    breakdown(on, { ...p, dimension: 'province' }),
    breakdown(on, { ...p, dimension: 'industry' }),
    ranking(on, { ...p, indicator: 'contractAmount' }),
    ranking(on, { ...p, indicator: 'arrivedAmount' }),
    ranking(on, { ...p, indicator: 'companiesVisited' }),
    kpis(on, { ...p, teamId: teams[0] }),
  ]);
}

/** `read` on a connection that has kept nothing. */
function afresh<T>(read: (on: Db) => T): T {
  const fresh = connect(db.name);
  applyPragmas(fresh);
  try {
    return read(fresh);
  } finally {
    fresh.close();
  }
}

/** The figures as a connection that kept nothing reads them. */
const readAfresh = (): unknown => afresh(figures);

// A small seeded generator: a failure names its round and repeats.
let seed = 20261206;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
const day = (): string =>
  `${pick(['2025', '2026'])}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
const anyId = (on: Db, table: string): number =>
  on.prepare(`SELECT id FROM ${table} ORDER BY random() LIMIT 1`).pluck().get() as number;
/** An id the query finds (rows a figure counts), else any id of `table`. */
const some = (on: Db, table: string, sql: string): number =>
  (on.prepare(`${sql} ORDER BY random() LIMIT 1`).pluck().get() as number | undefined) ?? anyId(on, table);
const TRIP_VISITS = `FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id
  WHERE v.status = 'done' AND v.interaction_id IS NULL`;
const STAGES = ['contact', 'negotiating', 'signed', 'registered', 'started', 'producing', 'full', 'dropped'];
const NOW = "'2026-06-15T02:00:00.000Z'";

/** One write of a kind a user, an import or a synced change makes, on connection `on`. */
const WRITES: readonly [string, (on: Db) => void][] = [
  [
    'contract amount',
    (on) =>
      void on
        .prepare('UPDATE projects SET contract_amount = ? WHERE id = ?')
        .run(rand(30) * 10_000_000, anyId(on, 'projects')),
  ],
  [
    'signing day',
    (on) =>
      void on
        .prepare(`UPDATE projects SET signed_on = ?, stage = 'signed' WHERE id = ?`)
        .run(day(), anyId(on, 'projects')),
  ],
  [
    'stage',
    (on) => {
      const stage = pick(STAGES);
      on.prepare(`UPDATE projects SET stage = ?, stage_since = ?, drop_reason = ? WHERE id = ?`).run(
        stage,
        day(),
        stage === 'dropped' ? '企业放弃' : null,
        anyId(on, 'projects'),
      );
    },
  ],
  [
    'milestones',
    (on) =>
      void on
        .prepare('UPDATE projects SET started_on = ?, produced_on = ?, first_contact_on = ? WHERE id = ?')
        .run(day(), pick([day(), null]), day(), anyId(on, 'projects')),
  ],
  [
    'team',
    (on) =>
      void on
        .prepare('UPDATE projects SET team_id = ? WHERE id = ?')
        .run(pick([...teams, null]), some(on, 'projects', 'SELECT project_id FROM investment_arrivals')),
  ],
  [
    'owner',
    (on) =>
      void on
        .prepare(
          'UPDATE projects SET owner_id = (SELECT id FROM staff ORDER BY random() LIMIT 1) WHERE id = ?',
        )
        .run(anyId(on, 'projects')),
  ],
  [
    'follow-up day',
    (on) =>
      void on
        .prepare('UPDATE projects SET next_follow_up_on = ? WHERE id = ?')
        .run(
          pick([TODAY, '2026-06-01', '2026-06-18', null]),
          some(on, 'projects', 'SELECT id FROM projects WHERE owner_id IS NOT NULL'),
        ),
  ],
  [
    'company founded, in talks',
    (on) => {
      const { lastInsertRowid } = on
        .prepare(
          `INSERT INTO companies (name, name_key, hq_adcode, created_at, updated_at) VALUES (?, ?, ?, ${NOW}, ${NOW})`,
        )
        .run(`新企业${rand(1e6)}`, `新企业${rand(1e6)}`, pick([330100, 510100, null]));
      on.prepare(
        `UPDATE projects SET company_id = ?, stage = 'negotiating', planned_amount = 300000000 WHERE id = ?`,
      ).run(lastInsertRowid, anyId(on, 'projects'));
    },
  ],
  [
    'headquarters of a company in talks',
    (on) =>
      void on
        .prepare('UPDATE companies SET hq_adcode = ? WHERE id = ?')
        .run(
          pick([330100, 310000, null]),
          some(
            on,
            'companies',
            `SELECT company_id FROM projects WHERE stage IN ('visit', 'negotiating') AND planned_amount >= 100000000`,
          ),
        ),
  ],
  [
    'industry and size',
    (on) =>
      void on
        .prepare('UPDATE projects SET industry = ?, is_industrial = ?, planned_amount = ? WHERE id = ?')
        .run(pick(['电子信息', '文旅', null]), rand(2), rand(5) * 100_000_000, anyId(on, 'projects')),
  ],
  [
    'company of a project',
    (on) =>
      void on
        .prepare('UPDATE projects SET company_id = ? WHERE id = ?')
        .run(
          anyId(on, 'companies'),
          some(
            on,
            'projects',
            `SELECT project_id FROM interactions WHERE kind = 'visit_out' AND company_id IS NULL`,
          ),
        ),
  ],
  [
    'headquarters',
    (on) =>
      void on
        .prepare(
          'UPDATE companies SET hq_adcode = ? WHERE id = (SELECT company_id FROM projects WHERE signed_on IS NOT NULL AND company_id IS NOT NULL ORDER BY random() LIMIT 1)',
        )
        .run(pick([330100, 310000, 420100, null])),
  ],
  [
    'new project',
    (on) =>
      void on
        .prepare(
          `INSERT INTO projects (name, stage, stage_since, signed_on, contract_amount, team_id, company_id, owner_id, created_at, updated_at) VALUES (?, 'signed', ?, ?, ?, ?, ?, (SELECT id FROM staff ORDER BY random() LIMIT 1), ${NOW}, ${NOW})`,
        )
        .run(
          `测试项目${rand(1e6)}`,
          day(),
          day(),
          rand(20) * 50_000_000,
          pick(teams),
          anyId(on, 'companies'),
        ),
  ],
  [
    'project deleted',
    (on) => {
      const id = on
        .prepare(
          `SELECT id FROM projects p WHERE NOT EXISTS (SELECT 1 FROM interactions WHERE project_id = p.id) ORDER BY random() LIMIT 1`,
        )
        .pluck()
        .get();
      if (id !== undefined) on.prepare('DELETE FROM projects WHERE id = ?').run(id);
    },
  ],
  [
    'arrival',
    (on) =>
      void on
        .prepare(
          `INSERT INTO investment_arrivals (project_id, arrived_on, amount, created_at, updated_at) VALUES (?, ?, ?, ${NOW}, ${NOW})`,
        )
        .run(anyId(on, 'projects'), day(), 1 + rand(9) * 10_000_000),
  ],
  [
    'arrival moved',
    (on) =>
      void on
        .prepare('UPDATE investment_arrivals SET arrived_on = ?, amount = amount + 1 WHERE id = ?')
        .run(day(), anyId(on, 'investment_arrivals')),
  ],
  [
    'arrival deleted',
    (on) =>
      void on.prepare('DELETE FROM investment_arrivals WHERE id = ?').run(anyId(on, 'investment_arrivals')),
  ],
  [
    'visit',
    (on) => {
      const { lastInsertRowid } = on
        .prepare(
          `INSERT INTO interactions (company_id, project_id, kind, occurred_on, summary, created_by, created_at, updated_at) VALUES (?, ?, 'visit_out', ?, '上门走访', '测试', ${NOW}, ${NOW})`,
        )
        .run(pick([anyId(on, 'companies'), null]), anyId(on, 'projects'), day());
      // Half of them without an attendee: counted for the office by the visit record alone.
      if (rand(2)) {
        on.prepare('INSERT INTO interaction_staff (interaction_id, staff_id) VALUES (?, ?)').run(
          lastInsertRowid,
          anyId(on, 'staff'),
        );
      }
    },
  ],
  [
    'visit moved or retyped',
    (on) =>
      void on
        .prepare('UPDATE interactions SET occurred_on = ?, kind = ? WHERE id = ?')
        .run(
          day(),
          pick(['visit_out', 'visit_out', 'call']),
          some(on, 'interactions', `SELECT id FROM interactions WHERE kind = 'visit_out'`),
        ),
  ],
  [
    'visit without attendees moved',
    (on) =>
      void on
        .prepare('UPDATE interactions SET occurred_on = ? WHERE id = ?')
        .run(
          day(),
          some(
            on,
            'interactions',
            `SELECT id FROM interactions i WHERE kind = 'visit_out' AND NOT EXISTS (SELECT 1 FROM interaction_staff x WHERE x.interaction_id = i.id)`,
          ),
        ),
  ],
  [
    'visit of another company',
    (on) =>
      void on
        .prepare('UPDATE interactions SET company_id = ? WHERE id = ?')
        .run(
          anyId(on, 'companies'),
          some(on, 'interactions', `SELECT id FROM interactions WHERE kind = 'visit_out'`),
        ),
  ],
  [
    'visit deleted',
    (on) =>
      void on
        .prepare('DELETE FROM interactions WHERE id = ?')
        .run(some(on, 'interactions', `SELECT id FROM interactions WHERE kind = 'visit_out'`)),
  ],
  [
    'attendee',
    (on) =>
      void on
        .prepare('INSERT OR IGNORE INTO interaction_staff (interaction_id, staff_id) VALUES (?, ?)')
        .run(
          some(on, 'interactions', `SELECT id FROM interactions WHERE kind = 'visit_out'`),
          anyId(on, 'staff'),
        ),
  ],
  [
    'attendee removed',
    (on) =>
      void on
        .prepare(
          'DELETE FROM interaction_staff WHERE (interaction_id, staff_id) IN (SELECT interaction_id, staff_id FROM interaction_staff WHERE visit_on IS NOT NULL ORDER BY random() LIMIT 1)',
        )
        .run(),
  ],
  [
    'person to another team',
    (on) =>
      void on
        .prepare('UPDATE staff SET team_id = ? WHERE id = ?')
        .run(
          pick([...teams, null]),
          some(on, 'staff', 'SELECT staff_id FROM interaction_staff WHERE visit_on IS NOT NULL'),
        ),
  ],
  [
    'trip visit done',
    (on) =>
      void on
        .prepare(`UPDATE stop_visits SET status = 'done', interaction_id = NULL, planned_on = ? WHERE id = ?`)
        .run(pick([day(), null]), anyId(on, 'stop_visits')),
  ],
  [
    'trip visit added',
    (on) =>
      void on
        .prepare(
          `INSERT INTO stop_visits (stop_id, company_id, planned_on, status, created_at, updated_at) VALUES (?, ?, ?, 'done', ${NOW}, ${NOW})`,
        )
        .run(anyId(on, 'trip_stops'), anyId(on, 'companies'), pick([day(), null])),
  ],
  [
    'trip visit cancelled',
    (on) =>
      void on
        .prepare(`UPDATE stop_visits SET status = 'cancelled' WHERE id = ?`)
        .run(some(on, 'stop_visits', `SELECT v.id ${TRIP_VISITS}`)),
  ],
  [
    'trip visit deleted',
    (on) =>
      void on
        .prepare('DELETE FROM stop_visits WHERE id = ?')
        .run(some(on, 'stop_visits', `SELECT v.id ${TRIP_VISITS}`)),
  ],
  [
    'stop day',
    (on) =>
      void on
        .prepare('UPDATE trip_stops SET arrive_on = ?, depart_on = NULL WHERE id = ?')
        .run(
          pick([day(), null]),
          some(on, 'trip_stops', `SELECT s.id ${TRIP_VISITS} AND v.planned_on IS NULL`),
        ),
  ],
  [
    'stop deleted',
    (on) =>
      void on
        .prepare('DELETE FROM trip_stops WHERE id = ?')
        .run(some(on, 'trip_stops', `SELECT s.id ${TRIP_VISITS}`)),
  ],
  [
    'trip days and team',
    (on) => {
      const d = day();
      on.prepare('UPDATE trips SET starts_on = ?, ends_on = ?, team_id = ? WHERE id = ?').run(
        d,
        d,
        pick(teams),
        some(on, 'trips', `SELECT s.trip_id ${TRIP_VISITS} AND v.planned_on IS NULL AND s.arrive_on IS NULL`),
      );
    },
  ],
  [
    'trip deleted',
    (on) =>
      void on
        .prepare('DELETE FROM trips WHERE id = ?')
        .run(
          some(
            on,
            'trips',
            `SELECT s.trip_id ${TRIP_VISITS} AND v.planned_on IS NULL AND s.arrive_on IS NULL`,
          ),
        ),
  ],
];

beforeAll(() => {
  setClock(`${TODAY}T10:00:00+08:00`);
  db = freshDb();
  generateDemo(db, 'S', undefined, { today: TODAY });
  teams = db.prepare('SELECT id FROM teams ORDER BY id').pluck().all() as number[];
});

afterAll(() => {
  closeDatabase(db);
  setClock(null);
});

const LEDGER = [
  '项目名称,投资方,总投资（亿元）,项目进展,签约日期,合同投资额（亿元）',
  '固态电池研发中心,恩捷股份新材料有限公司,12,签约,2026-03-10,11',
  '隔膜二期项目,宁德时代新能源科技有限公司,8,签约,2026-04-02,7.5',
].join('\r\n');

describe('months kept by the dashboard', () => {
  it('are read again after every kind of write here, so the figures equal a fresh reading', () => {
    for (let round = 0; round < 3; round++) {
      for (const [name, write] of WRITES) {
        figures(db); // every month kept before the write
        write(db);
        expect(figures(db), `round ${round}: ${name}`).toEqual(readAfresh());
      }
    }
  });

  it('are read again after a commit of another connection (the job thread, a synced change)', () => {
    const other = connect(db.name);
    applyPragmas(other);
    try {
      for (const [name, write] of WRITES) {
        figures(db);
        write(other);
        expect(figures(db), name).toEqual(readAfresh());
      }
    } finally {
      other.close();
    }
  });

  it('keep nothing read inside a write that is rolled back', () => {
    const before = readAfresh();
    const inside = db.transaction(() => {
      for (const [, write] of WRITES) write(db);
      return figures(db);
    });
    expect(() =>
      db.transaction(() => {
        expect(inside()).not.toEqual(before);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(figures(db)).toEqual(before);
  });

  it('are read again after an import, which versions no month row by row', async () => {
    const before = figures(db);
    const grid = openSpreadsheet('台账.csv', new TextEncoder().encode(LEDGER)).sheet(0);
    await runImport({
      dbPath: db.name,
      grid,
      spec: proposedSpec(grid, 'projects', { onDuplicate: 'update', onError: 'skip' }),
      actor: { name: '测试' },
      fileName: '台账.csv',
      sheetName: '台账',
      settingYear: 2026,
    });
    const after = figures(db);
    expect(after).not.toEqual(before);
    expect(after).toEqual(readAfresh());
  });

  it('are all read again after a bulk write that versions no month of its own', () => {
    figures(db);
    db.transaction(() =>
      withFiguresOutdated(db, () => WRITES.slice(0, 6).forEach(([, write]) => write(db))),
    )();
    const months = db.prepare(`SELECT count(*) FROM figure_versions WHERE family <> '*'`).pluck();
    const versioned = months.get();
    expect(figures(db)).toEqual(readAfresh());
    expect(months.get()).toBe(versioned);
  });
});

describe('a visit counted through its trip', () => {
  // A company no one else visits, visited on a trip whose visit has no day of its own: it is
  // counted in the month of its stop, else of its trip. Each move must reach the kept months.
  const visited = (on: Db, from: string, to: string): number =>
    kpis(on, { from, to, asOf: TODAY }).cards.find((c) => c.code === 'companiesVisited')!.value as number;
  const MARCH = ['2025-03-01', '2025-03-31'] as const;
  const MAY = ['2025-05-01', '2025-05-31'] as const;

  it('moves with its stop, its trip, its project and its deletion', () => {
    const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
    const company = Number(
      run(
        `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES ('仅一次走访的企业', '仅一次走访的企业', ${NOW}, ${NOW})`,
      ).lastInsertRowid,
    );
    const trip = Number(
      run(
        `INSERT INTO trips (title, team_id, starts_on, ends_on, created_at, updated_at) VALUES ('长三角招商', ?, '2025-03-10', '2025-03-12', ${NOW}, ${NOW})`,
        teams[0],
      ).lastInsertRowid,
    );
    const stop = Number(
      run(
        `INSERT INTO trip_stops (trip_id, seq, adcode, place_name, created_at, updated_at) VALUES (?, 0, 320500, '苏州', ${NOW}, ${NOW})`,
        trip,
      ).lastInsertRowid,
    );
    const kept = (): [number, number] => {
      const [march, may] = [visited(db, ...MARCH), visited(db, ...MAY)];
      expect([march, may]).toEqual(afresh((on) => [visited(on, ...MARCH), visited(on, ...MAY)]));
      return [march, may];
    };
    const [march, may] = kept();
    run(
      `INSERT INTO stop_visits (stop_id, company_id, status, created_at, updated_at) VALUES (?, ?, 'done', ${NOW}, ${NOW})`,
      stop,
      company,
    );
    expect(kept()).toEqual([march + 1, may]); // dated by its trip
    run(`UPDATE trips SET starts_on = '2025-05-10', ends_on = '2025-05-12' WHERE id = ?`, trip);
    expect(kept()).toEqual([march, may + 1]);
    run(`UPDATE trip_stops SET arrive_on = '2025-03-20' WHERE id = ?`, stop);
    expect(kept()).toEqual([march + 1, may]); // dated by its stop
    run(`UPDATE trip_stops SET arrive_on = NULL WHERE id = ?`, stop);
    expect(kept()).toEqual([march, may + 1]);
    run('DELETE FROM trip_stops WHERE id = ?', stop);
    expect(kept()).toEqual([march, may]);
  });

  it('moves with the company of the project a visit record names', () => {
    const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
    const company = (name: string) =>
      Number(
        run(
          `INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ${NOW}, ${NOW})`,
          name,
          name,
        ).lastInsertRowid,
      );
    const [first, second] = [company('甲企业'), company('乙企业')];
    const project = Number(
      run(
        `INSERT INTO projects (name, stage, stage_since, company_id, created_at, updated_at) VALUES ('走访项目', 'contact', '2025-01-05', ?, ${NOW}, ${NOW})`,
        first,
      ).lastInsertRowid,
    );
    // A visit record without attendees or a company of its own: the project's company was visited.
    run(
      `INSERT INTO interactions (project_id, kind, occurred_on, summary, created_by, created_at, updated_at) VALUES (?, 'visit_out', '2025-03-15', '上门走访', '测试', ${NOW}, ${NOW})`,
      project,
    );
    const march = visited(db, ...MARCH);
    run(
      `INSERT INTO interactions (company_id, kind, occurred_on, summary, created_by, created_at, updated_at) VALUES (?, 'visit_out', '2025-03-16', '上门走访', '测试', ${NOW}, ${NOW})`,
      first,
    );
    expect(visited(db, ...MARCH)).toBe(march); // the same company again
    run('UPDATE projects SET company_id = ? WHERE id = ?', second, project);
    expect(visited(db, ...MARCH)).toBe(march + 1);
    expect(visited(db, ...MARCH)).toBe(afresh((on) => visited(on, ...MARCH)));
  });
});
