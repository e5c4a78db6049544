// Reads what the employer said about timing ("by next week", "the process takes about three months")
// into the last day they said they would answer by, in the candidate's zone.
//
// Readings (all relative to `from`, the interview or reply time, on its date in the calendar's zone):
// - kind 'date': a named day: "by Friday, March 13", "on the 15th", "3/13" (month first for US countries,
//   day first elsewhere), "tomorrow", "next Tuesday". Without a year, the first such date on or after the
//   interview date (so "January 30" said in December is next January).
//   "next Tuesday" is the Tuesday of next week; "by Friday" said on a Friday is the following Friday;
//   "this Friday" said on a Friday is that day. Said on a weekend, "next week" is the coming week.
// - kind 'relative': a period or the end of a span: "in two weeks" (calendar days), "7-10 business days"
//   (the upper bound, in business days), "by next week" / "end of next week" (Friday of next week),
//   "this week" / "end of the week" (this Friday; said on a weekend, the coming Friday), "end of the month",
//   "early next month" (the 10th), "mid-month" (the 15th; the next month's once past the 15th),
//   "end of the quarter", "after the holidays" (in Nov/Dec: the second full week of January; otherwise a
//   week after the next public holiday). Computed span ends move back to the last business day before a
//   holiday or weekend, never before the interview day. A period's date is kept as said.
//   Also: "end of Q2", a bare "June" (its end), "by Labor Day" (the business day before a public holiday
//   of the candidate's country, named), "after Thanksgiving" (a week after), "within 48 hours".
//   Two bounds give the later one ("Monday or Tuesday", "a week or 2", "this week or early next"); "in the
//   next day or two" is two business days; "the first week of June" is that week's Friday.
// - kind 'few-days': "within a few days", "a couple of days", "soon": about three business days.
// - kind 'long-process': a period of six weeks or more, or three weeks or more with words like "process"
//   or "take" ("it could take 6-8 weeks"): processDays is the period, by is its end. Described without a
//   number ("a lengthy process", "several rounds"): no processDays and no by.
// Whole pasted sentences are read clause by clause (read.ts, clauses.ts): a story ("I interviewed last
// Tuesday") or another event (a start date, a further round) is never the answer, and a reading from a part
// that does not talk about the answer is marked `unsure`.
// - kind 'none': nothing, they gave no timeline, or only a promise ("we'll let you know");
//   kind 'unknown': words we could not read (the planner then applies the no-timeline rule).
// Rules are ours and tried in priority order (a long process first, then explicit dates, named days,
// spans, periods); chrono-node is only the fallback for other explicit dates.
import type { DateTime } from 'luxon';
import type { BusinessCalendar } from '../calendar/business.js';
import { FollowthroughError } from '../errors.js';
import { type Day, dayOf, isoDate, partsOf } from './dates.js';
import { observanceNamed } from './observances.js';
import { type Found, readText, readWhole } from './read.js';
import { type LocalDays, NO_TIMELINE, type RuleContext } from './rules.js';
import { expandShorthand, normalizeSameLength } from './text.js';

export type ExpectedKind = 'date' | 'relative' | 'few-days' | 'long-process' | 'none' | 'unknown';

export interface ExpectedAnswer {
  kind: ExpectedKind;
  /** ISO date (YYYY-MM-DD) in the candidate's zone: the last day they said they would answer by. */
  by?: string;
  /** For a long process: its length in calendar days. */
  processDays?: number;
  /** The words the reading came from, as the user wrote them. */
  matched?: string;
  /** One plain sentence, for a step's reason. */
  explanation: string;
  /** The words were a longer text and the reading came from a part that does not clearly talk about the answer. */
  unsure?: boolean;
}

/** Countries that write numeric dates month first. */
const MONTH_FIRST = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'AS', 'GU', 'MP', 'PR', 'VI', 'UM']);

/** Answers business-day questions on plain dates through the candidate's calendar (cached zoned days). */
function localDays(calendar: BusinessCalendar): LocalDays {
  const zoned = (n: Day) => {
    const p = partsOf(n);
    return calendar.startOfDate(p.year, p.month, p.day);
  };
  const plain = (d: DateTime): Day => dayOf(d.year, d.month, d.day);
  let firstWords: Set<string> | undefined;
  /** The first words of the holiday names of two years from n (names recur every year). */
  const holidayFirstWords = (n: Day): Set<string> => {
    const out = new Set<string>();
    for (let day = n - 1, guard = 0; guard < 80; guard++) {
      const next = calendar.nextHoliday(zoned(day));
      if (!next) break;
      day = plain(next.date);
      if (day > n + 731) break;
      out.add(holidayKey(next.name).split(' ', 1)[0] ?? '');
    }
    return out;
  };
  return {
    onOrBefore: (n) => plain(calendar.onOrBefore(zoned(n))),
    addBusinessDays: (n, count) => plain(calendar.addBusinessDays(zoned(n), count)),
    holidayName: (n) => calendar.holidayName(zoned(n)),
    nextHoliday(n) {
      const next = calendar.nextHoliday(zoned(n));
      return next && { date: plain(next.date), name: next.name };
    },
    holidayNamed(n, words) {
      const said = holidayKey(words);
      // Most words after "by" or "after" name no holiday: a set of first words answers those cheaply.
      firstWords ??= holidayFirstWords(n);
      const observance = () => observanceNamed(n, partsOf(n).year, said);
      if (!firstWords.has(said.split(' ', 1)[0] ?? '')) return observance();
      for (let day = n - 1, guard = 0; guard < 30; guard++) {
        const next = calendar.nextHoliday(zoned(day));
        if (!next) break;
        day = plain(next.date);
        if (day > n + 366) break;
        // "Independence Day (substitute day)" is the observed day, not a name anyone says.
        if (next.name.includes('(')) continue;
        const name = holidayKey(next.name);
        // "Christmas Eve" is not Christmas.
        if (said === name || (said.startsWith(`${name} `) && !said.startsWith(`${name} eve`)))
          return { date: day, name: next.name };
      }
      // Not a public holiday here: Easter, Halloween, Diwali, Eid, Lunar New Year...
      return observance();
    },
  };
}

/** How people say a holiday's name: "Thanksgiving" for "Thanksgiving Day", either spelling of Labo(u)r. */
function holidayKey(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/labour/g, 'labor')
      // What people call them: "Turkey Day", "Xmas", "MLK Day", "Presidents' Day".
      .replace(/\bturkey\s+day\b/, 'thanksgiving')
      .replace(/\bxmas\b/, 'christmas')
      .replace(/\bmlk\b|\bmartin\s+luther\s+king(?!\s+jr)/, 'martin luther king jr.')
      .replace(/\bpresidents?'?\s+day\b/, "washington's birthday")
      .replace(/['\u2019]s\b/g, 's')
      .replace(/\s+day\b/, '')
      .replace(/\bnew years\b/, 'new year')
      .replace(/[.,!?]+$/, '')
      .trim()
  );
}

const adapters = new WeakMap<BusinessCalendar, LocalDays>();

function contextFor(text: string, from: DateTime, calendar: BusinessCalendar): RuleContext {
  if (!from.isValid) throw new FollowthroughError('INVALID_ARGUMENT', 'from: not a valid date and time');
  const local = from.zoneName === calendar.zone ? from : from.setZone(calendar.zone);
  let days = adapters.get(calendar);
  if (!days) {
    days = localDays(calendar);
    adapters.set(calendar, days);
  }
  const today = dayOf(local.year, local.month, local.day);
  const country = calendar.country.slice(0, 2).toUpperCase();
  return { today, now: partsOf(today), calendar: days, monthFirst: MONTH_FIRST.has(country), text, whole: text };
}

/** The user's own words for a match: same-length normalisation keeps indexes valid. */
function wordsOf(original: string, normalized: string, index: number, length: number): string {
  const source = original.length === normalized.length ? original : normalized;
  return source
    .slice(index, index + length)
    .replace(/\s+/g, ' ')
    .trim();
}

function answer(original: string, normalized: string, found: Found): ExpectedAnswer {
  const matched = wordsOf(original, normalized, found.index, found.length);
  const { reading } = found;
  const result: ExpectedAnswer = {
    kind: reading.kind,
    ...(reading.by !== undefined && { by: isoDate(reading.by) }),
    matched,
    explanation: found.unsure
      ? `${reading.explain(matched)} We are not sure of this reading: the rest of what you wrote does not clearly talk about their answer.`
      : reading.explain(matched),
  };
  if (found.unsure) result.unsure = true;
  if (reading.processDays !== undefined) result.processDays = reading.processDays;
  return result;
}

/** Strips what carries no meaning here: surrounding quotes, brackets, trailing punctuation. */
function isBlank(normalized: string): boolean {
  return normalized.replace(/[\s"'.,;:!?()[\]{}\-–—_*/]+/g, '') === '';
}

/**
 * Reads the employer's words about when they will answer, relative to `from` (the interview or the
 * reply), in the calendar's zone and with its holidays.
 */
export function parseExpected(text: string | undefined, from: DateTime, calendar: BusinessCalendar): ExpectedAnswer {
  if (text === undefined || isBlank(text)) {
    return { kind: 'none', explanation: 'They gave no timeline.' };
  }
  const normalized = expandShorthand(normalizeSameLength(text));
  const ctx = contextFor(normalized, from, calendar);
  const found = readWhole(normalized, ctx);
  if (found) return answer(text, normalized, found);
  const none = NO_TIMELINE.exec(normalized);
  if (none) {
    return {
      kind: 'none',
      matched: wordsOf(text, normalized, none.index, none[0].length),
      explanation: 'They gave no timeline.',
    };
  }
  const shown = text.replace(/\s+/g, ' ').trim();
  const quoted = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
  return {
    kind: 'unknown',
    matched: shown,
    explanation: `We could not read "${quoted}" as a timeline, so the rule for no timeline applies.`,
  };
}

/** Sentences that talk about an answer or a decision; a date elsewhere is likely about something else. */
const ABOUT_AN_ANSWER =
  /\b(?:decid\w*|decision\w*|expect\w*|hear\w*|updat\w*|get\s+back|back\s+to\s+you|let\s+you\s+know|answer\w*|timeline|news|reach\s+out|contact\w*|in\s+touch|respond\w*|response|next\s+steps?|final\w*|wrap\w*|conclud\w*|complet\w*|finish\w*|offer\w*|follow\s+up|touch\s+base|delay\w*|push\w*\s+back|aim\w*|hop(?:e|ing)\s+to|plan\w*\s+to|deadline)\b/;

/**
 * Finds a new date inside a longer reply ("we now expect to decide by January 30"), relative to `from`
 * (the reply time). Only sentences about an answer or decision count, and only dates from `from` on.
 * Returns undefined when the text has no such date.
 */
export function findDateInText(text: string, from: DateTime, calendar: BusinessCalendar): ExpectedAnswer | undefined {
  const normalized = normalizeSameLength(text);
  const ctx = contextFor(normalized, from, calendar);
  // Sentence ends: . ! ? or a line break, followed by space; "Jan. 30" stays whole (a digit follows).
  const boundary = /[.!?]+(?=\s+[^\s\d])|\n+/g;
  let start = 0;
  const sentences: [number, number][] = [];
  for (let m = boundary.exec(normalized); m; m = boundary.exec(normalized)) {
    sentences.push([start, m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  sentences.push([start, normalized.length]);
  for (const [s, e] of sentences) {
    const sentence = normalized.slice(s, e);
    if (!ABOUT_AN_ANSWER.test(sentence)) continue;
    const found = readText(sentence, { ...ctx, text: sentence });
    if (!found || found.reading.by === undefined || found.reading.by < ctx.today) continue;
    return answer(text, normalized, { ...found, index: found.index + s });
  }
  return undefined;
}
