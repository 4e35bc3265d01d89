import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { ApiContext } from '../../../main/api/context';
import { connect } from '../../../main/db/cipher';
import { applyPragmas, type Db } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import type { KpiResult } from '@contract/indicators/schema';
import { setClock } from '@contract/shared/clock';
import { todayLocal } from '@contract/shared/time';
import { freshDb } from '../testDb';

// The dashboard's figures are kept between visits while nothing is written: what a leader reads
// after a save, an import or a synced change must still be the figure of the ledger as it is.

let db: Db;
let ctx: ApiContext;
// A fixed day with signings behind it in its year, whatever day the suite runs on (on 1 January
// a demo laid out around today would have none yet).
const TODAY = '2026-06-15';
const AT_TEN = `${TODAY}T10:00:00+08:00`;
const year = 2026;
const YEAR = { from: `${year}-01-01`, to: `${year}-12-31` };

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, channel as never, input as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

const contractAmount = async (): Promise<number> =>
  (await call<KpiResult>('indicators.kpis', YEAR)).cards.find((c) => c.code === 'contractAmount')!
    .value as number;

/** A project signed this year, as the 合同投资额 card counts it. */
const signedThisYear = (): { id: number; contract_amount: number } =>
  db
    .prepare(
      `SELECT id, contract_amount FROM projects WHERE signed_on BETWEEN ? AND ? AND contract_amount > 0
         AND stage IN ('signed', 'registered', 'started', 'producing', 'full') ORDER BY id LIMIT 1`,
    )
    .get(YEAR.from, todayLocal()) as { id: number; contract_amount: number };

beforeAll(() => {
  db = freshDb();
  generateDemo(db, 'S', undefined, { today: TODAY });
  ctx = { db, actor: { name: '测试' }, databasePath: db.name, appVersion: '0', emit() {} };
});

beforeEach(() => setClock(AT_TEN));
afterAll(() => setClock(null));

describe('dashboard figures kept between visits', () => {
  it('gives the same figures again while nothing is written, a copy the caller may change', async () => {
    const first = await call<KpiResult>('indicators.kpis', YEAR);
    first.cards[0]!.value = -1;
    const again = await call<KpiResult>('indicators.kpis', YEAR);
    expect(again.cards[0]!.value).not.toBe(-1);
    expect(again).toEqual(await call<KpiResult>('indicators.kpis', YEAR));
    // Another period is its own answer, not the one kept for the year.
    const firstHalf = await call<KpiResult>('indicators.kpis', { ...YEAR, to: `${year}-06-30` });
    expect(firstHalf.period.to).toBe(`${year}-06-30`);
  });

  it('works the figures out anew after a save here and after a commit of another connection', async () => {
    const before = await contractAmount();
    const project = signedThisYear();
    await call('projects.update', {
      id: project.id,
      patch: { contractAmount: project.contract_amount + 100_000_000 },
    });
    expect(await contractAmount()).toBe(before + 100_000_000);

    // As the job thread's import or a synced change commits on its own connection.
    const job = connect(db.name);
    applyPragmas(job);
    job
      .prepare('UPDATE projects SET contract_amount = contract_amount + 50000000 WHERE id = ?')
      .run(project.id);
    job.close();
    expect(await contractAmount()).toBe(before + 150_000_000);
  });

  it('reads the figures of the new day after midnight, with nothing written', async () => {
    const today = await call<KpiResult>('indicators.kpis', YEAR);
    setClock(`${todayLocal()}T23:59:59+08:00`);
    const lateToday = await call<KpiResult>('indicators.kpis', YEAR);
    expect(lateToday.period.asOf).toBe(today.period.asOf);
    setClock(new Date(Date.parse(`${todayLocal()}T00:00:00+08:00`) + 36 * 3600_000).toISOString());
    const tomorrow = await call<KpiResult>('indicators.kpis', YEAR);
    expect(tomorrow.period.asOf).not.toBe(today.period.asOf);
    expect(tomorrow.period.asOf).toBe(todayLocal());
  });
});
