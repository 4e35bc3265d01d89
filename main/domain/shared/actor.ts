/** Who is writing: recorded in the audit log. `batchId` groups the writes of one import/merge/bulk edit. */
export interface Actor {
  name: string;
  batchId?: number;
}

export const SYSTEM: Actor = { name: '系统' };
