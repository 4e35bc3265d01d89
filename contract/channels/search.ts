import { searchInput, type SearchResult } from '../search/schema';
import { query } from './define';

/** The header search (Ctrl+K) over companies, projects and contacts. */
export const searchChannels = {
  'search.global': query<SearchResult>()(searchInput),
};
