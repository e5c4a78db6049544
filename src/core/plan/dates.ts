// Date work for the planner on plain numbers: instants are epoch milliseconds, local dates are day numbers
// (calendar/days.ts). Building luxon DateTimes in an IANA zone costs an Intl call each and dominated
// planning time, so luxon is used only for what is worth caching: the zone's UTC offset (once per UTC
// day, exactly on the rare days with a transition), wall-clock times made instants (start, end and send
// window of each local day) and the odd value outside the fast paths. Printed forms are built from the
// offset and must stay byte-identical to luxon's `toISO({ suppressMilliseconds: true })`.
import { DateTime, Info, type Zone } from 'luxon';
import type { BusinessCalendar } from '../calendar/business.js';
import { type Day, dayOf, isoDate, partsOf, weekdayOf } from '../calendar/days.js';

export type { Day } from '../calendar/days.js';

/** Epoch milliseconds. */
export type Instant = number;

const MAX_ENTRIES = 50_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Marks a UTC day with an offset change: such instants ask the zone every time. */
const MIXED = Number.NaN;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
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
];

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
  private readonly starts = new Map<Day, Instant>();
  private readonly ends = new Map<Day, Instant>();
  private readonly windows = new Map<Day, { earliest: Instant; due: Instant }>();
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
    return this.dayOf(DateTime.fromMillis(this.startOf(day), { zone: this.zone }).plus({ days: n }).toMillis());
  }

  /** Start of a local day. */
  startOf(day: Day): Instant {
    let ms = this.starts.get(day);
    if (ms === undefined) {
      ms = this.calendar.days.start(day).toMillis();
      bounded(this.starts).set(day, ms);
    }
    return ms;
  }

  /** 23:59:59 on a local day: "by the end of that day". */
  endOfDay(day: Day): Instant {
    let ms = this.ends.get(day);
    if (ms === undefined) {
      const { year, month, day: date } = partsOf(day);
      ms = DateTime.fromObject(
        { year, month, day: date, hour: 23, minute: 59, second: 59 },
        { zone: this.zone },
      ).toMillis();
      bounded(this.ends).set(day, ms);
    }
    return ms;
  }

  /** The morning send window on a local day. */
  window(day: Day): { earliest: Instant; due: Instant } {
    let w = this.windows.get(day);
    if (!w) {
      const zoned = this.calendar.days.sendWindow(day);
      w = { earliest: zoned.earliest.toMillis(), due: zoned.due.toMillis() };
      bounded(this.windows).set(day, w);
    }
    return w;
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
      text = `${WEEKDAYS[weekdayOf(day) - 1]}, ${MONTHS[p.month - 1]} ${p.day}`;
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
  const [year, month, date, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
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
