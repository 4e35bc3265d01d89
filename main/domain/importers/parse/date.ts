import { toHalfWidth } from '@contract/shared/companyName';
import { isIsoDate } from '@contract/shared/time';
import type { Cell } from '../files/grid';
import { serialToIso } from '../files/serialDate';
import { isBlank, problem, value, type Parsed } from './result';

const pad = (n: number | string): string => String(n).padStart(2, '0');

function checked(y: number, m: number, d: number, original: string, warning?: string): Parsed<string> {
  if (y < 1950 || y > 2100) return problem(`日期“${original}”的年份不合理`);
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  if (!isIsoDate(iso)) return problem(`日期“${original}”不存在`);
  return value(iso, warning);
}

/**
 * Dates as ledgers write them, to 'YYYY-MM-DD': 2024年1月8日, 2024.1.8, 2024/1/8, 2024-01-08,
 * 20240108, Excel serial numbers, 2024-01 and 2024年1月 (the 1st of the month), and 5月21日 in
 * the year the person chose for this import (a ledger of one year often leaves the year out).
 */
export function parseDate(raw: Cell, defaultYear: number): Parsed<string> {
  if (raw === null || raw === '') return value(null);
  if (typeof raw === 'boolean') return problem('日期格式不正确');
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 19500101 && raw <= 21001231) {
      return checked(Math.floor(raw / 10000), Math.floor(raw / 100) % 100, raw % 100, String(raw));
    }
    if (raw >= 18264 && raw <= 73415) return parseDate(serialToIso(raw).slice(0, 10), defaultYear);
    return problem(`“${raw}”不是日期`);
  }
  const original = raw;
  const s = toHalfWidth(raw).trim().replace(/\s+/g, ' ');
  if (isBlank(s)) return value(null);
  let m =
    /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(
      s,
    );
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), original);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), original);
  m = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*月?(?:份)?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), 1, original);
  m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s);
  if (m) {
    const read = checked(defaultYear, Number(m[1]), Number(m[2]), original);
    return read.ok ? { ...read, yearless: true } : read;
  }
  if (/^\d+(\.\d+)?$/.test(s)) return parseDate(Number(s), defaultYear);
  return problem(`无法识别日期“${original}”（可写作 2024年1月8日、2024-01-08 或 2024.1.8）`);
}
