import { defineTable } from '../store/table';

/** A pair marked 不是重复 in the 疑似重复 list (migration 10), lower id first. */
export interface NotTwinMark {
  id: number;
  lowId: number;
  highId: number;
  createdAt: string;
  updatedAt: string;
}

export const notTwins = defineTable<NotTwinMark>({
  table: 'company_not_twins',
  entity: 'companyNotTwin',
  label: '“不是重复”标记',
  columns: {
    id: 'id',
    lowId: 'low_id',
    highId: 'high_id',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
});
