/** A calendar year as the inclusive date range the period channels take. */
export const yearRange = (year: number): { from: string; to: string } => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
});

export const thisYear = (): number => new Date().getFullYear();

/** Next year (trips get planned ahead) back to five years ago, newest first. */
export function yearOptions(): { value: number; label: string }[] {
  const now = thisYear();
  return Array.from({ length: 7 }, (_, i) => now + 1 - i).map((y) => ({ value: y, label: `${y}年` }));
}

/** The grid filter that keeps rows whose date column falls in the year. */
export const yearFilter = (year: number) => {
  const { from, to } = yearRange(year);
  return { type: 'date' as const, op: 'inRange' as const, value: from, valueTo: to };
};
