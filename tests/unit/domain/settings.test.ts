import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { getSettings, setSetting } from '../../../main/domain/settings';
import { actor } from './fixtures-trips';
import { auditCount, rowCount, ctx, domainError, freshDb } from '../testDb';

describe('settings', () => {
  it('returns every setting with defaults applied', () => {
    const db = freshDb();
    expect(getSettings(db)).toEqual({
      moneyUnit: 'wan',
      currentUser: '',
      roadFactor: 1.25,
      leaderTripQuota: { city: 6, zone: 12 },
      quietDayLimits: { visitsPerMonth: 3, daysPerMonth: 5 },
      importDefaultYear: new Date().getFullYear(),
      auditRetentionMonths: 0,
    });
  });

  it('stores a valid value, audited with its key, and reads it back', () => {
    const db = freshDb();
    expect(setSetting(db, actor, { key: 'moneyUnit', value: 'yi' }).moneyUnit).toBe('yi');
    setSetting(db, actor, { key: 'quietDayLimits', value: { visitsPerMonth: 2, daysPerMonth: 4 } });
    setSetting(db, actor, { key: 'moneyUnit', value: 'wan' });
    expect(getSettings(db)).toMatchObject({
      moneyUnit: 'wan',
      quietDayLimits: { visitsPerMonth: 2, daysPerMonth: 4 },
    });
    const rows = db
      .prepare(`SELECT action, before, after FROM audit_log WHERE entity = 'setting' ORDER BY id`)
      .all();
    expect(rows).toEqual([
      { action: 'create', before: null, after: JSON.stringify({ key: 'moneyUnit', value: 'yi' }) },
      {
        action: 'create',
        before: null,
        after: JSON.stringify({ key: 'quietDayLimits', value: { visitsPerMonth: 2, daysPerMonth: 4 } }),
      },
      {
        action: 'update',
        before: JSON.stringify({ key: 'moneyUnit', value: 'yi' }),
        after: JSON.stringify({ key: 'moneyUnit', value: 'wan' }),
      },
    ]);
  });

  it('refuses unknown keys and values that do not fit the key', () => {
    const db = freshDb();
    expect(domainError(() => setSetting(db, actor, { key: 'theme', value: 'dark' })).fields?.key).toBe(
      '未知的设置项',
    );
    expect(domainError(() => setSetting(db, actor, { key: 'roadFactor', value: 2.5 })).fields?.value).toBe(
      '道路系数应在1至2之间',
    );
    expect(
      domainError(() => setSetting(db, actor, { key: 'leaderTripQuota', value: { city: 6 } })).fields?.[
        'value.zone'
      ],
    ).toBeTruthy();
    expect(rowCount(db, 'settings')).toBe(0);
    expect(auditCount(db, 'setting')).toBe(0);
  });

  it('falls back to the default when a stored value no longer fits', () => {
    const db = freshDb();
    db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('moneyUnit', '"fr"', 'x')`).run();
    expect(getSettings(db).moneyUnit).toBe('wan');
  });

  it('ignores the 界面语言 an older version stored, and no longer takes one', async () => {
    const db = freshDb();
    db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('language', '"en"', 'x')`).run();
    const got = await dispatch(ctx(db), 'settings.get', {});
    if (!got.ok) throw new Error(got.error.message);
    expect(Object.keys(got.value as object)).not.toContain('language');
    expect((got.value as { moneyUnit: string }).moneyUnit).toBe('wan');
    const set = await dispatch(ctx(db), 'settings.set', { key: 'language', value: 'en' });
    expect(set.ok ? null : set.error.fields?.key).toBe('未知的设置项');
  });

  it('works through dispatch, refusing unknown extra keys', async () => {
    const db = freshDb();
    const c = ctx(db);
    const ok = await dispatch(c, 'settings.set', { key: 'roadFactor', value: 1.3 });
    expect(ok.ok && (ok.value as { roadFactor: number }).roadFactor).toBe(1.3);
    const extra = await dispatch(c, 'settings.set', { key: 'roadFactor', value: 1.2, scope: 'all' });
    expect(extra.ok ? null : extra.error.code).toBe('VALIDATION');
    const unknown = await dispatch(c, 'settings.set', { key: 'theme', value: 'dark' });
    expect(unknown.ok ? null : unknown.error.fields?.key).toBe('未知的设置项');
    const got = await dispatch(c, 'settings.get', {});
    expect(got.ok && (got.value as { roadFactor: number }).roadFactor).toBe(1.3);
  });
});
