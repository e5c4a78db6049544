// The employer's words, parsed once: planning thousands of applications must not run chrono on every
// re-plan of the same phrase, so answers are memoised per phrase, day and calendar.
import type { DateTime } from 'luxon';
import type { BusinessCalendar } from '../calendar/business.js';
import { type ExpectedAnswer, findDateInText, parseExpected } from '../timeline/expected.js';
import type { Days } from './dates.js';

const MAX_ENTRIES = 20_000;
/** Per calendar, per phrase, per local day (yyyymmdd): nested maps, so no key strings are built. */
type Cache<V> = WeakMap<BusinessCalendar, Map<string, Map<number, V>>>;
const expectedCache: Cache<ExpectedAnswer> = new WeakMap();
const replyCache: Cache<ExpectedAnswer | null> = new WeakMap();
let entries = 0;

function lookup<V>(cache: Cache<V>, calendar: BusinessCalendar, text: string, from: DateTime, read: () => V): V {
  let byText = cache.get(calendar);
  if (!byText) {
    byText = new Map();
    cache.set(calendar, byText);
  }
  let byDay = byText.get(text);
  if (!byDay) {
    // A crude bound: long-running processes (a server, a watch loop) must not grow without limit.
    if (entries >= MAX_ENTRIES) {
      byText.clear();
      entries = 0;
    }
    byDay = new Map();
    byText.set(text, byDay);
  }
  // Readings depend on the local date only; the date's fields are free, formatting it is not.
  const local = from.zoneName === calendar.zone ? from : from.setZone(calendar.zone);
  const day = local.year * 10000 + local.month * 100 + local.day;
  if (byDay.has(day)) return byDay.get(day) as V;
  const value = read();
  byDay.set(day, value);
  entries++;
  return value;
}

/** What they said about when they would answer, as of the interview (or reply) `from`. */
export function expectedAnswer(text: string | undefined, from: DateTime, calendar: BusinessCalendar): ExpectedAnswer {
  const trimmed = text?.trim();
  if (!trimmed) return parseExpected(undefined, from, calendar);
  return lookup(expectedCache, calendar, trimmed, from, () => parseExpected(trimmed, from, calendar));
}

/** A date inside a reply's text ("we expect to decide by January 30"), if there is one. */
export function dateInReply(
  text: string | undefined,
  from: DateTime,
  calendar: BusinessCalendar,
): ExpectedAnswer | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return (
    lookup(replyCache, calendar, trimmed, from, () => findDateInText(trimmed, from, calendar) ?? null) ?? undefined
  );
}

/** The answer's last day as the start of that day in the candidate's zone, if it names one. */
export function answerDay(answer: ExpectedAnswer | undefined, days: Days): DateTime | undefined {
  return answer?.by ? days.date(answer.by) : undefined;
}
