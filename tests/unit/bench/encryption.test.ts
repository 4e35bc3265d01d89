// The 数据库加密 group of the bench compares every path a user waits on, each against the goal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchEncryption } from '../../../bench/encryption.bench';
import { writeLedger } from '../../../bench/ledgerFixture';
import { closeDatabase } from '../../../main/db/open';
import { generateDemo } from '../../../main/domain/demo';
import { freshDb } from '../testDb';

describe('the encryption bench group', () => {
  it('times open, a grid page, search and an import into the full file, encrypted against plain, each ≤ 1.3×', async () => {
    const db = freshDb();
    generateDemo(db, 'S');
    const tmp = mkdtempSync(join(tmpdir(), 'leadatlas-cipher-bench-'));
    const ledger = join(tmp, 'ledger.xlsx');
    await writeLedger(ledger, 20);
    const once = { warmup: 0, iterations: 1 };
    const rows = await benchEncryption(db, tmp, { open: once, grid: once }, ledger);
    closeDatabase(db);
    expect(rows.map((r) => r.name)).toEqual([
      'open + first page: encrypted vs plain',
      'grid page: encrypted vs plain',
      'search: encrypted vs plain',
      'import into the full file: encrypted vs plain',
    ]);
    for (const r of rows) {
      expect(r.target?.text).toBe('≤ 1.3× raw');
      expect(r.ours?.n).toBe(1);
      expect(r.raw?.n).toBe(1);
      // CPU beside wall time, so a loaded machine shows in these rows too.
      expect(r.ours?.cpuP50).toBeGreaterThan(0);
    }
    expect(rows[3]!.note).toBe('20 companies created per run');
  });
});
