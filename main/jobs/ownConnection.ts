import { connect } from '../db/cipher';
import { applyPragmas, type Db } from '../db/open';

/**
 * A job's own connection on the ledger: the main connection keeps answering reads meanwhile,
 * and sees the job's writes once they are committed (WAL), its caches keyed on data_version.
 */
export async function onOwnConnection<T>(dbPath: string, work: (db: Db) => T | Promise<T>): Promise<T> {
  const db = connect(dbPath, { fileMustExist: true });
  try {
    applyPragmas(db);
    return await work(db);
  } finally {
    db.close();
  }
}
