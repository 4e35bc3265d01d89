import { STAGE_LABELS } from '@contract/projects/pipelineStages';
import { creditCodeProblem, normalizeCreditCode, type CreditCodeProblem } from '@contract/shared/creditCode';
import { toHalfWidth } from '@contract/shared/companyName';
import type { FieldDef } from '@contract/importers/fields';
import { cellText, type Cell } from './files/grid';
import { parseAmount } from './parse/amount';
import { parseDate } from './parse/date';
import type { DatesYear } from './header/year';
import { lookup, norm, parseBool, type Vocabulary } from './parse/enums';
import { splitPhones } from './parse/phone';
import { parseRegion } from './parse/region';
import { isBlank, type Parsed } from './parse/result';
import { parseStage, type StageReading } from './parse/stage';
import {
  INTERACTION_KINDS_VOCAB,
  ISSUE_CATEGORIES_VOCAB,
  ISSUE_STATUSES_VOCAB,
  KEY_LEVELS_VOCAB,
  TIERS,
} from './parse/vocabularies';
import type { AmountUnit, RowProblem } from '@contract/importers/schema';

/** One mapped column, prepared once per import. */
export interface MappedColumn {
  column: number;
  header: string;
  field: FieldDef;
  unit: AmountUnit;
  /** Several columns feed this note field: each value is prefixed with its header. */
  labelled: boolean;
}

export type Values = Record<string, unknown>;

export interface Converted {
  values: Values;
  problems: RowProblem[];
  /** A date of the row was written without its year. */
  yearless?: true;
}

/** Why a 统一社会信用代码 is not stored as one, as the note on the company says it. */
const RAW_CODE_REASONS: Record<CreditCodeProblem, string> = {
  check: '校验位不符',
  length: '位数不对，应为18位',
  charset: '含无效字符',
};

/** Excel's name of a column: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const VOCABS: Partial<Record<FieldDef['kind'], Vocabulary<string>>> = {
  tier: TIERS,
  interactionKind: INTERACTION_KINDS_VOCAB,
  issueCategory: ISSUE_CATEGORIES_VOCAB,
  issueStatus: ISSUE_STATUSES_VOCAB,
  keyLevel: KEY_LEVELS_VOCAB,
};

function text(cell: Cell): string | null {
  const s = cellText(cell).trim();
  return s === '' || isBlank(s) ? null : s;
}

function number(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') return { ok: true, value: cell };
  const s = text(cell);
  if (s === null) return { ok: true, value: null };
  const m = /^(\d+(?:\.\d+)?)\s*(亩|平方米|㎡)?$/.exec(toHalfWidth(s).replace(/[,，\s]/g, ''));
  if (!m) return { ok: false, message: `“${s}”不是数字` };
  return { ok: true, value: Number(m[1]) };
}

type Memo = Map<Cell, Parsed<unknown>>;
const MEMO_LIMIT = 50_000;

/**
 * Ledgers repeat the same dates, stages and amounts thousands of times: each text is read once,
 * looked up as `cache.get(cell) ?? remember(cache, cell, read(cell))`.
 */
function remember(cache: Memo, cell: Cell, read: Parsed<unknown>): Parsed<unknown> {
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(cell, read);
  return read;
}

const warn = (
  out: Converted,
  field: FieldDef,
  message: string,
  level: 'warning' | 'info' = 'warning',
): void => void out.problems.push({ field: field.key, message: `${field.label}：${message}`, level });

/** A value read as another word than the one written: shown, so the person can check the reading. */
const mapped = (out: Converted, field: FieldDef, written: string, readAs: string): void =>
  warn(out, field, `“${written}”按“${readAs}”导入`, 'info');

/** Takes a parser's answer into the row: its value, or its problem under the field's name. */
function take(out: Converted, field: FieldDef, r: Parsed<unknown>): void {
  if (!r.ok) {
    out.problems.push({ field: field.key, message: `${field.label}：${r.message}`, level: 'error' });
    return;
  }
  if (r.warning) warn(out, field, r.warning);
  if (r.value !== null) out.values[field.key] = r.value;
}

/** Reads one cell as its field's kind; problems name the field the way the person knows it. */
function readCell(col: MappedColumn, cell: Cell, year: DatesYear, out: Converted, cache: Memo): void {
  const { field } = col;
  switch (field.kind) {
    case 'amount':
      return take(out, field, cache.get(cell) ?? remember(cache, cell, parseAmount(cell, col.unit)));
    case 'date': {
      const read = cache.get(cell) ?? remember(cache, cell, parseDate(cell, year.year));
      take(out, field, read);
      if (read.ok && read.yearless) {
        out.yearless = true;
        warn(
          out,
          field,
          `“${cellText(cell).trim()}”未写年份，按 ${year.year} 年导入（年份取自${year.source}）`,
        );
      }
      return;
    }
    case 'region':
      return take(
        out,
        field,
        cache.get(cell) ??
          remember(
            cache,
            cell,
            text(cell) === null ? { ok: true, value: null } : parseRegion(cellText(cell)),
          ),
      );
    case 'number':
      return take(out, field, number(cell));
    case 'phones': {
      const phones = splitPhones(cell);
      if (phones.unreadable.length) warn(out, field, `未能识别“${phones.unreadable.join('、')}”，已写入备注`);
      if (phones.mobile || phones.phone || phones.extra.length || phones.unreadable.length)
        out.values[field.key] = phones;
      return;
    }
    case 'bool': {
      if (text(cell) === null && typeof cell !== 'boolean') return;
      const b = parseBool(cell as string | number | boolean);
      if (b === null) return warn(out, field, `无法识别“${cellText(cell)}”，按“否”处理`);
      out.values[field.key] = b;
      return;
    }
    case 'stage': {
      const s = text(cell);
      if (s === null) return;
      const reading = (
        (cache.get(cell) ?? remember(cache, cell, { ok: true, value: parseStage(s) })) as {
          value: StageReading | null;
        }
      ).value;
      if (!reading) warn(out, field, `未能识别“${s}”，阶段按签约等日期推断，原文写入备注`);
      else out.values.stage = reading.stage;
      if (reading && !reading.named) mapped(out, field, s, STAGE_LABELS[reading.stage]);
      if (!reading?.exact) out.values.stageText = s;
      return;
    }
    case 'creditCode': {
      const s = text(cell);
      if (s === null) return;
      const code = normalizeCreditCode(s);
      const why = creditCodeProblem(code);
      if (why === null) {
        out.values[field.key] = code;
        return;
      }
      // Not stored as a code (it would not find or match anyone), but not lost either: the
      // company's notes keep it word for word.
      out.values.rawCreditCode = `原表统一社会信用代码：${s}（${RAW_CODE_REASONS[why]}）`;
      warn(
        out,
        field,
        `${columnLetter(col.column)}列“${s}”${RAW_CODE_REASONS[why]}，未作为信用代码导入，原文记入企业备注`,
      );
      return;
    }
    case 'note': {
      const s = text(cell);
      if (s === null) return;
      const line = col.labelled ? `${col.header}：${s}` : s;
      const prev = out.values[field.key];
      out.values[field.key] = typeof prev === 'string' ? `${prev}\n${line}` : line;
      return;
    }
    default: {
      const s = text(cell);
      if (s === null) return;
      const vocab = VOCABS[field.kind];
      if (!vocab) {
        out.values[field.key] = s;
        return;
      }
      const code = lookup(vocab, s);
      if (code === null) return warn(out, field, `无法识别“${s}”，已留空`);
      out.values[field.key] = code;
      // The first word of a code is the app's own label for it.
      const label = vocab.exact[code]?.[0] ?? code;
      if (norm(s) !== norm(label) && norm(s) !== code.toLowerCase()) mapped(out, field, s, label);
    }
  }
}

/** The apostrophe an export puts before text that starts like a formula (see exporters/cells.ts). */
const unneutralise = (cell: Cell): Cell =>
  typeof cell === 'string' && /^''*[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;

/**
 * The longest text any field keeps (备注, 4 000 characters). A longer cell is refused as it is,
 * before any parser reads it: parsing a few megabytes per cell made a preview take minutes.
 */
export const MAX_CELL_CHARS = 4000;

const tooLong = (out: Converted, field: FieldDef, length: number): void =>
  void out.problems.push({
    field: field.key,
    message: `${field.label}：内容过长（${length.toLocaleString('zh-CN')} 字），最多 ${MAX_CELL_CHARS.toLocaleString('zh-CN')} 字`,
    level: 'error',
  });

/** Reads rows of one sheet; each column keeps its own cache of texts already read. */
export function rowConverter(columns: MappedColumn[], year: DatesYear): (cells: Cell[]) => Converted {
  const caches = columns.map((): Memo => new Map());
  return (cells) => {
    const out: Converted = { values: {}, problems: [] };
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i] as MappedColumn;
      const cell = cells[col.column] ?? null;
      if (typeof cell === 'string' && cell.length > MAX_CELL_CHARS) {
        tooLong(out, col.field, cell.length);
        continue;
      }
      readCell(col, unneutralise(cell), year, out, caches[i] as Memo);
    }
    return out;
  };
}
