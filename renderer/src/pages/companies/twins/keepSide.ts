import type { TwinPair, TwinSide } from '@contract/companyMerge/twinSchema';

const weight = (s: TwinSide): number => s.projects + s.contacts;

/**
 * Which company of a pair to keep by default: the one with more projects and contacts, else
 * the one with a credit code, else the one entered first. The same rule as the bulk merge.
 */
export function keepAndDrop(p: TwinPair): [keep: TwinSide, drop: TwinSide] {
  const { a, b } = p;
  if (weight(a) !== weight(b)) return weight(a) > weight(b) ? [a, b] : [b, a];
  if (!a.creditCode !== !b.creditCode) return a.creditCode ? [a, b] : [b, a];
  return [a, b];
}
