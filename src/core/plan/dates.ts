// Date work for the planner, memoised. Luxon computes an IANA zone's offset through Intl on every
// DateTime it builds in that zone, which dominated planning time; a plan only ever touches a few hundred
// distinct local days, so every day-level value (start of day, business-day moves, send windows, the
// wording of a date) is computed once per calendar and reused across applications and re-plans.
import { DateTime } from 'luxon';
import type { BusinessCalendar } from '../calendar/business.js';

const MAX_ENTRIES = 50_000;
/** The `move` code of onOrAfter; business-day counts n use n + 400, calendar-day counts n + 1400. */
const ON_OR_AFTER = 999;

/** yyyymmdd of d's local date (d must already be in the zone). */
export function dayKey(d: DateTime): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

export class Days {
  readonly zone: string;
  private readonly calendar: BusinessCalendar;
  private readonly instants = new Map<string, DateTime>();
  private readonly starts = new Map<number, DateTime>();
  private readonly moves = new Map<number, DateTime>();
  private readonly windows = new Map<number, { earliest: DateTime; due: DateTime }>();
  private readonly ends = new Map<number, DateTime>();
  private readonly holidays = new Map<number, string[]>();
  private readonly words = new Map<number, string>();
  private readonly isoText = new WeakMap<DateTime, string>();

  constructor(calendar: BusinessCalendar) {
    this.calendar = calendar;
    this.zone = calendar.zone;
  }

  /** An ISO 8601 date-time with its own offset, as a DateTime in the zone. */
  at(isoText: string): DateTime {
    let d = this.instants.get(isoText);
    if (!d) {
      d = DateTime.fromISO(isoText, { setZone: true }).setZone(this.zone);
      bounded(this.instants).set(isoText, d);
    }
    return d;
  }

  /** A calendar date 'YYYY-MM-DD' as the start of that day in the zone (undefined if invalid). */
  date(isoDate: string): DateTime | undefined {
    let d = this.instants.get(isoDate);
    if (!d) {
      const parsed = DateTime.fromISO(isoDate, { zone: this.zone });
      if (!parsed.isValid) return undefined;
      d = this.startOf(parsed);
      bounded(this.instants).set(isoDate, d);
    }
    return d;
  }

  /** A millisecond instant as a DateTime in the zone (not cached: rare). */
  fromMillis(ms: number): DateTime {
    return DateTime.fromMillis(ms, { zone: this.zone });
  }

  /** Start of d's local day. */
  startOf(d: DateTime): DateTime {
    const local = d.zoneName === this.zone ? d : d.setZone(this.zone);
    return this.dayOf(local.year, local.month, local.day);
  }

  /** The start of the day n calendar days after d's day. */
  plusDays(d: DateTime, n: number): DateTime {
    if (!Number.isInteger(n) || Math.abs(n) >= 400) return this.startOf(this.startOf(d).plus({ days: n }));
    return this.move(d, n + 1400, (day) => {
      // Calendar arithmetic on the bare date (UTC has no DST), then one cached lookup for that local day.
      const t = new Date(Date.UTC(day.year, day.month - 1, day.day + n));
      return this.dayOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    });
  }

  /** Start of a local day given by its fields. */
  private dayOf(year: number, month: number, day: number): DateTime {
    const key = year * 10000 + month * 100 + day;
    let out = this.starts.get(key);
    if (!out) {
      out = DateTime.fromObject({ year, month, day }, { zone: this.zone });
      bounded(this.starts).set(key, out);
    }
    return out;
  }

  /** First business day on or after d's day. */
  onOrAfter(d: DateTime): DateTime {
    return this.move(d, ON_OR_AFTER, (day) => this.startOf(this.calendar.onOrAfter(day)));
  }

  /** The n-th business day after d's day (n < 0: before). */
  addBusinessDays(d: DateTime, n: number): DateTime {
    if (!Number.isInteger(n) || Math.abs(n) >= 400) return this.startOf(this.calendar.addBusinessDays(d, n));
    return this.move(d, n + 400, (day) => this.startOf(this.calendar.addBusinessDays(day, n)));
  }

  /** The morning send window on d's day. */
  window(d: DateTime): { earliest: DateTime; due: DateTime } {
    const day = this.startOf(d);
    const key = dayKey(day);
    let w = this.windows.get(key);
    if (!w) {
      w = this.calendar.sendWindow(day);
      bounded(this.windows).set(key, w);
    }
    return w;
  }

  /** 23:59:59 on d's day: "by the end of that day". */
  endOfDay(d: DateTime): DateTime {
    const day = this.startOf(d);
    const key = dayKey(day);
    let end = this.ends.get(key);
    if (!end) {
      end = DateTime.fromObject(
        { year: day.year, month: day.month, day: day.day, hour: 23, minute: 59, second: 59 },
        { zone: this.zone },
      );
      bounded(this.ends).set(key, end);
    }
    return end;
  }

  /** First business day on or after the nominal day, with the public holidays passed over. */
  landOn(nominal: DateTime): Landing {
    const from = this.startOf(nominal);
    const day = this.onOrAfter(from);
    return { day, skipped: this.holidaysBetween(from, day) };
  }

  /** n business days after d's day, with the public holidays passed over on the way. */
  businessDaysAfter(d: DateTime, n: number): Landing {
    const from = this.startOf(d);
    const day = this.addBusinessDays(from, n);
    return { day, skipped: this.holidaysBetween(this.plusDays(from, 1), day) };
  }

  /** "Monday, April 20" for reasons. */
  longDate(d: DateTime): string {
    const day = this.startOf(d);
    const key = dayKey(day);
    let text = this.words.get(key);
    if (text === undefined) {
      text = day.setLocale('en-US').toFormat('cccc, LLLL d');
      bounded(this.words).set(key, text);
    }
    return text;
  }

  /** ISO 8601 with offset, seconds precision (what the plan prints). */
  iso(d: DateTime): string {
    let text = this.isoText.get(d);
    if (text === undefined) {
      text = d.toISO({ suppressMilliseconds: true }) ?? '';
      this.isoText.set(d, text);
    }
    return text;
  }

  private move(d: DateTime, op: number, compute: (day: DateTime) => DateTime): DateTime {
    const day = this.startOf(d);
    // op is a small integer (the business-day count, or ON_OR_AFTER), so the key stays a number.
    const key = dayKey(day) * 10000 + op;
    let out = this.moves.get(key);
    if (!out) {
      out = compute(day);
      bounded(this.moves).set(key, out);
    }
    return out;
  }

  /** Holidays on the days from `from` (inclusive) to `to` (exclusive); a few days at most. */
  private holidaysBetween(from: DateTime, to: DateTime): string[] {
    if (from >= to) return NONE;
    const key = dayKey(from) * 100_000_000 + dayKey(to);
    let names = this.holidays.get(key);
    if (!names) {
      names = [];
      let d = from;
      for (let guard = 0; guard < 40 && d < to; guard++, d = this.plusDays(d, 1)) {
        const name = this.calendar.holidayName(d);
        if (name !== undefined && !names.includes(name)) names.push(name);
      }
      if (names.length === 0) names = NONE;
      bounded(this.holidays).set(key, names);
    }
    return names;
  }
}

const NONE: string[] = [];

export interface Landing {
  /** Start of the business day the step lands on. */
  day: DateTime;
  /** Public holidays passed over between the nominal day and `day`. */
  skipped: readonly string[];
}

const daysByCalendar = new WeakMap<BusinessCalendar, Days>();

/** The memoised day helper of a calendar (calendars are themselves cached per country and zone). */
export function daysFor(calendar: BusinessCalendar): Days {
  let days = daysByCalendar.get(calendar);
  if (!days) {
    days = new Days(calendar);
    daysByCalendar.set(calendar, days);
  }
  return days;
}

/** A crude bound so a long-running process does not grow a cache without limit. */
function bounded<K, V>(map: Map<K, V>): Map<K, V> {
  if (map.size >= MAX_ENTRIES) map.clear();
  return map;
}

/** " (skipping Memorial Day)" or nothing: the clause a reason adds when a holiday moved the date. */
export function skippedClause(skipped: readonly string[]): string {
  if (skipped.length === 0) return '';
  const names =
    skipped.length === 1 ? skipped[0] : `${skipped.slice(0, -1).join(', ')} and ${skipped[skipped.length - 1]}`;
  return ` (skipping ${names})`;
}
