// Pure: one person cannot be on two trips at once. The timeline marks such pairs in red.
import type { Clash, TimelineTrip } from '@contract/trips/planningSchema';

/**
 * Every pair of trips that share a person (leader or member) on overlapping days, once per
 * person, with the overlapping days. Cancelled trips take nobody anywhere and are skipped.
 */
export function findClashes(trips: readonly TimelineTrip[], staffName: (id: number) => string): Clash[] {
  const live = trips
    .filter((t) => t.status !== 'cancelled')
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const clashes: Clash[] = [];
  for (let i = 0; i < live.length; i++) {
    const a = live[i]!;
    // Sorted by start: once a later trip starts after a ends, none further can overlap a.
    for (let j = i + 1; j < live.length && live[j]!.startsOn <= a.endsOn; j++) {
      const b = live[j]!;
      const from = b.startsOn;
      const to = a.endsOn < b.endsOn ? a.endsOn : b.endsOn;
      const shared = a.staffIds.filter((id) => b.staffIds.includes(id));
      for (const staffId of shared) {
        clashes.push({ tripIds: [a.id, b.id], staffId, staffName: staffName(staffId), from, to });
      }
    }
  }
  return clashes;
}
