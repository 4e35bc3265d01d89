import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/domain/companies';
import { changesUnseenBy, seenVector } from '../../../main/sync/changeLog';
import type { SyncChange } from '../../../main/sync/change';
import { ServerRefusal } from '../../../server/seams';
import { SCHEMA_VERSION } from '../../../server/sync/engine';
import { mirrorHashes } from '../../../server/sync/mirror';
import type { Device } from '../../unit/sync/devices';
import { callerFor } from './office';
import { withOffice } from './withOffice';

/** What the schema lets through and the merge must not see: each refused as a 400, the page unwritten. */
describe('changes the office server cannot take', () => {
  const setup = withOffice(1, 'all');

  const refusalOf = async (work: () => Promise<unknown>): Promise<ServerRefusal> => {
    const err = await work().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ServerRefusal);
    return err as ServerRefusal;
  };

  it('refuses a page with a table it does not sync, a column the table lacks, a clock it cannot read or values on a deletion, writing none of it', async () => {
    const [a] = setup.all as [Device];
    createCompany(a.db, { name: '李科长' }, { name: '比亚迪汽车工业有限公司' });
    const good = changesUnseenBy(a.db, {});
    const company = good.find((c) => c.tbl === 'companies')!;
    const bad: [SyncChange, RegExp][] = [
      [{ ...company, tbl: 'users' }, /没有“users”这张同步表/],
      [{ ...company, tbl: 'constructor' }, /没有“constructor”这张同步表/],
      [
        { ...company, fields: { ...company.fields, password_hash: 'x' } },
        /“companies”表没有“password_hash”这个字段/,
      ],
      [{ ...company, hlc: '1) OR (1=1' }, /时钟“1\) OR \(1=1”格式不正确/],
      [{ ...company, op: 'del', fields: { name: '改名' } }, /删除记录的变更不应带字段值/],
    ];
    const before = await mirrorHashes(setup.office.db.sql);
    for (const [change, message] of bad) {
      const refusal = await refusalOf(() =>
        setup.office.engine.push(callerFor(a.id), {
          schemaVersion: SCHEMA_VERSION,
          seen: seenVector(a.db),
          changes: [...good, change],
        }),
      );
      expect(refusal).toMatchObject({ status: 400, code: 'BAD_CHANGE' });
      expect(refusal.message).toMatch(new RegExp(`^第 ${good.length + 1} 条变更无效：`));
      expect(refusal.message).toMatch(message);
    }
    expect(await setup.office.db.sql.query(`SELECT 1 FROM changes`)).toEqual([]);
    expect(await mirrorHashes(setup.office.db.sql)).toEqual(before);
    // The same page without the bad change goes through.
    const ok = await setup.office.engine.push(callerFor(a.id), {
      schemaVersion: SCHEMA_VERSION,
      seen: seenVector(a.db),
      changes: good,
    });
    expect(ok.accepted).toBe(good.length);
  });

  it('refuses a pull cursor beyond any log position with a 400, not a database error', async () => {
    const [a] = setup.all as [Device];
    for (const cursor of ['9223372036854775808', '99999999999999999999']) {
      const refusal = await refusalOf(() =>
        setup.office.engine.pull(callerFor(a.id), { schemaVersion: SCHEMA_VERSION, cursor }),
      );
      expect(refusal).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(refusal.message).toContain('同步位置超出范围');
    }
  });
});
