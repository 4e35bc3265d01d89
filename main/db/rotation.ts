/**
 * Which backups to delete. Like Actual's rotation: everything from today (up to a number), then
 * the newest one of each earlier day (up to a number of days), and an overall cap. Copies kept
 * aside by a restore ("restore") are outside the rotation but limited to the newest few, so a
 * restore can always be taken back.
 */
export interface RotationPolicy {
  today: number;
  days: number;
  cap: number;
  keepRestore: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { today: 10, days: 14, cap: 30, keepRestore: 3 };

export interface RotationItem {
  name: string;
  /** Local time, ISO without zone. */
  takenAt: string;
  reason: string;
}

const localDay = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function planRotation(
  items: readonly RotationItem[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const newestFirst = [...items].sort((a, b) =>
    a.takenAt === b.takenAt ? b.name.localeCompare(a.name) : a.takenAt < b.takenAt ? 1 : -1,
  );
  const today = localDay(now);
  const remove: string[] = [];

  const restores = newestFirst.filter((b) => b.reason === 'restore');
  remove.push(...restores.slice(policy.keepRestore).map((b) => b.name));

  let keptToday = 0;
  const days = new Set<string>();
  let kept = 0;
  for (const b of newestFirst.filter((x) => x.reason !== 'restore')) {
    const day = b.takenAt.slice(0, 10);
    let keep: boolean;
    if (day >= today) {
      // Also covers clocks that were ahead: a backup "from tomorrow" is treated as today's.
      keep = keptToday < policy.today;
      if (keep) keptToday++;
    } else {
      keep = !days.has(day) && days.size < policy.days;
      if (keep) days.add(day);
    }
    if (keep && kept >= policy.cap) keep = false;
    if (keep) kept++;
    else remove.push(b.name);
  }
  return remove;
}
