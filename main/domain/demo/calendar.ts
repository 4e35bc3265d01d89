// Who is away when: the generator books each trip's people and each reception's host, so no one
// is on two trips at once or hosts a delegation while away (what trips.busy warns about).
import { addDays } from './random';

export class StaffCalendar {
  /** 'staffId:YYYY-MM-DD' for every day someone is taken: a lookup per day, even in size L. */
  private readonly taken = new Set<string>();

  /** True when none of these people has anything on any day from `from` to `to`. */
  free(staffIds: readonly number[], from: string, to: string): boolean {
    for (let day = from; day <= to; day = addDays(day, 1))
      for (const id of staffIds) if (this.taken.has(`${id}:${day}`)) return false;
    return true;
  }

  book(staffIds: readonly number[], from: string, to: string): void {
    for (let day = from; day <= to; day = addDays(day, 1))
      for (const id of staffIds) this.taken.add(`${id}:${day}`);
  }
}
