// Business days in the candidate's country and zone: weekends plus the public holidays date-holidays lists.
// Pure: no clock reads, no I/O; date-holidays and luxon both run in a browser.
import Holidays from 'date-holidays';
import { DateTime, Info } from 'luxon';
import { FollowthroughError } from '../errors.js';
import { type Day, dayOf as dayNumber, dayOfIso, partsOf, weekdayOf } from './days.js';

export interface SendWindowOptions {
  /** Local time of day the window opens, 'HH:mm' (default '09:00'). */
  start: string;
  /** Local time of day the window closes, 'HH:mm' (default '11:00'). */
  end: string;
}

export interface CalendarOptions {
  /** ISO 3166-1 country, optionally with a region: 'US', 'US-CA', 'DE', 'GB'. */
  country: string;
  /** IANA zone of the candidate, e.g. 'America/Chicago'. */
  zone: string;
  sendWindow?: SendWindowOptions;
}

export interface BusinessCalendar {
  readonly zone: string;
  readonly country: string;
  /** Not a Saturday, Sunday or public holiday, judged on the date in the calendar's zone. */
  isBusinessDay(d: DateTime): boolean;
  /** Name of the public holiday on that date (in the calendar's zone), if any. */
  holidayName(d: DateTime): string | undefined;
  /** First business day on or after d, as the start of that day in the zone. */
  onOrAfter(d: DateTime): DateTime;
  /** Last business day on or before d, as the start of that day in the zone. */
  onOrBefore(d: DateTime): DateTime;
  /**
   * The n-th business day after d's date (n < 0: before), as the start of that day in the zone.
   * n = 0 is onOrAfter(d). From a Saturday, +1 is the Monday (if it is a business day).
   */
  addBusinessDays(d: DateTime, n: number): DateTime;
  /** The morning send window on that day's date, in the zone (DST-correct: always local wall time). */
  sendWindow(day: DateTime): { earliest: DateTime; due: DateTime };
  /** The first public holiday strictly after d's date, within roughly a year. */
  nextHoliday(d: DateTime): { date: DateTime; name: string } | undefined;
  /** The start of a calendar date in the zone (cached: cheap to call in loops). */
  startOfDate(year: number, month: number, day: number): DateTime;
  /** The same questions on wall-calendar dates as day numbers (see days.ts): no luxon, for hot loops. */
  readonly days: BusinessDays;
}

/** Business-day questions on day numbers; answers are the same as the DateTime methods' for that date. */
export interface BusinessDays {
  isBusinessDay(n: Day): boolean;
  holidayName(n: Day): string | undefined;
  onOrAfter(n: Day): Day;
  onOrBefore(n: Day): Day;
  /** Throws like addBusinessDays for a count that is not a whole number. */
  addBusinessDays(n: Day, count: number): Day;
  nextHoliday(n: Day): { date: Day; name: string } | undefined;
  /** The morning send window on that date (the cached pair sendWindow returns). */
  sendWindow(n: Day): { earliest: DateTime; due: DateTime };
  /** The send window's local wall-clock times. */
  readonly sendWindowClock: { readonly start: WallClock; readonly end: WallClock };
  /** The start of that date in the zone (the cached value startOfDate returns). */
  start(n: Day): DateTime;
}

export interface WallClock {
  readonly hour: number;
  readonly minute: number;
}

export const DEFAULT_SEND_WINDOW: SendWindowOptions = { start: '09:00', end: '11:00' };

const calendars = new Map<string, BusinessCalendar>();
let knownCountries: Record<string, string> | undefined;

/** Calendars are cached per country + zone (+ send window), so callers may create one per application. */
export function createBusinessCalendar(options: CalendarOptions): BusinessCalendar {
  const window = options.sendWindow ?? DEFAULT_SEND_WINDOW;
  const key = `${options.country}|${options.zone}|${window.start}|${window.end}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = buildCalendar(options.country, options.zone, window);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Local wall-clock 'HH:mm' → hour and minute; throws naming the field. */
function parseClock(value: string, field: string): WallClock {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!m) throw new FollowthroughError('INVALID_ARGUMENT', `${field}: expected a time like 09:00, got "${value}"`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Why date-holidays cannot give the public holidays of `code` ("US", "US-CA"), or undefined when it can. */
export function countryProblem(code: string): string | undefined {
  try {
    splitCountry(code);
    return undefined;
  } catch (err) {
    return (err as Error).message.replace(/^country: /, '');
  }
}

function splitCountry(code: string): { country: string; state?: string } {
  const [country = '', state] = code.trim().toUpperCase().split('-');
  const holidays = new Holidays();
  knownCountries ??= holidays.getCountries('en');
  if (!knownCountries[country]) {
    throw new FollowthroughError('INVALID_ARGUMENT', `country: unknown country code "${code}" (e.g. US or US-CA)`);
  }
  if (state !== undefined) {
    const states = holidays.getStates(country, 'en');
    if (!states?.[state]) {
      throw new FollowthroughError('INVALID_ARGUMENT', `country: unknown region "${state}" in "${code}"`);
    }
  }
  return state === undefined ? { country } : { country, state };
}

const DAY_MS = 86_400_000;

/** Caches grow with the days a process touches; past this many entries they start over. */
const CACHE_LIMIT = 50_000;

function buildCalendar(code: string, zone: string, window: SendWindowOptions): BusinessCalendar {
  if (!Info.isValidIANAZone(zone)) {
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `timezone: not an IANA time zone "${zone}" (e.g. America/Chicago)`,
    );
  }
  const start = parseClock(window.start, 'sendWindow.start');
  const end = parseClock(window.end, 'sendWindow.end');
  if (end.hour * 60 + end.minute <= start.hour * 60 + start.minute) {
    throw new FollowthroughError('INVALID_ARGUMENT', 'sendWindow.end: must be later than sendWindow.start');
  }
  const { country, state } = splitCountry(code);
  const source = state ? new Holidays(country, state) : new Holidays(country);
  // Only each holiday's local date and length in days are read below, and neither depends on the zone;
  // without one, date-holidays skips a moment-timezone conversion per holiday (half its time per year).
  // Checked for every country and region, 2024-2034, under several process zones: the same table.
  source.setTimezone(undefined as unknown as string);
  // Holiday names in the country's own English ("Labor Day" in the US), else plain English.
  const language = source.getLanguages().find((l) => l.startsWith('en')) ?? 'en';

  // Public holidays by day number, filled a year at a time on first use.
  const holidays = new Map<number, string>();
  const loadedYears = new Set<number>();
  const loadYear = (year: number): void => {
    loadedYears.add(year);
    loaded.push([dayNumber(year, 1, 1), dayNumber(year, 12, 31)]);
    for (const h of source.getHolidays(year, language)) {
      if (h.type !== 'public') continue;
      // Half-day holidays that start at noon leave the morning free, and our window is a morning one.
      if (!h.date.endsWith('00:00:00')) continue;
      const first = dayOfIso(h.date);
      // Multi-day public holidays (e.g. a festival week) mark every day they cover.
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      // Keep the first name when two holidays share a date; the flag is the same.
      for (let i = 0; i < length; i++) if (!holidays.has(first + i)) holidays.set(first + i, h.name);
    }
  };
  // Loaded years as [first, last] day-number pairs: checking them is cheaper than working out the year.
  const loaded: [number, number][] = [];
  const nameOn = (n: number): string | undefined => {
    for (const [first, last] of loaded) if (n >= first && n <= last) return holidays.get(n);
    const { year } = partsOf(n);
    if (!loadedYears.has(year)) loadYear(year);
    return holidays.get(n);
  };
  const businessOn = (n: number): boolean => weekdayOf(n) <= 5 && nameOn(n) === undefined;

  /** The date of d in the calendar's zone, as a day number. */
  const toDay = (d: DateTime): number => {
    const l = d.zoneName === zone ? d : d.setZone(zone);
    return dayNumber(l.year, l.month, l.day);
  };

  // Zoned values handed back to callers, built once per day.
  const starts = new Map<number, DateTime>();
  const windows = new Map<number, { earliest: DateTime; due: DateTime }>();
  const parts = (n: number) => {
    const { year, month, day } = partsOf(n);
    return { year, month, day };
  };
  const startOf = (n: number): DateTime => {
    let d = starts.get(n);
    if (!d) {
      if (starts.size >= CACHE_LIMIT) starts.clear();
      d = DateTime.fromObject(parts(n), { zone });
      starts.set(n, d);
    }
    return d;
  };

  const walk = (n: number, direction: 1 | -1): number => {
    let day = n;
    for (let guard = 0; guard < 370 && !businessOn(day); guard++) day += direction;
    return day;
  };

  const addBusiness = (from: Day, n: number): Day => {
    if (!Number.isInteger(n))
      throw new FollowthroughError('INVALID_ARGUMENT', `business days: not a whole number: ${n}`);
    if (n === 0) return walk(from, 1);
    const direction = n > 0 ? 1 : -1;
    let day = from;
    for (let left = Math.abs(n); left > 0; ) {
      day += direction;
      if (businessOn(day)) left--;
    }
    return day;
  };

  const windowOn = (n: Day): { earliest: DateTime; due: DateTime } => {
    let w = windows.get(n);
    if (!w) {
      if (windows.size >= CACHE_LIMIT) windows.clear();
      const date = parts(n);
      // Built from wall-clock fields, so a DST change never moves the window off 09:00 local.
      w = {
        earliest: DateTime.fromObject({ ...date, ...start }, { zone }),
        due: DateTime.fromObject({ ...date, ...end }, { zone }),
      };
      windows.set(n, w);
    }
    return w;
  };

  const nextHolidayAfter = (from: Day): { date: Day; name: string } | undefined => {
    for (let n = from + 1; n <= from + 400; n++) {
      const name = nameOn(n);
      if (name !== undefined) return { date: n, name };
    }
    return undefined;
  };

  const days: BusinessDays = {
    isBusinessDay: businessOn,
    holidayName: nameOn,
    onOrAfter: (n) => walk(n, 1),
    onOrBefore: (n) => walk(n, -1),
    addBusinessDays: addBusiness,
    nextHoliday: nextHolidayAfter,
    sendWindow: windowOn,
    sendWindowClock: Object.freeze({ start, end }),
    start: startOf,
  };

  return {
    zone,
    country: code,
    days,
    isBusinessDay: (d) => businessOn(toDay(d)),
    holidayName: (d) => nameOn(toDay(d)),
    onOrAfter: (d) => startOf(walk(toDay(d), 1)),
    onOrBefore: (d) => startOf(walk(toDay(d), -1)),
    addBusinessDays: (d, n) => startOf(addBusiness(toDay(d), n)),
    sendWindow: (d) => windowOn(toDay(d)),
    startOfDate: (year, month, day) => startOf(dayNumber(year, month, day)),
    nextHoliday(d) {
      const next = nextHolidayAfter(toDay(d));
      return next && { date: startOf(next.date), name: next.name };
    },
  };
}
