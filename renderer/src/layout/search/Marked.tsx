import type { ReactNode } from 'react';
import type { Mark } from '@contract/search/schema';

/** A text with the parts that matched the search shown in <mark>. */
export function Marked({ text, marks }: { text: string; marks: Mark[] }) {
  if (marks.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(Math.max(start, at), end)}</mark>);
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
