import type { SearchKind } from '@contract/search/schema';
import { navigate } from '../../router';

const PATHS: Record<SearchKind, string> = {
  company: '/companies',
  project: '/projects',
  contact: '/contacts',
};

/**
 * Opens a record on its page (#/companies?open=12). Asked for the record already in the
 * address, the page would not notice: the address is cleared first so it opens again.
 */
export function openRecord(kind: SearchKind, id: number): void {
  const path = PATHS[kind];
  const target = `#${path}?open=${id}`;
  if (window.location.hash === target) {
    navigate(path);
    setTimeout(() => navigate(path, { open: String(id) }), 0);
  } else {
    navigate(path, { open: String(id) });
  }
}
