import { z } from 'zod';
import type { ProjectStage } from '../projects/pipelineStages';

export const SEARCH_KINDS = ['company', 'contact', 'project'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchInput = z.strictObject({
  q: z.string({ error: '请输入要搜索的内容' }).max(100, '搜索内容不能超过100个字'),
  limit: z.number().int().min(1).max(50).default(8),
});
export type SearchInput = z.input<typeof searchInput>;

/** [start, end) in UTF-16 units of the text it belongs to. */
export type Mark = [number, number];

/** What matched: the name as written, its pinyin or initials, a phone number, a credit code. */
export type MatchedBy = 'name' | 'pinyin' | 'initials' | 'phone' | 'creditCode';

export interface SearchHit {
  kind: SearchKind;
  id: number;
  title: string;
  titleMarks: Mark[];
  /** Context for telling records apart: the company of a contact or project, a company's industry. */
  subtitle: string | null;
  /** The phone number or credit code that matched, when it was not the name. */
  detail: string | null;
  detailMarks: Mark[];
  matchedBy: MatchedBy;
  /** Projects only. */
  stage?: ProjectStage;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** More records match than are shown. */
  more: boolean;
}

export interface SearchResult {
  q: string;
  /** Companies, projects, contacts, in that order; empty groups are left out. */
  groups: SearchGroup[];
  millis: number;
}
