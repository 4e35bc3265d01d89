import { unzipSync } from 'fflate';
import { DomainError } from '../../shared/errors';
import { ZIP_LIMITS } from './limits';

const refuse = (detail: string): DomainError =>
  new DomainError(
    'VALIDATION',
    `文件结构异常，为安全起见未读取（${detail}）。请在 Excel/WPS 中另存为 .xlsx 后重试。`,
  );

/**
 * Extracts the wanted entries of a zip after checking the central directory of all of them:
 * entry count, total uncompressed size and compression ratio. fflate decompresses into a buffer
 * of the declared size, so a lying header cannot make an entry grow past what was checked.
 */
export function unzipChecked(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Record<string, Uint8Array> {
  let entries = 0;
  let total = 0;
  let problem: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        total += f.originalSize;
        if (entries > ZIP_LIMITS.maxEntries) problem ??= `包含 ${entries} 个以上的部件`;
        if (total > ZIP_LIMITS.maxTotalBytes) problem ??= '解压后体积过大';
        if (f.originalSize > ZIP_LIMITS.ratioFrom && f.originalSize > f.size * ZIP_LIMITS.maxRatio) {
          problem ??= '压缩比异常';
        }
        return problem === null && wanted(f.name);
      },
    });
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('VALIDATION', '文件已损坏或不是有效的 .xlsx 文件，未能读取。');
  }
  if (problem) throw refuse(problem);
  return files;
}
