// Our own rules for the phrases employers use about timing. They run before chrono because they are
// cheap and because chrono misreads the vague ones ("a few days" as exactly 3, "end of the week").
// Each rule reads a match into a wall-calendar date in the candidate's zone; RULES is in priority order.
import {
  addMonths,
  type DateParts,
  type Day,
  dateIn,
  dayOfMonth,
  lastDayOfMonth,
  lastDayOfQuarter,
  longDate,
  nextDayOfMonth,
  nextOccurrence,
  nextWeekday,
  secondWeekOfJanuary,
  weekdayName,
  weekdayOf,
  weekdayOfIsoWeek,
  weekdayOfWeek,
} from './dates.js';
import { isVague, MONTH, MONTHS, NUMBER, numberValue, periodWords, WEEKDAY, WEEKDAYS } from './text.js';

export type ReadingKind = 'date' | 'relative' | 'few-days' | 'long-process';

export interface Reading {
  kind: ReadingKind;
  /** Absent only for a long process described without a number ("it is a long process"). */
  by?: Day;
  /**
   * Counted from a day named earlier ("the week after", "the day after she's back"): read.ts replaces `by` with
   * the day counted from that one, and drops the reading when no day was named.
   */
  anchorOnly?: boolean;
  processDays?: number;
  /** One sentence, given the user's own words for what matched. */
  explain(said: string): string;
}

/** Business-day questions about wall-calendar dates, answered by the candidate's calendar. */
export interface LocalDays {
  onOrBefore(n: Day): Day;
  addBusinessDays(n: Day, count: number): Day;
  holidayName(n: Day): string | undefined;
  nextHoliday(n: Day): { date: Day; name: string } | undefined;
  /** The next public holiday (within a year) whose name starts the given words ("thanksgiving day"). */
  holidayNamed(n: Day, words: string): { date: Day; name: string } | undefined;
}

export interface RuleContext {
  /** The interview (or reply) date in the calendar's zone. */
  today: Day;
  /** Its year, month, day and weekday. */
  now: DateParts;
  calendar: LocalDays;
  /** Numeric dates read month first (3/13) rather than day first (13/3). */
  monthFirst: boolean;
  /** The normalised text being read (a clause of a longer one), for rules that look at context words. */
  text: string;
  /** The whole normalised text the clause came from. */
  whole?: string;
  /**
   * Reading an earlier clause for the day a later one counts from ("closed for Eid, so the week after"): another
   * event's day counts, and a holiday named alone ("for Eid") is its day.
   */
  anchor?: boolean;
  /** What one call of the reader noted on its way (set per call, so reading stays re-entrant). */
  pass?: { hedgeSkipped: boolean };
}

export interface Rule {
  name: string;
  re: RegExp;
  /** Tried only when reading the day a later clause counts from (RuleContext.anchor). */
  anchorOnly?: boolean;
  read(m: RegExpExecArray, ctx: RuleContext): Reading | undefined;
}

/** Periods of at least this many days are a long process whatever the wording. */
const LONG_DAYS = 42;
/** With words like "process" or "take", periods from this many days count as long. */
const LONG_DAYS_WITH_WORDS = 21;
const LONG_WORDS = /\b(process|take|takes|taking|took|long|lengthy|slow|while)\b/;
/** Business days we allow for "a few days". */
export const FEW_DAYS = 3;
const FRIDAY = 5;

function date(by: Day | undefined): Reading | undefined {
  if (by === undefined) return undefined;
  return { kind: 'date', by, explain: () => `They said they would decide by ${longDate(by)}.` };
}

function relative(by: Day, note = ''): Reading {
  return {
    kind: 'relative',
    by,
    explain: (words) => `They said "${words}", which we read as an answer by ${longDate(by)}${note}.`,
  };
}

/** The computed end of a span (week, month, quarter): its last business day, never before the interview day. */
function spanEnd(end: Day, ctx: RuleContext, note = ''): Reading {
  const adjusted = ctx.calendar.onOrBefore(end);
  const by = Math.max(adjusted, ctx.today);
  const holiday = adjusted !== end && ctx.calendar.holidayName(end);
  return relative(by, holiday ? ` (${holiday} falls on ${weekdayName(end)}, so the business day before)` : note);
}

function yearOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** An explicit month/day, in its stated year or the first one on or after the interview date. */
function explicit(ctx: RuleContext, month: number, day: number, year?: number): Reading | undefined {
  return date(year ? dateIn(year, month, day) : nextOccurrence(ctx.today, month, day));
}

const monthNumber = (word: string) => MONTHS[word.replace('.', '')] ?? 0;

const DURATION = new RegExp(
  `\\b(${NUMBER})(?:\\s*(?:-|to|or)\\s*(${NUMBER}))?(\\s+and\\s+a\\s+half)?(?:\\s+|(?<=\\d))(?:more\\s+|additional\\s+|full\\s+|extra\\s+)?` +
    `(business\\s+|working\\s+|biz\\s+|calendar\\s+)?(days?|weeks?|wks?|months?|mos?|hours?|hrs?)(?:'s?)?\\.?(\\s+and\\s+a\\s+half)?` +
    `(?:\\s+or\\s+(two|three|2|3)\\b(?!\\s*(?:business\\s+|working\\s+)?(?:day|week|month)))?(?![a-z])` +
    // The length of something else, not a wait: "a 6 month contract", "a months-long process" (long-words reads it).
    `(?!-long|[\\s-]+(?:contract|assignment|probation|notice|project|internship|placement|secondment|term|lease|leave|sabbatical|trial|course|program|programme|plan|review|week|workweek|shifts?|rotation)\\b|\\s+(?:a|per)\\s+(?:week|month|day)\\b)`,
);

function unitOf(word: string): 'hour' | 'day' | 'week' | 'month' {
  if (word.startsWith('h')) return 'hour';
  if (word.startsWith('d')) return 'day';
  if (word.startsWith('w')) return 'week';
  return 'month';
}

/** Reads a period ("two to three weeks", "7-10 business days") as relative or a long process. */
/** A period that is how long something else lasts or lasted: "the interview lasted 2 hours", "notice period (4 weeks)". */
const OTHER_LENGTH =
  /\b(?:notice\b[^.,;]{0,20}|lasted|lasts|took|was\s+open\s+for|open\s+for|there\s+for|been\s+there\s+for|probation(?:ary)?(?:\s+period)?(?:\s+of)?|contract\s+(?:of|for))\s*\(?\s*(?:about\s+|around\s+|over\s+)?$/;

function readDuration(m: RegExpExecArray, ctx: RuleContext, longOnly: boolean): Reading | undefined {
  const [, first = '', second, halfBefore, business, unitWord = '', halfAfter, orMore] = m;
  if (m.index !== undefined && OTHER_LENGTH.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return undefined;
  const unit = unitOf(unitWord);
  // "a few days" is the few-days rule's; here only fixed periods.
  if (unit === 'day' && isVague(first) && !second) return undefined;
  let count = numberValue(orMore ?? second ?? first); // a range: its upper bound
  if (count === undefined || count <= 0 || count > 400) return undefined;
  if (halfBefore || halfAfter) count += 0.5;
  const working = !!business && /business|working|biz/.test(business);
  const isBusiness = unit === 'day' && working;
  // "Two business weeks": ten business days.
  const businessWeeks = unit === 'week' && working;
  if (unit === 'hour') {
    // "within 48 hours": whole days after the interview day.
    const by = ctx.today + Math.max(1, Math.ceil(count / 24));
    return longOnly ? undefined : relative(by);
  }

  let by: Day;
  if (isBusiness) by = ctx.calendar.addBusinessDays(ctx.today, Math.ceil(count));
  else if (businessWeeks) by = ctx.calendar.addBusinessDays(ctx.today, Math.round(count * 5));
  else if (unit === 'day') by = ctx.today + Math.ceil(count);
  else if (unit === 'week') by = ctx.today + Math.round(count * 7);
  else by = addMonths(ctx.today, Math.floor(count)) + (count % 1 ? 15 : 0);

  const days = by - ctx.today;
  const period = businessWeeks ? periodWords(Math.round(count * 5), 'day', true) : periodWords(count, unit, isBusiness);
  if (days >= LONG_DAYS || (days >= LONG_DAYS_WITH_WORDS && LONG_WORDS.test(ctx.text))) {
    return {
      kind: 'long-process',
      by,
      processDays: days,
      explain: (words) =>
        `They said "${words}": a long process of about ${period}, so we expect a decision around ${longDate(by)}.`,
    };
  }
  if (longOnly) return undefined;
  return {
    kind: 'relative',
    by,
    explain: (words) =>
      `They said "${words}", which we read as ${period} from ${longDate(ctx.today)}: by ${longDate(by)}.`,
  };
}

/** "A few days": about three business days. */
function fewDays(ctx: RuleContext): Reading {
  const by = ctx.calendar.addBusinessDays(ctx.today, FEW_DAYS);
  return {
    kind: 'few-days',
    by,
    explain: (words) =>
      `They said "${words}", so we allow about three business days for an answer, to ${longDate(by)}.`,
  };
}

/** "In a day or two": the later bound, two business days after the interview day. */
function dayOrTwo(ctx: RuleContext): Reading {
  const by = ctx.calendar.addBusinessDays(ctx.today, 2);
  return {
    kind: 'relative',
    by,
    explain: (words) => `They said "${words}", so the later of the two: two business days, by ${longDate(by)}.`,
  };
}

/** "After Labor Day" is a week after it; "before" or "by" it, the business day before; "around", that day. */
function holidayReading(
  word: string,
  holiday: { date: Day; name: string },
  ctx: RuleContext,
  weekAfter = false,
): Reading {
  if (/^the week of/.test(word)) {
    // "the week of Thanksgiving": that week's last business day.
    const end = Math.max(ctx.calendar.onOrBefore(weekdayOfWeek(holiday.date, FRIDAY, 0)), ctx.today);
    return {
      kind: 'relative',
      by: end,
      explain: (words) =>
        `They said "${words}"; ${holiday.name} is on ${longDate(holiday.date)}, so we read it as the end of that week, ${longDate(end)}.`,
    };
  }
  // "no later than Halloween" is by it; "this side of Christmas" is before it.
  if (word === 'no later than') word = 'by';
  const after = /after|following|past/.test(word);
  weekAfter ||= /^the week after/.test(word);
  // A week after a Sunday feast (Easter, Diwali 2026) is a Sunday: the Friday before it.
  // A week after a Sunday feast (Easter, Diwali 2026) is a Sunday, and after the August bank holiday is Labor Day:
  // the last business day before it.
  const weekLater = ctx.calendar.onOrBefore(holiday.date + 7);
  const by = after
    ? weekAfter
      ? ctx.calendar.onOrBefore(weekdayOfWeek(holiday.date, FRIDAY, 1))
      : weekLater
    : word === 'around'
      ? holiday.date
      : // "By Easter Monday" may be that day where it is a working day; "before" it never is.
        ctx.calendar.onOrBefore(word === 'by' ? holiday.date : holiday.date - 1);
  const how = after
    ? weekAfter
      ? 'the end of the week after it'
      : 'a week after it'
    : word === 'around'
      ? 'that day'
      : 'the business day before';
  const day = Math.max(by, ctx.today);
  return {
    kind: 'relative',
    by: day,
    explain: (words) =>
      `They said "${words}"; ${holiday.name} is on ${longDate(holiday.date)}, so we read it as ${how}, ${longDate(day)}.`,
  };
}

/** Friday of the n-th full Monday-Friday week (1-based) of a month. */
function nthWeekOfMonth(month: number, n: number, year: number): Day {
  const firstMonday = nextWeekday(dateIn(year, month, 1)!, 1, true);
  return firstMonday + (n - 1) * 7 + 4;
}

/** A long process goes first: it shapes the whole plan more than any date mentioned with it. */
export const LONG_PROCESS_RULE: Rule = {
  name: 'long-process',
  re: DURATION,
  read: (m, ctx) => readDuration(m, ctx, true),
};

/** Up to four words that may name a holiday, stopping before a conjunction ("Christmas but more likely ..."). */
const HOLIDAY_NAME = "([a-z][a-z'.]*(?:\\s+(?!(?:but|or|and|so|if|then|maybe|probably|though)\\b)[a-z][a-z'.]*){0,3})";

/**
 * The words before a holiday's name; "the 4th" alone is the Fourth only after these (not after "no later than":
 * "no later than the 4th" said in March is a day of the month).
 */
const HOLIDAY_WORD_BARE = '(before(?:\\s+of)?|by|until|ahead\\s+of|prior\\s+to|after|following|past|around)';
const HOLIDAY_WORD =
  '(before(?:\\s+of)?|by|until|no\\s+later\\s+than|this\\s+side\\s+of|ahead\\s+of|prior\\s+to|after|following|past|around|between|the\\s+week\\s+(?:after|following|of))';

/** The public holiday that makes the coming weekend long: a Monday or Friday within two weeks. */
function longWeekendHoliday(ctx: RuleContext): { date: Day; name: string } | undefined {
  const holiday = ctx.calendar.nextHoliday(ctx.today);
  return holiday && holiday.date - ctx.today <= 14 && [1, 5].includes(weekdayOf(holiday.date)) ? holiday : undefined;
}
/** A weekday or "day" just before a match: "the Tuesday after the long weekend". */
const DAY_BEFORE = new RegExp(`\\b(?:${WEEKDAY}|day)\\s+$`);

/** After a weekday, words that make it the name of an event ("Saturday job fair", "Friday's coffee"). */
const EVENT_AFTER_DAY =
  /^(?:['\u2019]s\s+(?:coffee|chat|call|interview|lunch|visit|session|event|fair|open\s+day|shift|trial|tour|walk-?in)|\s+(?:job\s+fair|career\s+fair|open\s+day|coffee|lunch|brunch|walk-?in|trial\s+shift|hiring\s+event|recruitment\s+day|market)\b)/;

export const RULES: Rule[] = [
  {
    name: 'first-working-day',
    // "the first working day of Jan", "first business day of next month": New Year's Day and weekends skipped.
    re: new RegExp(
      `\\b(?:the\\s+)?first\\s+(?:working|business)\\s+day\\s+(?:of|in)\\s+(?:(next\\s+month)|(${MONTH}))\\b`,
    ),
    read: (m, ctx) => {
      const month = m[1] ? undefined : monthNumber(m[2]!);
      const first =
        month === undefined
          ? dayOfMonth(ctx.today, 1, 1)
          : dateIn(month < ctx.now.month ? ctx.now.year + 1 : ctx.now.year, month, 1)!;
      return date(ctx.calendar.addBusinessDays(first - 1, 1));
    },
  },
  {
    name: 'the-fourth',
    // "before the Fourth", "by July 4th": Independence Day, whose observed day may be the Friday before.
    re: new RegExp(
      `\\b${HOLIDAY_WORD_BARE}\\s+(?:the\\s+)?(?:fourth(?:\\s+of\\s+july)?|4th(?:\\s+of\\s+july)?|july\\s+(?:4th|4|fourth))\\b`,
    ),
    read: (m, ctx) => {
      const holiday = ctx.calendar.holidayNamed(ctx.today, 'independence day');
      return holiday && holidayReading(m[1]!.replace(/\s+/g, ' '), holiday, ctx);
    },
  },
  {
    name: 'long-weekend',
    // "after the long weekend": the weekend a Monday or Friday holiday makes long, read as that holiday.
    re: new RegExp(
      `\\b${HOLIDAY_WORD}\\s+(?:the\\s+|this\\s+|next\\s+)?(?:(?:long|holiday|three[- ]day|3[- ]day)\\s+weekend|bank\\s+holiday(?:\\s+(?:weekend|monday))?)\\b`,
    ),
    read: (m, ctx) => {
      // "the Tuesday after the long weekend" is that day (day-after-holiday).
      if (DAY_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      const holiday = longWeekendHoliday(ctx);
      return holiday && holidayReading(m[1]!.replace(/\s+/g, ' '), holiday, ctx);
    },
  },
  {
    name: 'day-after-holiday',
    // "the Monday after Thanksgiving", "the day after Labor Day": counted from the holiday itself.
    re: new RegExp(`\\b(?:the\\s+)?(${WEEKDAY}|day)\\s+(?:after|following)\\s+(?:the\\s+)?${HOLIDAY_NAME}`),
    read: (m, ctx) => {
      const name = m[2]!;
      // "the Tuesday after the long weekend": the holiday that makes the coming weekend long.
      const holiday = /^(?:long|holiday|three[- ]day|3[- ]day|bank\s+holiday)\s+weekend\b/.test(name)
        ? longWeekendHoliday(ctx)
        : ctx.calendar.holidayNamed(ctx.today, name);
      if (!holiday) return undefined;
      return date(m[1] === 'day' ? holiday.date + 1 : nextWeekday(holiday.date, WEEKDAYS[m[1]!]!));
    },
  },
  {
    name: 'holiday-itself',
    // Only for the day a later clause counts from: "the office closes for Lunar New Year, so the week after",
    // "after Thanksgiving, so the Monday after", "shuts for the bank holiday, so Tuesday instead".
    re: new RegExp(
      `\\b(?:for|over|during|on|at|around|after|following|until|till|before|with|because\\s+of|due\\s+to)\\s+(?:the\\s+)?${HOLIDAY_NAME}`,
    ),
    anchorOnly: true,
    read: (m, ctx) => {
      const name = m[1]!;
      // "closed for the Christmas break": when the break starts is not said.
      if (
        /^(?:christmas|xmas|winter|holiday|festive|year[- ]end)\b.*\b(?:break|hols|holidays?|vacation|shutdown|closure|period|season)\b|^(?:holidays|hols|break)\b/.test(
          name,
        )
      )
        return undefined;
      if (/^(?:bank|public|long|holiday)\s+(?:holiday|weekend)/.test(name)) {
        const next = ctx.calendar.nextHoliday(ctx.today);
        return next && next.date - ctx.today <= 21 ? date(next.date) : undefined;
      }
      const holiday = ctx.calendar.holidayNamed(ctx.today, name);
      return holiday && date(holiday.date);
    },
  },
  {
    name: 'holiday-behind-us',
    // "Once Labor Day is behind us, give it about a week": as "after Labor Day".
    re: new RegExp(
      `\\b(?:once|when)\\s+(?:the\\s+)?${HOLIDAY_NAME}(?:'s|\\s+(?:is|has))\\s+(?:been\\s+)?(?:behind\\s+us|over|done|past|passed|out\\s+of\\s+the\\s+way)`,
    ),
    read: (m, ctx) => {
      const holiday = ctx.calendar.holidayNamed(ctx.today, m[1]!);
      return holiday && holidayReading('after', holiday, ctx, false);
    },
  },
  {
    name: 'named-holiday',
    // Before the periods: in "after Labor Day, then a week or so" the week is counted from the holiday.
    re: new RegExp(`\\b${HOLIDAY_WORD}\\s+(?:the\\s+)?${HOLIDAY_NAME}`),
    read: (m, ctx) => {
      // "the Christmas break", "Christmas hols": the year-end holidays (before-holidays), not the day.
      if (/^(?:christmas|xmas|winter)\b.*\b(?:hols|holidays?|break|vacation|shutdown|closure)\b/.test(m[2]!))
        return undefined;
      if (m[1] === 'between') {
        // "between Christmas and New Year": the later one, read as a deadline.
        const bounds = m[2]!.split(/\s+and\s+/).map((w) => ctx.calendar.holidayNamed(ctx.today, w));
        const last = bounds[1] ?? bounds[0];
        return last && holidayReading('by', last, ctx);
      }
      const holiday = ctx.calendar.holidayNamed(ctx.today, m[2]!);
      // "After New Year's", "after Christmas": the after-holidays reading (the second week of January).
      // "Not until the new year" is after it, as well.
      if (
        !holiday ||
        (/^(?:new year|christmas|boxing)/i.test(holiday.name) && /after|following|past|until/.test(m[1]!))
      )
        return undefined;
      const weekAfter = /\bthe\s+week\s+after\b/.test(ctx.text.slice(m.index + m[0].length));
      return holidayReading(m[1]!.replace(/\s+/g, ' '), holiday, ctx, weekAfter);
    },
  },
  {
    name: 'nth-weekday-of-month',
    // "the board meets the second Tuesday of next month", "last Friday of June": that day, as said.
    re: new RegExp(
      `\\b(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(${WEEKDAY})\\s+(?:of|in)\\s+(?:the\\s+month\\s+of\\s+)?(${MONTH}|next\\s+month|(?:the|this)\\s+month)\\b`,
    ),
    read: (m, ctx) => {
      const n = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 }[m[1]!];
      const weekday = WEEKDAYS[m[2]!]!;
      const what = m[3]!;
      const ahead = /next/.test(what) ? 1 : 0;
      const month = /month$/.test(what) ? ((ctx.now.month - 1 + ahead) % 12) + 1 : monthNumber(what);
      const pick = (year: number, inMonth: number) => {
        const first = dateIn(year, inMonth, 1)!;
        if (n === undefined) {
          const last = lastDayOfMonth(first);
          return last - ((weekdayOf(last) - weekday + 7) % 7);
        }
        return nextWeekday(first, weekday, true) + (n - 1) * 7;
      };
      const year = month < ctx.now.month ? ctx.now.year + 1 : ctx.now.year;
      let by = pick(year, month);
      // Passed already: "the month" rolls to the next one, a named month to next year.
      if (by < ctx.today)
        by = /month$/.test(what) ? pick(month === 12 ? year + 1 : year, (month % 12) + 1) : pick(year + 1, month);
      return date(by);
    },
  },
  {
    name: 'nth-week-of-month',
    // "the first week of June", "second week of January": Friday of that full Monday-Friday week.
    re: new RegExp(
      `\\b(first|second|third|1st|2nd|3rd)\\s+(?:full\\s+)?week\\s+(?:of|in)\\s+(?:the\\s+month\\s+of\\s+)?(${MONTH}|next\\s+month|the\\s+new\\s+year)`,
    ),
    read: (m, ctx) => {
      const n = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3 }[m[1]!] ?? 1;
      const what = m[2]!;
      const month = /next/.test(what) ? (ctx.now.month % 12) + 1 : /new/.test(what) ? 1 : monthNumber(what);
      let year = month < ctx.now.month ? ctx.now.year + 1 : ctx.now.year;
      let by = nthWeekOfMonth(month, n, year);
      if (by < ctx.today) by = nthWeekOfMonth(month, n, ++year);
      return spanEnd(by, ctx);
    },
  },
  {
    name: 'last-week-of-month',
    // "the last week of May", "by the last week of the month", "June end": that month's last business day.
    re: new RegExp(
      `\\b(?:(?:the\\s+)?last\\s+(?:full\\s+)?week\\s+(?:of|in)\\s+(?:the\\s+month\\s+of\\s+)?(${MONTH}|(?:the|this)\\s+month|next\\s+month)|(${MONTH})[\\s-]+end)\\b`,
    ),
    read: (m, ctx) => {
      const what = (m[1] ?? m[2])!;
      if (/month$/.test(what)) return spanEnd(lastDayOfMonth(ctx.today, /next/.test(what) ? 1 : 0), ctx);
      const month = monthNumber(what);
      const year = month < ctx.now.month ? ctx.now.year + 1 : ctx.now.year;
      return spanEnd(lastDayOfMonth(dateIn(year, month, 1)!), ctx);
    },
  },
  {
    name: 'iso-date',
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    read: (m, ctx) => explicit(ctx, Number(m[2]), Number(m[3]), Number(m[1])),
  },
  {
    name: 'calendar-week',
    // "in calendar week 42", "end of CW37", "KW 12" (as Germans write it): Friday of that ISO week.
    re: /\b(?:calendar\s+week|cal\.?\s+week|cw|kw)\s*(\d{1,2})\b/,
    read: (m, ctx) => {
      const friday = weekdayOfIsoWeek(ctx.today, Number(m[1]), FRIDAY);
      return friday === undefined ? undefined : spanEnd(friday, ctx);
    },
  },
  {
    name: 'week-of',
    // "the week of June 8": by the end of that week.
    re: new RegExp(
      // British "w/c 23rd March", "week commencing the 23rd".
      `(?:\\b(?:the\\s+)?week\\s+(?:of|commencing|beginning|starting)|\\bw\\/c)\\s+(?:the\\s+)?(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})\\/(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?(${MONTH}))?)\\b`,
    ),
    read: (m, ctx) => {
      if (m[3]) {
        // "wk of 7/27": a numeric date, in the country's order.
        const [a, b] = [Number(m[3]), Number(m[4])];
        const day = (ctx.monthFirst ? explicit(ctx, a, b) : explicit(ctx, b, a))?.by;
        return day === undefined ? undefined : spanEnd(weekdayOfWeek(day, FRIDAY, 0), ctx);
      }
      const month = m[1] ?? m[6];
      // "the week of the 20th": the next 20th on or after the interview day.
      const day = month
        ? explicit(ctx, monthNumber(month), Number(m[2] ?? m[5]))?.by
        : nextDayOfMonth(ctx.today, Number(m[5]));
      return day === undefined ? undefined : spanEnd(weekdayOfWeek(day, FRIDAY, 0), ctx);
    },
  },
  {
    name: 'month-day',
    re: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`),
    read: (m, ctx) => explicit(ctx, monthNumber(m[1]!), Number(m[2]), yearOf(m[3])),
  },
  {
    name: 'day-month',
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4})\\b)?`),
    read: (m, ctx) => explicit(ctx, monthNumber(m[2]!), Number(m[1]), yearOf(m[3])),
  },
  {
    name: 'numeric-date',
    // 3/13 or 3/13/27, not part of a longer number; dotted forms are left out ("3.5 weeks").
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/,
    read: (m, ctx) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return ctx.monthFirst ? explicit(ctx, a, b, yearOf(m[3])) : explicit(ctx, b, a, yearOf(m[3]));
    },
  },
  {
    name: 'ordinal-day',
    // Not "the 2nd week" or "the 3rd round": only a day of the month.
    // "15th next month" (no "of") is said too.
    re: /(?:\bthe|\b(?:around|by|on|before|until|till|about|than))\s+(\d{1,2}(?:st|nd|rd|th)|first|fifteenth|last\s+day)(\s+(?:of\s+)?(?:the\s+)?(next|following|this)?\s*month)?\b(?!\s+(?:week|round|interview|quarter|stage|time))/,
    read: (m, ctx) => {
      const word = m[1]!;
      if (!/\d/.test(word) && !m[2]) return undefined; // "the first round" is no date
      const last = word.startsWith('last');
      const day = word === 'first' ? 1 : word === 'fifteenth' ? 15 : Number.parseInt(word, 10);
      if (!last && (day < 1 || day > 31)) return undefined;
      if (m[3] === 'next' || m[3] === 'following') {
        // Next month's 31st when it has only 30 days: its last day.
        const end = lastDayOfMonth(ctx.today, 1);
        return date(last ? end : Math.min(dayOfMonth(ctx.today, 1, 1) + day - 1, end));
      }
      if (last) return date(lastDayOfMonth(ctx.today, 0));
      return date(nextDayOfMonth(ctx.today, day));
    },
  },
  {
    name: 'period-or-two',
    // "the week or 2", "the next day or two", "the next month or so": two bounds, so the later one.
    re: /\b(?:the\s+)?(?:next\s+|coming\s+|following\s+)?(day|week|month)\s+or\s+(two|2|three|3|so)\b(?!\s*(?:business\s+|working\s+)?(?:days?|weeks?|months?)\b)/,
    read: (m, ctx) => {
      if (m[1] === 'day') return dayOrTwo(ctx);
      const upper = m[2] === 'so' ? '1' : m[2]!;
      return readDuration(['', '1', upper, undefined, undefined, m[1]!] as unknown as RegExpExecArray, ctx, false);
    },
  },
  {
    name: 'day-after-tomorrow',
    // "next tomorrow" (Nigerian English) is the day after tomorrow too.
    re: /\b(?:(?:the\s+)?day\s+after|next)\s+(?:tomorrow|tmrw|tmr)\b/,
    read: (_m, ctx) => date(ctx.today + 2),
  },
  {
    name: 'tomorrow',
    re: /\b(?:tomorrow|tmrw|tmr)\b/,
    read: (_m, ctx) => date(ctx.today + 1),
  },
  {
    name: 'this-time-next',
    // "this time next week": a week from the day it was said.
    re: /\b(?:this|same)\s+time\s+next\s+(week|month)\b/,
    read: (m, ctx) => date(m[1] === 'week' ? ctx.today + 7 : addMonths(ctx.today, 1)),
  },
  {
    name: 'weekday-week',
    // British "Monday week" (a week after the coming Monday), "Thursday fortnight" (two weeks after).
    re: new RegExp(`\\b(${WEEKDAY})\\s+(week|fortnight)\\b(?!\\s*(?:or|after|of|end)\\b)`),
    read: (m, ctx) => date(nextWeekday(ctx.today, WEEKDAYS[m[1]!]!) + (m[2] === 'week' ? 7 : 14)),
  },
  {
    name: 'weeks-from-day',
    // "two weeks from Monday", British "a fortnight on Friday".
    re: new RegExp(
      // British "a week Friday" leaves out the "on".
      `\\b(${NUMBER}\\s+weeks?|a\\s+fortnight|fortnight)\\s+(?:(?:from|on|after)\\s+(today|tomorrow|now|${WEEKDAY})|(${WEEKDAY}))\\b`,
    ),
    read: (m, ctx) => {
      const what = m[1]!;
      const weeks = /fortnight/.test(what) ? 2 : numberValue(what.replace(/\s+weeks?$/, ''));
      if (weeks === undefined) return undefined;
      const anchor = (m[2] ?? m[3])!;
      const weekday = WEEKDAYS[anchor];
      const base = weekday ? nextWeekday(ctx.today, weekday) : anchor === 'tomorrow' ? ctx.today + 1 : ctx.today;
      return date(base + 7 * weeks);
    },
  },
  {
    name: 'close-of-weekday',
    // "close of business on Friday" said on a Friday is the next Friday, as "by Friday" is: a deadline for the
    // same day would say "today" (TIMELINE.md).
    re: new RegExp(
      `\\b(?:(?:by|before)\\s+)?(?:the\\s+)?(?:cob|eod|close\\s+of\\s+(?:business|play)|end\\s+of\\s+(?:the\\s+)?(?:business\\s+|work\\s+)?day)\\s+(?:on\\s+)?(this\\s+)?(${WEEKDAY})\\b|\\b(${WEEKDAY})\\s+(?:at\\s+|by\\s+)?(?:the\\s+)?(?:cob|eod|close\\s+of\\s+(?:business|play)|end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day)\\b`,
    ),
    // "COB this Thursday" said on a Thursday is that day, as "this Friday" is.
    read: (m, ctx) => date(nextWeekday(ctx.today, WEEKDAYS[(m[2] ?? m[3])!]!, Boolean(m[1]))),
  },
  {
    name: 'weekday',
    re: new RegExp(
      `\\b(?:(next|this|coming|the\\s+following|last|past|previous)\\s+)?(${WEEKDAY})\\b(\\s+(?:of\\s+)?(?:next|the\\s+following)\\s+week)?(\\s+(?:of\\s+)?(?:the\\s+)?week\\s+after\\s+next)?`,
    ),
    read: (m, ctx) => {
      const weekday = WEEKDAYS[m[2]!]!;
      // "last Tuesday" is a day that has passed: never the answer date; nor is "on a Sunday" (when it was said),
      // nor a day turned down (read.ts: "next Tuesday, not tomorrow").
      if (m[1] === 'last' || m[1] === 'past' || m[1] === 'previous') return undefined;
      if (!m[1] && /\bon\s+a\s+$/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return undefined;
      // The name of an event, not a day to come: "Saturday job fair", "Saturday's coffee".
      if (!m[1] && EVENT_AFTER_DAY.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
        return undefined;
      // "the Monday after" counts from another bound (read.ts), not from the interview.
      // With no bound before it, it is no reading (read.ts drops it).
      if (/^\s+(?:after|following)(?:\s+that)?\s*(?:$|[,.;!?])/.test(ctx.text.slice(m.index + m[0].length)))
        return { ...date(nextWeekday(ctx.today, weekday))!, anchorOnly: true };
      const which = m[1]?.replace(/\s+/g, ' ');
      // "Thursday of the week after next".
      if (m[4]) return date(weekdayOfWeek(ctx.today, weekday, 2));
      // "next Tuesday" is the Tuesday of next week (said on a weekend: of the coming week);
      // "this Friday" said on a Friday is that day; a bare "Friday" ("by Friday") said on a Friday means
      // the following one, since nobody sets a deadline of today that way.
      if (which === 'next' || which === 'the following' || m[3]) {
        return date(weekdayOfWeek(ctx.today, weekday, 1));
      }
      return date(nextWeekday(ctx.today, weekday, which === 'this'));
    },
  },
  {
    name: 'today',
    re: /\b(?:today|tonight|end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business|this\s+(?:afternoon|evening))\b/,
    read: (_m, ctx) => date(ctx.today),
  },
  {
    name: 'after-holidays',
    re: /\b(?:after|following|past)\s+(?:the\s+)?(?:holidays|hols|holiday\s+season|holiday|christmas|xmas|boxing\s+day|new\s+year'?s?|first\s+of\s+the\s+year)\b|\b(?:early|beginning\s+of|start\s+of)\s+(?:the\s+)?next\s+year\b|\b(?:until|till|in)\s+(?:after\s+)?the\s+new\s+year\b|\bnot\s+(?:before|until|till)\s+(?:after\s+)?(?:the\s+)?new\s+year'?s?\b/,
    read: (m, ctx) => {
      if (ctx.now.month >= 11 || /new\s+year|first\s+of|next\s+year|christmas|xmas/.test(m[0])) {
        const by = secondWeekOfJanuary(ctx.today);
        return {
          kind: 'relative',
          by,
          explain: (words) =>
            `They said "${words}"; around the year-end holidays we read that as the second week of January, by ${longDate(by)}.`,
        };
      }
      const next = ctx.calendar.nextHoliday(ctx.today);
      const by = next ? next.date + 7 : ctx.today + 14;
      return {
        kind: 'relative',
        by,
        explain: (words) =>
          next
            ? `They said "${words}"; the next public holiday is ${next.name} on ${longDate(next.date)}, so we read it as a week after that, by ${longDate(by)}.`
            : `They said "${words}" but no public holiday is near, so we allow two weeks, to ${longDate(by)}.`,
      };
    },
  },
  {
    name: 'before-holidays',
    // Late in the year "the holidays" are the year-end ones: the last business day before Christmas Eve.
    // Otherwise the business day before the next public holiday.
    // "before everyone leaves for the holiday break": who leaves is left out.
    re: /\b(?:before|by|ahead\s+of|prior\s+to|until)\s+(?:(?:everyone|everybody|we|they|people|the\s+(?:team|office|school))\s+(?:leaves?|goes?|heads?|breaks?(?:\s+up)?|(?:is|are)\s+off|(?:shuts?|closes?)\s+down|finish(?:es)?\s+up)\s+(?:off\s+)?(?:for\s+|on\s+|over\s+)?)?(?:the\s+)?(?:holidays|hols|holiday\s+(?:season|break)|(?:christmas|xmas)\s+(?:break|hols|holidays|vacation|shutdown|closure)|winter\s+break|year[- ]end\s+break|break)\b|\b(?:before|by|until)\s+(?:everyone|everybody|we|they|people|the\s+(?:team|office|school))\s+(?:leaves?|goes?|heads?|breaks?\s+up|(?:is|are)\s+off|(?:shuts?|closes?)\s+down|finish(?:es)?\s+up)\s+(?:for|over)\s+(?:christmas|xmas)\b/,
    read: (_m, ctx) => {
      const yearEnd = ctx.now.month >= 10 || (ctx.now.month === 9 && ctx.now.day > 15);
      const next = yearEnd ? undefined : ctx.calendar.nextHoliday(ctx.today + 1);
      const target = next ? next.date : dateIn(ctx.now.year, 12, 24)!;
      const by = Math.max(ctx.calendar.onOrBefore(target - 1), ctx.today);
      return {
        kind: 'relative',
        by,
        explain: (words) =>
          next
            ? `They said "${words}"; the next public holiday is ${next.name} on ${longDate(next.date)}, so we read it as the business day before, ${longDate(by)}.`
            : `They said "${words}"; we read that as before the year-end holidays, by ${longDate(by)}.`,
      };
    },
  },
  {
    name: 'named-quarter',
    re: /\b(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?:q([1-4])|(first|second|third|fourth)\s+quarter)\b/,
    read: (m, ctx) => {
      const q = m[1] ? Number(m[1]) : ['first', 'second', 'third', 'fourth'].indexOf(m[2]!) + 1;
      const current = Math.floor((ctx.now.month - 1) / 3) + 1;
      return spanEnd(lastDayOfQuarter(ctx.today, (q - current + 4) % 4), ctx);
    },
  },
  {
    name: 'next-quarter',
    re: /\b(?:next|following)\s+quarter\b/,
    read: (_m, ctx) => spanEnd(lastDayOfQuarter(ctx.today, 1), ctx),
  },
  {
    name: 'this-quarter',
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|quarter[- ]end|this\s+quarter|eoq)\b/,
    read: (_m, ctx) => spanEnd(lastDayOfQuarter(ctx.today, 0), ctx),
  },
  {
    name: 'early-next-month',
    re: /\b(?:early|beginning\s+of|start\s+of|first\s+(?:week|part|half|(?:(?:few|couple(?:\s+of)?)\s+)?days)\s+of)\s+(?:the\s+)?(?:next|following)\s+month\b/,
    // About the 10th: late enough to cover the first full week.
    read: (_m, ctx) => spanEnd(dayOfMonth(ctx.today, 10, 1), ctx),
  },
  {
    name: 'mid-next-month',
    re: /\b(?:mid|middle)(?:\s+of)?[\s-]*(?:the\s+)?(?:next|following)\s+month\b/,
    read: (_m, ctx) => spanEnd(dayOfMonth(ctx.today, 15, 1), ctx),
  },
  {
    name: 'mid-month',
    re: /\b(?:mid|middle\s+of)[\s-]*(?:the\s+|this\s+)?month\b/,
    // Said on or after the 15th, this month's middle has passed: the next one.
    read: (_m, ctx) => spanEnd(dayOfMonth(ctx.today, 15, ctx.now.day >= 15 ? 1 : 0), ctx),
  },
  {
    name: 'next-month',
    re: /\b(?:next|following)\s+month\b/,
    read: (_m, ctx) => spanEnd(lastDayOfMonth(ctx.today, 1), ctx),
  },
  {
    name: 'this-month',
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|month[- ]end|eom|(?:later\s+|sometime\s+)?this\s+month|later\s+in\s+the\s+month|within\s+the\s+month)\b/,
    read: (_m, ctx) => spanEnd(lastDayOfMonth(ctx.today, 0), ctx),
  },
  {
    name: 'named-month',
    re: new RegExp(
      `\\b(early|beginning\\s+of|start\\s+of|first\\s+half\\s+of|mid[\\s-]*to[\\s-]*(?:late|end)|mid|middle\\s+of|late|end\\s+of|(?:second|latter|last)\\s+half\\s+of|in|by|during|before|until|(?:pushed|moved|delayed|postponed)\\s+(?:back\\s+)?(?:to|until|till|into))[\\s-]+(?:the\\s+month\\s+of\\s+)?(${MONTH})(?!\\w|\\.?\\s*\\d)`,
    ),
    read: (m, ctx) => {
      const part = m[1]!.replace(/\s+/g, ' ');
      const month = monthNumber(m[2]!);
      const year = month < ctx.now.month ? ctx.now.year + 1 : ctx.now.year;
      const first = dateIn(year, month, 1)!;
      let target: Day;
      // "The first half of October" is read like "early October", as "the first half of next month" is.
      if (part === 'early' || part === 'beginning of' || part === 'start of' || part === 'first half of')
        target = first + 9;
      else if (part === 'mid' || part === 'middle of') target = first + 14;
      // "By March" means by the start of March, unless it is March already; "not until March", in March.
      else if (
        (part === 'by' || part === 'before' || part === 'until') &&
        month !== ctx.now.month &&
        !(part === 'until' && /\b(?:not|n't|no)\b[^,.;]{0,30}$/.test(ctx.text.slice(0, m.index)))
      )
        target = first;
      else target = lastDayOfMonth(first);
      if (target < ctx.today) target = addMonths(target, 12);
      return spanEnd(target, ctx);
    },
  },
  {
    name: 'bare-month',
    // Only as the whole answer ("June", "sometime in June?"): inside a sentence "may" is usually a verb.
    re: new RegExp(`^\\s*(?:sometime\\s+|probably\\s+|maybe\\s+)?(?:in\\s+)?(${MONTH})[\\s.!?]*$`),
    read: (m, ctx) => {
      const month = monthNumber(m[1]!);
      const year = month < ctx.now.month ? ctx.now.year + 1 : ctx.now.year;
      return spanEnd(lastDayOfMonth(dateIn(year, month, 1)!), ctx);
    },
  },
  {
    name: 'year-end',
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[- ]end|this\s+year|eoy)\b/,
    read: (_m, ctx) => spanEnd(dateIn(ctx.now.year, 12, 31)!, ctx),
  },
  {
    name: 'end-of-next-week',
    re: /\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:next|following)\s+week|late(?:r)?\s+(?:in\s+)?(?:the\s+)?(?:next|following)\s+week|next\s+week'?s?\s+end)\b/,
    read: (_m, ctx) => spanEnd(weekdayOfWeek(ctx.today, FRIDAY, 1), ctx),
  },
  {
    name: 'early-next-week',
    re: /\b(?:early|beginning\s+of|start\s+of|first\s+thing|first\s+(?:part|half|thing)\s+of|first\s+of)\s+(?:in\s+|part\s+of\s+)?(?:the\s+|this\s+)?(?:next|following|coming)\s+week\b/,
    // The second business day of next week, so a Monday holiday still leaves them a working day.
    read: (_m, ctx) => spanEnd(ctx.calendar.addBusinessDays(weekdayOfWeek(ctx.today, 7, 0), 2), ctx),
  },
  {
    name: 'midweek',
    // "by midweek": Wednesday of the interview week, or of next week once that has passed.
    re: /\b(?:by\s+|around\s+)?mid[\s-]?week\b(?!\s+(?:next|after))/,
    read: (_m, ctx) => spanEnd(weekdayOfWeek(ctx.today, 3, ctx.now.weekday >= 3 ? 1 : 0), ctx),
  },
  {
    name: 'mid-next-week',
    re: /\b(?:(?:mid|middle\s+of)[\s-]+(?:the\s+|this\s+)?(?:next|following|coming)\s+week|mid[\s-]?week\s+(?:next|the\s+following)\s+week)\b/,
    read: (_m, ctx) => spanEnd(weekdayOfWeek(ctx.today, 3, 1), ctx),
  },
  {
    name: 'early-week-after-next',
    re: /\b(?:early|beginning\s+of|start\s+of|first\s+(?:part|half)\s+of)\s+(?:in\s+)?(?:the\s+)?week\s+after(?:\s+next|\s+that)?\b/,
    // "End of the week, or early the week after": the week after this one, unless next week was named.
    read: (m, ctx) => {
      const after = /next|that/.test(m[0]) || /\bnext\s+week\b/.test(ctx.whole ?? ctx.text) ? 1 : 0;
      return spanEnd(ctx.calendar.addBusinessDays(weekdayOfWeek(ctx.today, 7, after), 2), ctx);
    },
  },
  {
    name: 'the-week-after',
    // "second interview next week, decision the week after": the week after next week.
    re: /\bthe\s+week\s+after\b(?!\s+(?:next|the|this|[a-z]+day)\b)/,
    read: (m, ctx) =>
      /\bnext\s+week\b/.test(ctx.whole ?? ctx.text.slice(0, m.index))
        ? spanEnd(weekdayOfWeek(ctx.today, FRIDAY, 2), ctx)
        : { ...spanEnd(weekdayOfWeek(ctx.today, FRIDAY, 1), ctx), anchorOnly: true },
  },
  {
    name: 'the-day-after',
    // "the day after she's back": counted from the day named before it (read.ts), or nothing.
    re: /\bthe\s+day\s+after\b(?!\s+(?:tomorrow|tmrw|tmr)\b)/,
    read: (_m, ctx) => ({ ...date(ctx.today + 1)!, anchorOnly: true }),
  },
  {
    name: 'next-business-day',
    // "sent the next business day": counted from a day named before it (read.ts), else from the interview.
    re: /\b(?:the\s+)?next\s+(?:business|working)\s+day\b/,
    read: (_m, ctx) => date(ctx.calendar.addBusinessDays(ctx.today, 1)),
  },
  {
    name: 'on-return',
    // "when she's back", "once he returns": the day of the return named before it (read.ts), or nothing.
    re: /\b(?:(?:when|once|as\s+soon\s+as|until|till|til|after)\s+(?:she|he|they|the\s+\w+)\s*(?:'s|is|'re|are|gets|get|comes|come)?\s*(?:back|returns?)|(?:until|till|til|before|by)\s+then|the\s+week\s+(?:she|he|they)\s*(?:'s|is|'re|are|gets|get|comes|come)\s*back|(?:her|his|their|the)\s+first\s+day\s+back)\b/,
    read: (_m, ctx) => ({ ...date(ctx.today)!, anchorOnly: true }),
  },
  {
    name: 'week-after-next',
    // "the following week" is the week after this one, like "next week", so only "week after next" is here.
    // Indian English says "next to next week".
    re: /\b(?:the\s+)?week\s+after\s+next\b|\bnext\s+to\s+next\s+week\b/,
    read: (_m, ctx) => spanEnd(weekdayOfWeek(ctx.today, FRIDAY, 2), ctx),
  },
  {
    name: 'within-the-next-week',
    // "in the next week", "within the coming week": the seven days from the interview, like "within a week".
    re: /\b(?:in|within|over|during)\s+the\s+(?:next|coming)\s+week\b(?!\s*(?:or|to|-)\b)/,
    read: (_m, ctx) => relative(ctx.today + 7),
  },
  {
    name: 'early-in-the-week',
    // "early in the week" said late in a week: early next week.
    re: /\bearly\s+in\s+the\s+(?:new\s+)?week\b/,
    read: (_m, ctx) =>
      ctx.now.weekday >= 3 ? spanEnd(ctx.calendar.addBusinessDays(weekdayOfWeek(ctx.today, 7, 0), 2), ctx) : undefined,
  },
  {
    name: 'coming-week',
    // "sometime this coming week": said late in a week, next week; otherwise this one.
    re: /\b(?:this|the)\s+coming\s+week\b/,
    read: (_m, ctx) => spanEnd(weekdayOfWeek(ctx.today, FRIDAY, ctx.now.weekday >= 5 ? 1 : 0), ctx),
  },
  {
    name: 'over-the-weekend',
    // "they'll call me over the weekend": the Sunday of that weekend, kept as said.
    re: /\b(?:over|during|on)\s+the\s+weekend\b/,
    read: (_m, ctx) => date(weekdayOfWeek(ctx.today, 7, 0)),
  },
  {
    name: 'next-week',
    // Said on a weekend, "next week" is the coming one (ISO weeks start on Monday).
    re: /\b(?:next|(?:the|a)\s+following)\s+(?:working\s+|business\s+|work\s+)?week\b/,
    read: (_m, ctx) => spanEnd(weekdayOfWeek(ctx.today, FRIDAY, 1), ctx),
  },
  {
    name: 'this-week',
    re: /\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|this\s+)?(?:work\s*|business\s+)?week|end\s+of\s+week|eow|(?:later\s+|later\s+in\s+|sometime\s+)?this\s+week|within\s+the\s+week|(?:by|before)\s+(?:the|this)\s+weekend|week'?s\s+end|(?:the\s+)?end\s+of\s+that\s+week)\b/,
    read: (_m, ctx) => {
      // On a Friday: that day. On a weekend the week is over, so they mean the coming one.
      if (ctx.now.weekday >= 6) {
        return spanEnd(weekdayOfWeek(ctx.today, FRIDAY, 1), ctx, ' (said on a weekend, so the coming week)');
      }
      return spanEnd(weekdayOfWeek(ctx.today, FRIDAY, 0), ctx);
    },
  },
  {
    name: 'few-days',
    re: /\b(?:(?:a\s+)?(?:few|couple(?:\s+of)?|several)\s+(?:more\s+)?(?:business\s+|working\s+)?days|(?:the\s+)?next\s+(?:couple(?:\s+of)?|few|several)\s+days|(?<!as\s)soon(?!\s+as)|shortly|any\s+day(?:\s+now)?|(?:in\s+)?the\s+coming\s+days|a\s+matter\s+of\s+days)\b/,
    read: (_m, ctx) => fewDays(ctx),
  },
  {
    name: 'duration',
    re: DURATION,
    read: (m, ctx) => readDuration(m, ctx, false),
  },
  {
    name: 'fortnight',
    re: /\b(?:a\s+)?fortnight\b/,
    read: (_m, ctx) => relative(ctx.today + 14),
  },
  {
    name: 'long-words',
    // A long process described without a number: spaced touches, no answer date.
    re: /\b(?:(?:long|lengthy|slow|drawn[- ]out)\s+(?:hiring\s+|interview\s+|approval\s+)?process|(?:a\s+)?long\s+haul|(?:a\s+)?marathon,?\s+not\s+a\s+sprint|(?:won'?t|will\s+not|isn'?t\s+going\s+to)\s+be\s+(?:quick|fast|soon)|drag(?:s|ged|ging)?\s+on|for\s+ages|(?:could|can|might|may|often|usually|will)\s+(?:be|take|run|run\s+on|go\s+on|last)\s+(?:for\s+)?(?:weeks\s+or\s+)?(?:several\s+|many\s+)?months|(?:weeks|days)\s+or\s+(?:even\s+)?months|several\s+(?:more\s+)?rounds|many\s+rounds|(?:takes?|taking|be)\s+(?:quite\s+)?a\s+(?:long\s+|good\s+)?while|(?:not|no|won'?t|will\s+not)\s+(?:be\s+)?(?:hiring|deciding|decisions?|filled|filling\s+(?:it|the\s+role|the\s+position))\s+(?:until|before|till)\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter|new\s+year|next\s+year))\b/,
    read: () => ({
      kind: 'long-process',
      explain: (words) =>
        `They said "${words}": a long process with no length given, so touches are spaced out and no answer date is set.`,
    }),
  },
];

/** Phrases that mean they gave no timeline, including a promise to be in touch with no date. */
export const NO_TIMELINE =
  /\b(?:no\s+(?:set\s+|clear\s+|specific\s+|firm\s+|real\s+|exact\s+)?(?:timeline|time\s*frame|timeframe|date|dates|deadline|idea|estimate|schedule|indication|eta)|not\s+sure|unsure|unclear|uncertain|(?:didn'?t|did\s+not|wouldn'?t|would\s+not|couldn'?t|could\s+not|never)\s+(?:say|mention|give|specify|know|tell|commit)|(?:don'?t|do\s+not)\s+know|idk|dunno|unknown|tbd|to\s+be\s+(?:determined|decided|confirmed)|n\/a|none|nothing|not\s+(?:given|said|mentioned|specified|known|stated|discussed|yet\s+decided)|undecided|open[- ]ended|whenever|no\s+commitment|(?:will|'ll|would|'d|to)\s+(?:let\s+(?:you|me|us)\s+know|be\s+in\s+touch|get\s+back|reach\s+out|call|contact|email|follow\s+up)|(?:in|at)\s+due\s+course|when\s+they\s+(?:decide|know|can)|asap|as\s+soon\s+as\s+(?:possible|they\s+can|we\s+can))\b/;
