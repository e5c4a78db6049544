// The employer's words, parsed once: planning thousands of applications must not run chrono on every
// re-plan of the same phrase, so answers are memoised per phrase, day and calendar.
import type { DateTime } from 'luxon';
import type { BusinessCalendar } from '../calendar/business.js';
import { type ExpectedAnswer, findDateInText, parseExpected } from '../timeline/expected.js';
import type { Days } from './dates.js';

const MAX_ENTRIES = 20_000;
const expectedCache = new Map<string, ExpectedAnswer>();
const replyCache = new Map<string, ExpectedAnswer | null>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  // A crude bound: long-running processes (a server, a watch loop) must not grow without limit.
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

function keyOf(text: string, from: DateTime, calendar: BusinessCalendar): string {
  // Readings depend on the local date only; the date's fields are free, formatting it is not.
  const local = from.zoneName === calendar.zone ? from : from.setZone(calendar.zone);
  return `${calendar.country}|${calendar.zone}|${local.year}-${local.month}-${local.day}|${text}`;
}

/** What they said about when they would answer, as of the interview (or reply) `from`. */
export function expectedAnswer(text: string | undefined, from: DateTime, calendar: BusinessCalendar): ExpectedAnswer {
  const trimmed = text?.trim();
  if (!trimmed) return parseExpected(undefined, from, calendar);
  const key = keyOf(trimmed, from, calendar);
  return expectedCache.get(key) ?? remember(expectedCache, key, parseExpected(trimmed, from, calendar));
}

/** A date inside a reply's text ("we expect to decide by January 30"), if there is one. */
export function dateInReply(
  text: string | undefined,
  from: DateTime,
  calendar: BusinessCalendar,
): ExpectedAnswer | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const key = keyOf(trimmed, from, calendar);
  const hit = replyCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  return remember(replyCache, key, findDateInText(trimmed, from, calendar) ?? null) ?? undefined;
}

/** The answer's last day as the start of that day in the candidate's zone, if it names one. */
export function answerDay(answer: ExpectedAnswer | undefined, days: Days): DateTime | undefined {
  return answer?.by ? days.date(answer.by) : undefined;
}
