// Wall-calendar dates as plain day numbers (days since 1970-01-01, no zone). The parser does all its
// arithmetic on these: luxon values cost tens of microseconds per operation, and parsing 10,000 phrases
// must stay well under a second. Luxon is used only at the edges (the interview time, the calendar).

/** A calendar date as days since 1970-01-01; it names a date, not an instant. */
export type Day = number;

const DAY_MS = 86_400_000;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export function partsOf(n: Day): DateParts {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: weekdayOf(n) };
}

/** 1970-01-01 was a Thursday. */
export function weekdayOf(n: Day): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** A valid date, or undefined (February 30). */
export function dateIn(year: number, month: number, day: number): Day | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const n = dayOf(year, month, day);
  return partsOf(n).day === day ? n : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day of the month `months` later, clamped to that month's length (Jan 31 + 1 month = Feb 28). */
export function addMonths(n: Day, months: number): Day {
  const p = partsOf(n);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayOf(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** Monday of the ISO week containing n. */
export function mondayOf(n: Day): Day {
  return n - (weekdayOf(n) - 1);
}

/** The given weekday (1 = Monday) of the week `weeksAhead` after n's week. */
export function weekdayOfWeek(n: Day, weekday: number, weeksAhead: number): Day {
  return mondayOf(n) + weeksAhead * 7 + weekday - 1;
}

/** The next date with this weekday strictly after n (or n itself when `orSameDay`). */
export function nextWeekday(n: Day, weekday: number, orSameDay = false): Day {
  let ahead = (weekday - weekdayOf(n) + 7) % 7;
  if (ahead === 0 && !orSameDay) ahead = 7;
  return n + ahead;
}

/** The first month/day on or after n (February 29 waits for a leap year). */
export function nextOccurrence(n: Day, month: number, day: number): Day | undefined {
  const { year } = partsOf(n);
  for (let y = year; y <= year + 8; y++) {
    const r = dateIn(y, month, day);
    if (r !== undefined && r >= n) return r;
  }
  return undefined;
}

/** The first day-of-month on or after n, this month or a later one that has it (the 31st). */
export function nextDayOfMonth(n: Day, day: number): Day | undefined {
  const p = partsOf(n);
  for (let i = 0; i < 3; i++) {
    const index = p.year * 12 + p.month - 1 + i;
    const r = dateIn(Math.floor(index / 12), (index % 12) + 1, day);
    if (r !== undefined && r >= n) return r;
  }
  return undefined;
}

/** A day of the month `monthsAhead` after n's month (day must exist in every month: 1-28). */
export function dayOfMonth(n: Day, day: number, monthsAhead = 0): Day {
  const p = partsOf(n);
  const index = p.year * 12 + p.month - 1 + monthsAhead;
  return dayOf(Math.floor(index / 12), (index % 12) + 1, day);
}

export function lastDayOfMonth(n: Day, monthsAhead = 0): Day {
  return dayOfMonth(n, 1, monthsAhead + 1) - 1;
}

export function lastDayOfQuarter(n: Day, quartersAhead = 0): Day {
  const { month } = partsOf(n);
  const quarterStart = month - ((month - 1) % 3);
  return dayOfMonth(n, 1, quarterStart - month + 3 * (quartersAhead + 1)) - 1;
}

/** Friday of the second full week of January after n: what "after the holidays" means at year end. */
export function secondWeekOfJanuary(n: Day): Day {
  const p = partsOf(n);
  const year = p.month === 1 && p.day <= 7 ? p.year : p.year + 1;
  const firstMonday = nextWeekday(dayOf(year, 1, 1), 1, true);
  return firstMonday + 7 + 4;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = [
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

/** "Friday, April 17, 2026": dates in explanations, always in English. */
export function longDate(n: Day): string {
  const p = partsOf(n);
  return `${WEEKDAY_NAMES[p.weekday - 1]}, ${MONTH_NAMES[p.month - 1]} ${p.day}, ${p.year}`;
}

export function weekdayName(n: Day): string {
  return WEEKDAY_NAMES[weekdayOf(n) - 1]!;
}

/** YYYY-MM-DD. */
export function isoDate(n: Day): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
