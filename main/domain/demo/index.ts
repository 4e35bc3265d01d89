import type { DemoResult, DemoSize } from '../../api/channels/app';
import type { Db } from '../../db/open';
import type { Actor } from '../shared/actor';

export function loadDemoData(_db: Db, _actor: Actor, _size: DemoSize, _onProgress?: (done: number, total: number) => void): DemoResult {
  throw new Error('demo data generator not written yet');
}
