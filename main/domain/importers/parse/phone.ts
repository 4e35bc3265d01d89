import { normalizePhone } from '@contract/contacts/schema';
import type { Cell } from '../files/grid';
import { isBlank } from './result';

export interface Phones {
  mobile: string | null;
  phone: string | null;
  /** Further numbers and anything unreadable, kept word for word for the notes. */
  extra: string[];
  unreadable: string[];
}

/**
 * One 联系电话 cell may hold several numbers: "138 0013 8000、0571-88886666转123". The first
 * mobile becomes the mobile, the first other number the phone; nothing is thrown away.
 */
export function splitPhones(raw: Cell): Phones {
  const out: Phones = { mobile: null, phone: null, extra: [], unreadable: [] };
  if (raw === null || typeof raw === 'boolean') return out;
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (isBlank(text)) return out;
  for (const part of text
    .split(/[、,，;；/\n]|\s{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const r = normalizePhone(part);
    if (!r.ok) out.unreadable.push(part);
    else if (r.mobile && !out.mobile) out.mobile = r.value;
    else if (!r.mobile && !out.phone) out.phone = r.value;
    else out.extra.push(r.value);
  }
  return out;
}
