/**
 * 修改记录 names the laptop a change was made on when it came in a 同步包, by the name this
 * laptop knows it under; changes made here name no device.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '@contract/bridge';
import type { RecordHistory } from '@contract/audit/schema';
import type { ApiContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { createCompany, updateCompany } from '../../../main/domain/companies';
import { trustPeer } from '../../../main/sync/peers';
import { closeAll, devices, sync, type Device } from './devices';

let all: Device[] = [];
afterEach(() => closeAll(all));

async function historyOn(d: Device, id: number): Promise<RecordHistory> {
  const ctx: ApiContext = {
    db: d.db,
    actor: { name: '王主任' },
    databasePath: '',
    appVersion: '0',
    emit() {},
  };
  const result = (await dispatch(ctx, 'audit.history', {
    entity: 'company',
    id,
  })) as ApiResult<RecordHistory>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('record history across laptops', () => {
  it('a change received from another laptop shows that laptop’s name; one made here shows none', async () => {
    all = devices(2);
    const [a, b] = all as [Device, Device];
    trustPeer(b.db, { device: a.id, name: '二分队笔记本', publicKey: 'unused-in-this-test' });
    const c = createCompany(a.db, { name: '张科长' }, { name: '宁德时代新能源科技股份有限公司' });
    sync(a, b);
    const idOnB = b.db
      .prepare(`SELECT id FROM companies WHERE name = ?`)
      .pluck()
      .get('宁德时代新能源科技股份有限公司') as number;
    updateCompany(b.db, { name: '王主任' }, { id: idOnB, patch: { notes: '本机补充的备注' } });

    const onThis = await historyOn(b, idOnB);
    const received = onThis.entries.find((e) => e.actor === '张科长')!;
    const local = onThis.entries.find((e) => e.actor === '王主任')!;
    expect(received.deviceName).toBe('二分队笔记本');
    expect(local.deviceName).toBeNull();
    // On the laptop that made it, the same change is its own.
    expect((await historyOn(a, c.id)).entries.every((e) => e.deviceName === null)).toBe(true);
  });
});
