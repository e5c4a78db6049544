// The employer's words, parsed once: planning thousands of applications must not run the timeline parser on
// every re-plan of the same phrase, so answers are memoised per phrase, local day and calendar. Readings
// depend on the local date only, so the parser is handed the calendar's cached start of that date.
import type { BusinessCalendar } from '../calendar/business.js';
import { type ExpectedAnswer, findDateInText, parseExpected } from '../timeline/expected.js';
import type { Day, Days, Instant } from './dates.js';

const MAX_ENTRIES = 20_000;
/** Per calendar, per phrase, per local day: nested maps, so no key strings are built. */
type Cache<V> = WeakMap<BusinessCalendar, Map<string, Map<Day, V>>>;
const expectedCache: Cache<ExpectedAnswer> = new WeakMap();
const replyCache: Cache<ExpectedAnswer | null> = new WeakMap();
let entries = 0;

function lookup<V>(cache: Cache<V>, calendar: BusinessCalendar, text: string, day: Day, read: () => V): V {
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
  if (byDay.has(day)) return byDay.get(day) as V;
  const value = read();
  byDay.set(day, value);
  entries++;
  return value;
}

/** What "no phrase" reads as: the same for every day, so read once. */
let noPhrase: ExpectedAnswer | undefined;

/** What they said about when they would answer, as of the interview (or reply) at `from`. */
export function expectedAnswer(
  text: string | undefined,
  from: Instant,
  days: Days,
  calendar: BusinessCalendar,
): ExpectedAnswer {
  const trimmed = text?.trim();
  if (!trimmed) {
    noPhrase ??= parseExpected(undefined, days.dateTime(from), calendar);
    return noPhrase;
  }
  const day = days.dayOf(from);
  return lookup(expectedCache, calendar, trimmed, day, () =>
    parseExpected(trimmed, calendar.days.start(day), calendar),
  );
}

/** A date inside a reply's text ("we expect to decide by January 30"), if there is one. */
export function dateInReply(
  text: string | undefined,
  from: Instant,
  days: Days,
  calendar: BusinessCalendar,
): ExpectedAnswer | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const day = days.dayOf(from);
  return (
    lookup(
      replyCache,
      calendar,
      trimmed,
      day,
      () => findDateInText(trimmed, calendar.days.start(day), calendar) ?? null,
    ) ?? undefined
  );
}

/** The answer's last day as a local date, if it names one. */
export function answerDay(answer: ExpectedAnswer | undefined, days: Days): Day | undefined {
  return answer?.by ? days.date(answer.by) : undefined;
}
