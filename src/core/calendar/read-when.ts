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
const FILLER = /\b(?:on|at|the|around|about|of)\b|[\s,.;]+/gi;
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
  const results = parser.parse(typed, reference);
  const [result] = results;
  if (!result) throw unreadable(field, typed);
  if (results.length > 1)
    throw new WhenError('ambiguous', field, `"${typed}" names more than one moment; give just one`);
  const leftover = (typed.slice(0, result.index) + typed.slice(result.index + result.text.length))
    .replace(FILLER, ' ')
    .trim();
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
    start.get('hour'),
    start.get('minute'),
    start.get('second'),
    zone,
  );
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
