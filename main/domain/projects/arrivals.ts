import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';
import { notFound } from '@contract/shared/errors';
import { parseOrThrow } from '../shared/validate';
import { defineTable } from '../store/table';
import { arrivalCreate, type Arrival } from '@contract/projects/schema';
import { projects } from './table';

export const arrivals = defineTable<Arrival>({
  table: 'investment_arrivals',
  entity: 'investment_arrival',
  label: '实到投资记录',
  columns: {
    id: 'id',
    projectId: 'project_id',
    arrivedOn: 'arrived_on',
    amount: 'amount',
    note: 'note',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
});

export function listArrivals(db: Db, projectId: number): Arrival[] {
  projects.require(db, projectId);
  return db
    .prepare(
      `SELECT ${arrivals.selectList} FROM investment_arrivals WHERE project_id = ? ORDER BY arrived_on, id`,
    )
    .all(projectId) as Arrival[];
}

export function createArrival(db: Db, actor: Actor, input: unknown): Arrival {
  const data = parseOrThrow(arrivalCreate, input);
  return db
    .transaction(() => {
      if (!projects.get(db, data.projectId)) throw notFound('项目', data.projectId);
      return arrivals.insert(db, actor, data);
    })
    .immediate();
}

export function deleteArrival(db: Db, actor: Actor, id: number): void {
  db.transaction(() => {
    arrivals.remove(db, actor, id);
  }).immediate();
}
