import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/domain/companies';
import { createProject, changeStage } from '../../../main/domain/projects';
import { bulkChangeStage, bulkUpdateProjects } from '../../../main/domain/projects/bulk';
import { createStaff } from '../../../main/domain/people';
import { DomainError } from '@contract/shared/errors';
import { freshDb } from '../testDb';

const actor = { name: '李主任' };

function setup() {
  const db = freshDb();
  const company = createCompany(db, actor, { name: '甲企业有限公司' });
  const ids = [1, 2, 3].map((i) => createProject(db, actor, { name: `项目${i}`, companyId: company.id }).id);
  return { db, ids };
}

describe('bulk changes to projects', () => {
  it('reassigns the owner of every selected project in one audit batch', () => {
    const { db, ids } = setup();
    const staff = createStaff(db, actor, { name: '王专员' });
    const r = bulkUpdateProjects(db, actor, { ids, patch: { ownerId: staff.id } });
    expect(r).toMatchObject({ changed: 3, unchanged: 0 });
    const owners = db.prepare(`SELECT DISTINCT owner_id AS o FROM projects`).all();
    expect(owners).toEqual([{ o: staff.id }]);
    const batch = db.prepare(`SELECT count(*) AS n FROM audit_log WHERE batch_id = ?`).get(r.batchId) as {
      n: number;
    };
    expect(batch.n).toBe(3);
  });

  it('moves selected projects to 签约, leaving ones already there alone', () => {
    const { db, ids } = setup();
    changeStage(db, actor, { id: ids[0]!, stage: 'signed', contractAmount: 100_000_000 });
    // One amount cannot fit many projects: a bulk signing says the amounts are not known yet.
    const r = bulkChangeStage(db, actor, { ids, stage: 'signed', contractAmountUnknown: true });
    expect(r).toMatchObject({ changed: 2, unchanged: 1 });
    const history = db
      .prepare(`SELECT count(*) AS n FROM project_stage_history WHERE to_stage = 'signed'`)
      .get() as { n: number };
    expect(history.n).toBe(3);
  });

  it('changes nothing when one project of the selection cannot move, and names it', () => {
    const { db, ids } = setup();
    changeStage(db, actor, { id: ids[2]!, stage: 'negotiating' });
    let error: unknown;
    try {
      // Backwards for 项目3 needs a reason; the forward moves of the others must not stick either.
      bulkChangeStage(db, actor, { ids, stage: 'contact' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as Error).message).toContain('项目3');
    const stages = db.prepare(`SELECT stage FROM projects ORDER BY id`).pluck().all();
    expect(stages).toEqual(['lead', 'lead', 'negotiating']);
    expect(db.prepare(`SELECT count(*) FROM audit_batches`).pluck().get()).toBe(0);
  });
});
