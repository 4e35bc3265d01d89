// Pure: 企业安静日. Zones cap official on-site visits to one company, e.g. "每月不超3次，时长累计
// 不超5天"; the limits come from the settings, the counting is here.
import type { Settings } from '@contract/settings/schema';
import { monthDayZh } from '@contract/shared/time';
import type { QuietDayWarning } from '@contract/trips/planningSchema';

export interface OnSiteVisit {
  companyId: number;
  companyName: string;
  /** Every day the visit occupies; a dated visit is one day, an undated one the stop's days. */
  days: string[];
}

const monthLabel = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/**
 * One warning per company and month over either limit. A visit counts in the month of its first
 * day; its days count in the months they fall in.
 */
export function quietDayWarnings(
  visits: readonly OnSiteVisit[],
  limits: Settings['quietDayLimits'],
): QuietDayWarning[] {
  const buckets = new Map<
    string,
    { companyId: number; companyName: string; visits: number; days: Set<string> }
  >();
  const bucket = (v: OnSiteVisit, month: string) => {
    const key = `${v.companyId}|${month}`;
    let b = buckets.get(key);
    if (!b)
      buckets.set(
        key,
        (b = { companyId: v.companyId, companyName: v.companyName, visits: 0, days: new Set() }),
      );
    return b;
  };
  for (const v of visits) {
    const first = [...v.days].sort()[0];
    if (!first) continue;
    bucket(v, first.slice(0, 7)).visits++;
    for (const d of v.days) bucket(v, d.slice(0, 7)).days.add(d);
  }
  const warnings: QuietDayWarning[] = [];
  for (const [key, b] of buckets) {
    const month = key.split('|')[1] as string;
    const dates = [...b.days].sort();
    const exceeds: QuietDayWarning['exceeds'] = [];
    if (b.visits > limits.visitsPerMonth) exceeds.push('visits');
    if (dates.length > limits.daysPerMonth) exceeds.push('days');
    if (!exceeds.length) continue;
    const broken = [
      ...(exceeds.includes('visits') ? [`每月不超过${limits.visitsPerMonth}次`] : []),
      ...(exceeds.includes('days') ? [`累计不超过${limits.daysPerMonth}天`] : []),
    ];
    const message =
      `${b.companyName}：${monthLabel(month)}安排入企走访${b.visits}次、共${dates.length}天` +
      `（${dates.map(monthDayZh).join('、')}），超出企业安静日规定（${broken.join('，')}）`;
    warnings.push({ ...b, month, days: dates.length, dates, exceeds, message });
  }
  return warnings.sort(
    (a, b) => a.month.localeCompare(b.month) || a.companyName.localeCompare(b.companyName, 'zh-CN'),
  );
}
