// Calendar dates as day numbers (days since 1970-01-01): the cheap currency for business-day walks and
// the timeline parser. Zoned luxon values recompute their UTC offset through Intl on most operations, so
// hot loops use these plain integers and convert to luxon only at the edges.
// Conversions use Howard Hinnant's civil-date algorithms (proleptic Gregorian, no Date objects).

/** A wall-calendar date as days since 1970-01-01; it names a date, not an instant. */
export type Day = number;

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export function dayOf(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function partsOf(n: Day): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day, weekday: weekdayOf(n) };
}

/** 1970-01-01 was a Thursday. */
export function weekdayOf(n: Day): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The day a YYYY-MM-DD string (or the date part of an ISO date-time) names. */
export function dayOfIso(iso: string): Day {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** YYYY-MM-DD. */
export function isoDate(n: Day): string {
  const p = partsOf(n);
  return `${String(p.year).padStart(4, '0')}-${p.month < 10 ? '0' : ''}${p.month}-${p.day < 10 ? '0' : ''}${p.day}`;
}

/** English weekday names, Monday first (ISO weekday - 1). */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
/** English month names, January first (month - 1). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
