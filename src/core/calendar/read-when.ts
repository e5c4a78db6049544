// A moment as a person types it ("next tuesday 10am", "12/3 2pm", "2026-12-01 9:30", ISO with an offset),
// read in the candidate's zone against a `now` the caller passes in. Pure: no clock, no I/O; the CLI, the
// application layer and the web app share it. ISO forms go through luxon (exact); everything else through
// chrono-node, which must account for every word typed, so a half-read phrase is refused rather than guessed.
import { casual, GB } from 'chrono-node/en';
import { DateTime } from 'luxon';
import { FollowthroughError } from '../errors.js';

export interface ReadWhenOptions {
  /** IANA zone of the candidate: a time written without an offset is in it. */
  zone: string;
  /** ISO 8601 instant that "tomorrow", "next tuesday" and a year left out are counted from. */
  now: string;
  /** Names the input in errors and in the echo, e.g. '--at'. */
  field?: string;
  /**
   * The time of day ('HH:mm') given to text that names only a day. Without it such text is refused, so an
   * interview is never silently put at some hour the person did not say.
   */
  dateOnlyAt?: string;
  /** '12/3' is December 3 (true, the default) or 12 March (false). */
  monthFirst?: boolean;
}

export interface WhenReading {
  /** ISO 8601 with the offset of the zone at that moment (2026-12-03T14:00:00-06:00). */
  iso: string;
  /** How it was read, for the person to check: 'Thursday, December 3, 2:00 PM CST'. */
  echo: string;
}

/** Why a text was refused, for callers that react to the kind (the web form highlights the time part). */
export type WhenProblem = 'unreadable' | 'no-time' | 'ambiguous' | 'bad-zone';

export class WhenError extends FollowthroughError {
  readonly problem: WhenProblem;
  /** The message without the field name, for a prompt that asks again. */
  readonly detail: string;

  constructor(problem: WhenProblem, field: string, detail: string) {
    super('INVALID_ARGUMENT', `${field}: ${detail}`);
    this.name = 'WhenError';
    this.problem = problem;
    this.detail = detail;
  }
}

const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
/** A zone written in the text itself ("2pm EST", "14:00 UTC", "+01:00"): then the text's zone wins. */
const ZONE_IN_TEXT = /\b(?:[A-Z]{1,4}T|UTC|GMT)\b|[+-]\d{2}:?\d{2}\s*$/;
/** Words around a date that carry no meaning of their own: "on Dec 3 at 2pm". */
const FILLER = /\b(?:on|at|the|around|about|of|this coming)\b|[\s,.;@]+/gi;
const EXAMPLES = '"next tuesday 10am", "12/3 2pm", "2026-12-01 9:30"';

/** Reads `text` as a moment in `options.zone`; throws a WhenError naming the field on anything else. */
export function readWhen(text: string, options: ReadWhenOptions): WhenReading {
  const field = options.field ?? 'date';
  const zone = options.zone;
  if (!DateTime.local({ zone }).isValid) throw new WhenError('bad-zone', field, `unknown time zone "${zone}"`);
  const typed = text.trim();
  const now = DateTime.fromISO(options.now, { setZone: true }).setZone(zone);
  if (!now.isValid) throw new WhenError('unreadable', field, `not a moment to count from: "${options.now}"`);

  const dt = readIso(typed, zone, field, options) ?? readWords(typed, now, field, options);
  if (!dt.isValid) throw unreadable(field, typed);
  const local = dt.setZone(zone);
  return {
    iso: local.toISO({ suppressMilliseconds: true, includeOffset: true }) as string,
    echo: echoOf(local, now),
  };
}

/** The problem with `text` as a moment (the detail, without the field), or undefined when it reads. */
export function whenProblem(text: string, options: ReadWhenOptions): string | undefined {
  try {
    readWhen(text, options);
    return undefined;
  } catch (err) {
    if (err instanceof WhenError) return err.detail;
    throw err;
  }
}

/** 'Thursday, December 3, 2:00 PM CST', with the year when it is not the year of `now`. */
export function echoOf(local: DateTime, now: DateTime): string {
  const day = local.year === now.year ? 'cccc, LLLL d' : 'cccc, LLLL d, yyyy';
  return local.setLocale('en-US').toFormat(`${day}, h:mm a ZZZZ`);
}

function readIso(typed: string, zone: string, field: string, options: ReadWhenOptions): DateTime | undefined {
  if (ISO_DATE.test(typed)) {
    if (!DateTime.fromISO(typed).isValid) throw unreadable(field, typed);
    if (options.dateOnlyAt === undefined) throw noTime(field, typed);
    return DateTime.fromISO(`${typed}T${options.dateOnlyAt}`, { zone });
  }
  if (ISO_LOCAL.test(typed)) return DateTime.fromISO(typed.replace(' ', 'T'), { zone });
  if (/^\d{4}-\d{2}-\d{2}T/.test(typed) && HAS_OFFSET.test(typed)) {
    const dt = DateTime.fromISO(typed, { setZone: true });
    if (!dt.isValid) throw unreadable(field, typed);
    return dt;
  }
  return undefined;
}

function readWords(typed: string, now: DateTime, field: string, options: ReadWhenOptions): DateTime {
  const zone = options.zone;
  // chrono counts "tomorrow" in the process's own zone, so it gets a reference whose local wall clock is the
  // candidate's; the wall-clock parts it returns are then placed in the candidate's zone by luxon.
  const reference = new Date(now.year, now.month - 1, now.day, now.hour, now.minute, now.second);
  const parser = options.monthFirst === false ? GB : casual;
  // "12/9 @ 11:30am" is "12/9 at 11:30am" to chrono, which otherwise reads the date and the time apart.
  const text = typed.replace(/\s*@\s*/g, ' at ');
  const found = parser.parse(text, reference);
  const result = oneMoment(found, typed, field);
  // Every word must belong to a date chrono read, or be a filler like "on" and "at".
  let leftover = text;
  for (const r of [...found].sort((a, b) => b.index - a.index))
    leftover = leftover.slice(0, r.index) + leftover.slice(r.index + r.text.length);
  leftover = leftover.replace(FILLER, ' ').trim();
  if (leftover) throw new WhenError('unreadable', field, `cannot read "${leftover}" in "${typed}" (e.g. ${EXAMPLES})`);
  const start = result.start;
  if (!start.isCertain('hour')) {
    if (options.dateOnlyAt === undefined) throw noTime(field, typed);
    const [hour, minute] = options.dateOnlyAt.split(':').map(Number);
    return inZone(start.get('year'), start.get('month'), start.get('day'), hour, minute, 0, zone);
  }
  if (start.isCertain('timezoneOffset') && ZONE_IN_TEXT.test(result.text)) return DateTime.fromJSDate(start.date());
  return inZone(
    start.get('year'),
    start.get('month'),
    start.get('day'),
    afternoonHour(start.get('hour'), start.isCertain('meridiem'), result.text),
    start.get('minute'),
    start.get('second'),
    zone,
  );
}

type Found = ReturnType<typeof casual.parse>[number];

/**
 * The one moment in chrono's results. "Wed 12/9 11:30am" comes back as a weekday and a date: the weekday only
 * confirms the date, and one that contradicts it is refused rather than one of them chosen.
 */
function oneMoment(found: Found[], typed: string, field: string): Found {
  if (found.length === 0) throw unreadable(field, typed);
  const weekdayOnly = (r: Found) =>
    r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('hour');
  const dated = found.filter((r) => !weekdayOnly(r));
  // A weekday alone ("next tuesday") is the moment; beside a date it only has to agree with it.
  const moments = dated.length ? dated : found;
  const [only] = moments;
  if (moments.length !== 1 || !only)
    throw new WhenError('ambiguous', field, `"${typed}" names more than one moment; give just one`);
  if (!only.start.isCertain('day')) return only;
  const day = DateTime.fromObject({
    year: only.start.get('year') ?? undefined,
    month: only.start.get('month') ?? undefined,
    day: only.start.get('day') ?? undefined,
  }).setLocale('en-US');
  // A weekday written with the date ("Tue 12/9") or beside it must be that date's (chrono counts Sunday as 0).
  for (const r of found.filter((f) => f.start.isCertain('weekday')))
    if (r.start.get('weekday') !== day.weekday % 7) {
      const named = /^[A-Za-z]+/.exec(r.text)?.[0] ?? r.text;
      throw new WhenError(
        'ambiguous',
        field,
        `"${named}" does not match ${day.toFormat('LLLL d')}, a ${day.toFormat('cccc')}`,
      );
    }
  return only;
}

/**
 * "at 4" or "Dec 3 at 2" with no am/pm means the afternoon: interviews and calls are not held at 4 in the
 * morning. Hours from 1 to 6 move to the afternoon unless written the 24-hour way with a leading zero ("04:00").
 */
function afternoonHour(hour: number | null, meridiemGiven: boolean, text: string): number | null {
  if (hour === null || meridiemGiven || hour < 1 || hour > 6) return hour;
  return new RegExp(`(?:^|\\D)0${hour}(?::|h|$)`).test(text) ? hour : hour + 12;
}

type Part = number | null | undefined;

function inZone(year: Part, month: Part, day: Part, hour: Part, minute: Part, second: Part, zone: string): DateTime {
  return DateTime.fromObject(
    {
      year: year ?? undefined,
      month: month ?? undefined,
      day: day ?? undefined,
      hour: hour ?? 0,
      minute: minute ?? 0,
      second: second ?? 0,
    },
    { zone },
  );
}

function unreadable(field: string, typed: string): WhenError {
  return new WhenError(
    'unreadable',
    field,
    typed ? `cannot read "${typed}" as a date and time (e.g. ${EXAMPLES})` : `empty (e.g. ${EXAMPLES})`,
  );
}

function noTime(field: string, typed: string): WhenError {
  return new WhenError('no-time', field, `'${typed}' has no time of day; add one, e.g. '${typed} 2pm'`);
}
