import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiContext } from '../../../../main/api/context';
import { openDatabase } from '../../../../main/db/open';
import { DomainError } from '@contract/shared/errors';

/** The refusal a promise rejects with; fails the test when it resolves or rejects with something else. */
export async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(err)}`);
  return err;
}

/** A handler context on a fresh ledger file beside which the device key is kept. */
export function ledgerContext(more: Partial<ApiContext> = {}): ApiContext {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'la-server-link-')), 'ledger.sqlite');
  return {
    db: openDatabase(dbPath),
    actor: { name: '王科长' },
    databasePath: dbPath,
    appVersion: '0',
    emit() {},
    ...more,
  };
}
