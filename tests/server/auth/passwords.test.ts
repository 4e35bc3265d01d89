import { describe, expect, it } from 'vitest';
import { DEFAULT_COST, hashPassword, verifyPassword } from '../../../server/auth/passwords';

describe('account passwords (scrypt)', () => {
  it('keeps a salted hash with its cost, never the password, and knows the password again', async () => {
    const hash = await hashPassword('招商引资2026');
    expect(hash).not.toContain('招商引资2026');
    expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', String(DEFAULT_COST.N), '8', '1']);
    expect(await verifyPassword('招商引资2026', hash)).toBe(true);
    expect(await verifyPassword('招商引资2025', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts each hash, so two accounts with one password do not share a hash', async () => {
    const cost = { N: 1024, r: 8, p: 1 };
    const [a, b] = await Promise.all([hashPassword('同一个密码', cost), hashPassword('同一个密码', cost)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('同一个密码', a)).toBe(true);
    expect(await verifyPassword('同一个密码', b)).toBe(true);
  });

  it('reads the cost from the stored hash, so raising the default locks no one out', async () => {
    const older = await hashPassword('旧密码很长', { N: 2048, r: 8, p: 1 });
    expect(older.startsWith('scrypt$2048$8$1$')).toBe(true);
    expect(await verifyPassword('旧密码很长', older)).toBe(true);
  });

  it('matches nothing against a damaged or foreign hash', async () => {
    const hash = await hashPassword('招商引资2026', { N: 1024, r: 8, p: 1 });
    const parts = hash.split('$');
    const flipped = [...parts.slice(0, 5), Buffer.alloc(32, 1).toString('base64')].join('$');
    for (const stored of [
      flipped,
      hash.slice(0, -4),
      '',
      'plain-text',
      '$2b$10$abcdefghijklmnopqrstuv',
      'scrypt$0$8$1$AA==$AA==',
    ])
      expect(await verifyPassword('招商引资2026', stored)).toBe(false);
  });
});
