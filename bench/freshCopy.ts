import { closeSync, copyFileSync, fsyncSync, openSync, rmSync } from 'node:fs';

/**
 * A fresh copy of the full file at `to` (its WAL and shared memory gone), flushed to disk before
 * a timing starts: a person's ledger has long been written out, while a copy just made leaves
 * gigabytes of dirty pages that the kernel would write back during the run being measured.
 */
export function freshCopy(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(to + suffix, { force: true });
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
