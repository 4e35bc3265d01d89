import type { FieldDef } from '@contract/importers/fields';
import { IGNORED_HEADERS } from '@contract/importers/fields';
import { unitInText, type AmountUnit } from '../parse/amount';
import type { Suggestion } from '@contract/importers/schema';
import { headerKey } from './words';

function score(header: string, field: FieldDef): number {
  const key = headerKey(header);
  if (!key) return 0;
  let best = 0;
  for (const syn of field.synonyms.map(headerKey)) {
    if (syn === key) return 100;
    if (syn.length >= 2 && key.includes(syn)) best = Math.max(best, 10 + syn.length);
    else if (key.length >= 2 && syn.includes(key)) best = Math.max(best, 5 + key.length);
  }
  return best;
}

/**
 * A field for each column, from the header words: exact names first, then the closest partial
 * match; a field is suggested for one column only, except notes (several columns are joined).
 * Amount columns get the unit their header names, else the unit written above the table, else 万元.
 */
export function suggestMapping(
  headers: string[],
  fields: FieldDef[],
  unitHint: AmountUnit | null,
): Suggestion[] {
  const candidates: { column: number; field: FieldDef; score: number }[] = [];
  headers.forEach((h, column) => {
    if (IGNORED_HEADERS.includes(headerKey(h))) return;
    for (const field of fields) {
      const s = score(h, field);
      if (s > 0) candidates.push({ column, field, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const byColumn = new Map<number, { field: FieldDef; score: number }>();
  const used = new Set<string>();
  for (const c of candidates) {
    if (byColumn.has(c.column)) continue;
    if (used.has(c.field.key) && c.field.kind !== 'note') continue;
    byColumn.set(c.column, c);
    used.add(c.field.key);
  }
  return headers.map((h, column) => {
    const hit = byColumn.get(column);
    if (!hit) return { column, field: null, confidence: 0 };
    const mapping: Suggestion = { column, field: hit.field.key, confidence: hit.score >= 100 ? 2 : 1 };
    if (hit.field.kind === 'amount') mapping.unit = unitInText(h) ?? unitHint ?? 'wan';
    return mapping;
  });
}
