import dayjs, { type Dayjs } from 'dayjs';

const ISO = 'YYYY-MM-DD';

export const toPicker = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null);
export const fromPicker = (d: Dayjs | null | undefined): string | null => (d ? d.format(ISO) : null);

/** Pickers offer only the trip's own days: the main side refuses any other anyway. */
export const outsideTrip = (trip: { startsOn: string; endsOn: string }, d: Dayjs): boolean => {
  const iso = d.format(ISO);
  return iso < trip.startsOn || iso > trip.endsOn;
};
