import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { DomainError } from '@contract/shared/errors';
import { writeDurably } from '../domain/attachments/fileStore';
import { SYNC_BUNDLE_LIMITS } from './bundleChanges';
import { notABundle, UNCHANGED } from './bundleRefusals';

/**
 * A 同步包 on disk, often a USB stick: written whole or not at all (a stick pulled out early
 * leaves the previous file or none, never half of one), and read only when it is a file of a size
 * a bundle can have, before a byte of it is loaded.
 */
export const saveBundleFile = (path: string, bundle: Buffer): void => writeDurably(path, bundle);

function statOf(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

export function loadBundleFile(path: string): Buffer {
  const stat = statOf(path);
  if (!stat)
    throw new DomainError('NOT_FOUND', `找不到同步包文件（${path}），可能已被移走或U盘已拔出。${UNCHANGED}`);
  // A link could point anywhere on the machine: only a file itself is read.
  if (!stat.isFile()) throw notABundle();
  if (stat.size > SYNC_BUNDLE_LIMITS.maxBundleBytes)
    throw new DomainError(
      'TOO_LARGE',
      `该文件约有 ${(stat.size / 1e9).toFixed(1)} GB，超过同步包 2 GB 的上限，不是招商通导出的同步包，不能导入。${UNCHANGED}`,
    );
  return readFileSync(path);
}
