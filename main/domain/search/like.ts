/** LIKE '%value%' as a bound parameter (with ESCAPE '\'): the value's own % and _ match themselves. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
export const likeText = (v: string): string => `%${escapeLike(v)}%`;
