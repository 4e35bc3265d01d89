// Pure: the renderer's banners and the printed reports say the totals in the same words.

export interface TripTotals {
  /** Trips counted (cancelled ones never are). */
  trips: number;
  /** Calendar days away, summed over the trips. */
  days: number;
  /** Estimated kilometres, road factor applied, rounded. */
  km: number;
  /** Distinct provinces and prefecture-level cities (a municipality counts as a city) stopped in. */
  provinces: number;
  cities: number;
  /** Distinct companies with a visit marked done. */
  companiesVisited: number;
  /** Distinct companies with a visit still planned (not yet done). */
  companiesPlanned: number;
  /** Promotion events, forums and signings held at the stops. */
  meetings: number;
}

export const EMPTY_TOTALS: TripTotals = {
  trips: 0,
  days: 0,
  km: 0,
  provinces: 0,
  cities: 0,
  companiesVisited: 0,
  companiesPlanned: 0,
  meetings: 0,
};

/** 21,345 → '2.1万公里'; 3,456 → '3456公里': the way the reports write distances. */
export function formatKm(km: number): string {
  const whole = Math.round(km);
  if (whole < 10_000) return `${whole}公里`;
  const wan = Math.round(whole / 1_000) / 10;
  return `${Number.isInteger(wan) ? wan.toFixed(0) : wan.toFixed(1)}万公里`;
}

/**
 * '外出招商5次36天，总行程2.1万公里，跨8省23地，走访企业76家' — the seeds' own sentence. Events and
 * still-planned visits are appended only when there are any, so a plain year reads as the
 * reports do.
 */
export function formatTripTotals(t: TripTotals): string {
  const parts = [
    `外出招商${t.trips}次${t.days}天`,
    `总行程${formatKm(t.km)}`,
    `跨${t.provinces}省${t.cities}地`,
    `走访企业${t.companiesVisited}家`,
  ];
  if (t.meetings > 0) parts.push(`举办推介会、座谈会等活动${t.meetings}场`);
  const text = parts.join('，');
  return t.companiesPlanned > 0 ? `${text}（另有${t.companiesPlanned}家企业计划走访）` : text;
}

/** One trip is not '外出招商1次': its banner reads '共8天，总行程…'. */
export function formatOneTrip(t: TripTotals): string {
  return formatTripTotals(t).replace(/^外出招商1次/, '共');
}
