// Date work for the planner on plain numbers: instants are epoch milliseconds, local dates are day numbers
// (calendar/days.ts). Building luxon DateTimes in an IANA zone costs an Intl call each and dominated
// planning time, so luxon is used only for what is worth caching: the zone's UTC offset (once per UTC
// day, exactly on the rare days with a transition), wall-clock times made instants (start, end and send
// window of each local day) and the odd value outside the fast paths. Printed forms are built from the
// offset and must stay byte-identical to luxon's `toISO({ suppressMilliseconds: true })`.
import { DateTime, Info, type Zone } from 'luxon';
import type { BusinessCalendar } from '../calendar/business.js';
import { type Day, dayOf, isoDate, MONTH_NAMES, partsOf, WEEKDAY_NAMES, weekdayOf } from '../calendar/days.js';

export type { Day } from '../calendar/days.js';

/** Epoch milliseconds. */
export type Instant = number;

/** An instant and how the plan prints it. */
export interface Moment {
  readonly ms: Instant;
  readonly text: string;
}

export interface Window {
  readonly earliest: Moment;
  readonly due: Moment;
}

const MAX_ENTRIES = 50_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Marks a UTC day with an offset change: such instants ask the zone every time. */
const MIXED = Number.NaN;

/** 2026-01-05T16:00[:00[.000]] with Z or ±hh:mm: what the document schema accepts, without fractions. */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class Days {
  readonly zone: string;
  private readonly calendar: BusinessCalendar;
  private readonly tz: Zone;
  /** UTC day → the zone's offset (minutes) through that whole day, or MIXED. */
  private readonly offsets = new Map<number, number>();
  private readonly instants = new Map<string, Instant>();
  private readonly dates = new Map<string, Day | undefined>();
  private readonly starts = new Map<Day, Moment>();
  private readonly ends = new Map<Day, Moment>();
  private readonly windows = new Map<Day, Window>();
  private readonly isoDates = new Map<Day, string>();
  private readonly words = new Map<Day, string>();
  private readonly holidays = new Map<number, string[]>();

  constructor(calendar: BusinessCalendar) {
    this.calendar = calendar;
    this.zone = calendar.zone;
    // The zone object luxon itself uses for this name ('UTC' is a fixed zone, printed with Z).
    this.tz = Info.normalizeZone(calendar.zone);
  }

  /** The zone's UTC offset in minutes at an instant (luxon's value, cached per UTC day). */
  offset(ms: Instant): number {
    if (this.tz.isUniversal) return this.tz.offset(ms);
    const utcDay = Math.floor(ms / DAY_MS);
    let o = this.offsets.get(utcDay);
    if (o === undefined) {
      const first = this.tz.offset(utcDay * DAY_MS);
      // Offsets change at most once a day; a day whose two ends differ is answered instant by instant.
      o = first === this.tz.offset(utcDay * DAY_MS + DAY_MS - 1000) ? first : MIXED;
      bounded(this.offsets).set(utcDay, o);
    }
    return Number.isNaN(o) ? this.tz.offset(ms) : o;
  }

  /** An ISO 8601 date-time with its own offset, as an instant. */
  at(isoText: string): Instant {
    let ms = this.instants.get(isoText);
    if (ms === undefined) {
      ms = parseInstant(isoText) ?? DateTime.fromISO(isoText, { setZone: true }).toMillis();
      bounded(this.instants).set(isoText, ms);
    }
    return ms;
  }

  /** The local date of an instant. */
  dayOf(ms: Instant): Day {
    return Math.floor((ms + this.offset(ms) * MINUTE_MS) / DAY_MS);
  }

  /** A calendar date 'YYYY-MM-DD' as a day number (undefined if it is not a date). */
  date(text: string): Day | undefined {
    if (this.dates.has(text)) return this.dates.get(text);
    const day = this.readDate(text);
    bounded(this.dates).set(text, day);
    return day;
  }

  private readDate(text: string): Day | undefined {
    const m = ISO_DATE.exec(text);
    if (m) {
      const n = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
      if (isoDate(n) === text) return n;
    }
    const parsed = DateTime.fromISO(text, { zone: this.zone });
    return parsed.isValid ? dayOf(parsed.year, parsed.month, parsed.day) : undefined;
  }

  /** The instant as a luxon DateTime in the zone, for APIs that take one (not cached: rare). */
  dateTime(ms: Instant): DateTime {
    return DateTime.fromMillis(ms, { zone: this.zone });
  }

  /** The local date n calendar days after a date (luxon only for a fractional n). */
  plusDays(day: Day, n: number): Day {
    if (Number.isInteger(n)) return day + n;
    return this.dayOf(DateTime.fromMillis(this.startOf(day).ms, { zone: this.zone }).plus({ days: n }).toMillis());
  }

  /** Start of a local day. */
  startOf(day: Day): Moment {
    let m = this.starts.get(day);
    if (!m) {
      m = this.moment(this.wallTime(day, 0, 0, 0));
      bounded(this.starts).set(day, m);
    }
    return m;
  }

  /** 23:59:59 on a local day: "by the end of that day". */
  endOfDay(day: Day): Moment {
    let m = this.ends.get(day);
    if (!m) {
      m = this.moment(this.wallTime(day, 23, 59, 59));
      bounded(this.ends).set(day, m);
    }
    return m;
  }

  /** The morning send window on a local day (local wall-clock times, so DST never moves it). */
  window(day: Day): Window {
    let w = this.windows.get(day);
    if (!w) {
      const { start, end } = this.calendar.days.sendWindowClock;
      w = {
        earliest: this.moment(this.wallTime(day, start.hour, start.minute, 0)),
        due: this.moment(this.wallTime(day, end.hour, end.minute, 0)),
      };
      bounded(this.windows).set(day, w);
    }
    return w;
  }

  /**
   * The instant of a local wall-clock time. Where the offset is the same for a day either side (all but a
   * few days a year) the answer is unique and simple; near a change, luxon decides (a skipped time moves
   * forward, a repeated one is resolved as luxon does), so results match DateTime.fromObject exactly.
   */
  private wallTime(day: Day, hour: number, minute: number, second: number): Instant {
    const local = day * DAY_MS + hour * 3_600_000 + minute * MINUTE_MS + second * 1000;
    // The instant is within a day of the wall time (offsets stay under 24 h), so three UTC days decide.
    const o = this.steadyOffset(day - 1);
    if (o !== undefined && this.steadyOffset(day) === o && this.steadyOffset(day + 1) === o) {
      return local - o * MINUTE_MS;
    }
    const { year, month, day: date } = partsOf(day);
    return DateTime.fromObject({ year, month, day: date, hour, minute, second }, { zone: this.zone }).toMillis();
  }

  /** The offset through a whole UTC day, or undefined when it changes that day. */
  private steadyOffset(utcDay: number): number | undefined {
    const o = this.offset(utcDay * DAY_MS);
    return this.offsets.get(utcDay) === o || this.tz.isUniversal ? o : undefined;
  }

  /** An instant with its printed form (the per-day moments above are cached; these are not). */
  moment(ms: Instant): Moment {
    return { ms, text: this.iso(ms) };
  }

  /** First business day on or after the day. */
  onOrAfter(day: Day): Day {
    return this.calendar.days.onOrAfter(day);
  }

  /** The n-th business day after the day (n < 0: before). */
  addBusinessDays(day: Day, n: number): Day {
    return this.calendar.days.addBusinessDays(day, n);
  }

  /** First business day on or after the nominal day, with the public holidays passed over. */
  landOn(nominal: Day): Landing {
    const day = this.onOrAfter(nominal);
    return { day, skipped: this.holidaysBetween(nominal, day) };
  }

  /** n business days after the day, with the public holidays passed over on the way. */
  businessDaysAfter(from: Day, n: number): Landing {
    const day = this.addBusinessDays(from, n);
    return { day, skipped: this.holidaysBetween(from + 1, day) };
  }

  /** "Monday, April 20" for reasons. */
  longDate(day: Day): string {
    let text = this.words.get(day);
    if (text === undefined) {
      const p = partsOf(day);
      text = `${WEEKDAY_NAMES[weekdayOf(day) - 1]}, ${MONTH_NAMES[p.month - 1]} ${p.day}`;
      bounded(this.words).set(day, text);
    }
    return text;
  }

  /** ISO 8601 with offset, seconds precision (milliseconds only when there are some): what the plan prints. */
  iso(ms: Instant): string {
    const o = this.offset(ms);
    const local = ms + o * MINUTE_MS;
    const day = Math.floor(local / DAY_MS);
    let date = this.isoDates.get(day);
    if (date === undefined) {
      date = isoDate(day);
      bounded(this.isoDates).set(day, date);
    }
    // Whole-minute offsets and four-digit years only; anything else is left to luxon.
    if (!Number.isInteger(o) || date.length !== 10 || date[0] === '-') {
      return DateTime.fromMillis(ms, { zone: this.zone }).toISO({ suppressMilliseconds: true }) ?? '';
    }
    let rest = local - day * DAY_MS;
    const hour = Math.floor(rest / 3_600_000);
    rest -= hour * 3_600_000;
    const minute = Math.floor(rest / MINUTE_MS);
    rest -= minute * MINUTE_MS;
    const second = Math.floor(rest / 1000);
    const milli = rest - second * 1000;
    const time = `${two(hour)}:${two(minute)}:${two(second)}${milli === 0 ? '' : `.${String(milli).padStart(3, '0')}`}`;
    return `${date}T${time}${this.offsetText(o)}`;
  }

  /** As luxon prints it: Z for a fixed zero offset (the 'UTC' zone), else ±hh:mm (+00:00 in London). */
  private offsetText(o: number): string {
    if (o === 0 && this.tz.isUniversal) return 'Z';
    const abs = Math.abs(o);
    return `${o < 0 ? '-' : '+'}${two(Math.trunc(abs / 60))}:${two(abs % 60)}`;
  }

  /** Holidays on the days from `from` (inclusive) to `to` (exclusive); a few days at most. */
  private holidaysBetween(from: Day, to: Day): readonly string[] {
    if (from >= to) return NONE;
    const key = from * 100_000 + (to - from);
    let names = this.holidays.get(key);
    if (!names) {
      names = [];
      for (let d = from, guard = 0; guard < 40 && d < to; guard++, d++) {
        const name = this.calendar.days.holidayName(d);
        if (name !== undefined && !names.includes(name)) names.push(name);
      }
      if (names.length === 0) names = NONE;
      bounded(this.holidays).set(key, names);
    }
    return names;
  }
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The instant of a plain ISO date-time with offset, or undefined for anything this fast path does not take. */
function parseInstant(text: string): Instant | undefined {
  const m = ISO_INSTANT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const date = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const milli = m[7] === undefined ? 0 : Number(m[7]);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const day = dayOf(year, month, date);
  if (date < 1 || partsOf(day).month !== month) return undefined;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return day * DAY_MS + hour * 3_600_000 + minute * MINUTE_MS + second * 1000 + milli - offset * MINUTE_MS;
}

const NONE: string[] = [];

export interface Landing {
  /** The business day the step lands on. */
  day: Day;
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
