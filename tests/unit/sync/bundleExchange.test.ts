import { describe, expect, it } from 'vitest';
import { ledgerHashes } from '../../../main/sync/tableHash';
import { freshDb } from '../testDb';
import { PNG } from '../attachments/fixtures';
import { call, companies, exported, refusal, staged } from './laptopCalls';

describe('同步包 between two laptops', () => {
  it('asks to trust an unknown laptop, then brings its company and attachment file; a second import changes nothing', async () => {
    const a = freshDb();
    const b = freshDb();
    await call(a, 'sync.renameDevice', { name: '招商一组笔记本' });
    const company = await call<{ id: number }>(a, 'companies.create', {
      name: '宁德时代新能源科技股份有限公司',
    });
    await call(a, 'attachments.add', {
      owner: { kind: 'company', id: company.id },
      name: '名片.png',
      category: 'card',
      base64: PNG.toString('base64'),
    });
    const file = await exported(a);
    expect(file.fileName).toMatch(/^同步包-招商一组笔记本-\d{8}\.lasync$/);

    const { fileId } = await staged(b, file.base64);
    const signer = await call<{ name: string; fingerprint: string }>(b, 'sync.signer', { fileId });
    const aStatus = await call<{ device: { fingerprint: string } }>(a, 'sync.status');
    expect(signer).toMatchObject({ name: '招商一组笔记本', fingerprint: aStatus.device.fingerprint });
    const foreign = await refusal(b, 'sync.import', { fileId });
    expect(foreign.message).toContain('招商一组笔记本');
    expect(companies(b)).toEqual([]);

    await call(b, 'sync.trust', { fileId });
    const first = await call<{ applied: number; attachments: number }>(b, 'sync.import', { fileId });
    expect(first.attachments).toBe(1);
    expect(companies(b)).toEqual(['宁德时代新能源科技股份有限公司']);
    const onB = b.prepare(`SELECT id FROM companies`).pluck().get() as number;
    const listed = await call<{ attachment: { id: number } }[]>(b, 'attachments.list', {
      owner: { kind: 'company', id: onB },
    });
    expect(listed).toHaveLength(1);
    expect(ledgerHashes(b)).toEqual(ledgerHashes(a));

    const again = await call<{ applied: number; alreadyHad: number }>(b, 'sync.import', { fileId });
    expect(again).toMatchObject({ applied: 0, alreadyHad: first.applied });
    expect(ledgerHashes(b)).toEqual(ledgerHashes(a));
  });

  it('refuses a bundle changed in transit and writes nothing', async () => {
    const a = freshDb();
    const b = freshDb();
    await call(a, 'companies.create', { name: '比亚迪股份有限公司' });
    const good = Buffer.from((await exported(a)).base64, 'base64');
    await call(b, 'sync.trust', { fileId: (await staged(b, good.toString('base64'))).fileId });
    const before = ledgerHashes(b);
    const bad = Buffer.from(good);
    bad[Math.floor(bad.length / 2)]! ^= 0xff;
    const e = await refusal(b, 'sync.import', { fileId: (await staged(b, bad.toString('base64'))).fileId });
    expect(e.message).toContain('未导入任何内容');
    expect(ledgerHashes(b)).toEqual(before);
    const cut = good.subarray(0, good.length - 100);
    await refusal(b, 'sync.import', { fileId: (await staged(b, cut.toString('base64'))).fileId });
    expect(ledgerHashes(b)).toEqual(before);
  });

  it('counts what is waiting to be sent until the other laptop says it has it', async () => {
    const a = freshDb();
    const b = freshDb();
    await call(a, 'companies.create', { name: '隆基绿能科技股份有限公司' });
    await call(b, 'companies.create', { name: '天合光能股份有限公司' });
    expect((await call<{ pending: number }>(a, 'sync.status')).pending).toBeGreaterThan(0);
    const fromA = (await staged(b, (await exported(a)).base64)).fileId;
    await call(b, 'sync.trust', { fileId: fromA });
    await call(b, 'sync.import', { fileId: fromA });
    const fromB = (await staged(a, (await exported(b)).base64)).fileId;
    await call(a, 'sync.trust', { fileId: fromB });
    await call(a, 'sync.import', { fileId: fromB });
    const status = await call<{ pending: number; peers: { unseenByIt: number }[] }>(a, 'sync.status');
    expect(status.pending).toBe(0);
    expect(status.peers[0]!.unseenByIt).toBe(0);
    expect(companies(a)).toEqual(companies(b));
    expect(ledgerHashes(a)).toEqual(ledgerHashes(b));
  });
});
