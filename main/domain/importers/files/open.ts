import { DomainError } from '@contract/shared/errors';
import { openCsv } from './csv';
import type { SheetSource } from './grid';
import { MAX_FILE_BYTES } from '@contract/importers/files/limits';
import { isEncryptedPackage, isOle } from './ole';
import { openXlsx } from './xlsx';

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Opens an uploaded ledger by its content, not its name: .xlsx, .csv (UTF-8/GBK/UTF-16). */
export function openSpreadsheet(name: string, bytes: Uint8Array): SheetSource {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DomainError(
      'VALIDATION',
      `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请删去无关的工作表或分成几个文件`,
    );
  }
  if (bytes.length === 0) throw new DomainError('VALIDATION', '文件是空的');
  if (isOle(bytes)) {
    if (isEncryptedPackage(bytes))
      throw new DomainError('VALIDATION', '文件已加密，请在 Excel 中取消密码后再导入');
    // The old binary .xls (and .doc/.et) format.
    throw new DomainError(
      'VALIDATION',
      '暂不支持旧版 .xls 格式。请在 Excel 或 WPS 中打开，“另存为” .xlsx（Excel 工作簿）后再导入。',
    );
  }
  if (isZip(bytes)) return openXlsx(bytes);
  if (/\.(xlsx|xlsm|xls|et|ods|zip)$/i.test(name)) {
    throw new DomainError('VALIDATION', '文件已损坏或不是有效的 Excel 文件，未能读取。');
  }
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe)) {
    throw new DomainError('VALIDATION', '不是表格文件。请选择 .xlsx 或 .csv 文件。');
  }
  return openCsv(bytes);
}
