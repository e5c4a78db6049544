// Date arithmetic for the parser on plain day numbers (see calendar/days.ts): luxon values cost tens of
// microseconds per operation, and parsing 10,000 phrases must stay well under a second.

import { type Day, dayOf, MONTH_NAMES, partsOf, WEEKDAY_NAMES, weekdayOf } from '../calendar/days.js';

export { type DateParts, type Day, dayOf, isoDate, partsOf, weekdayOf } from '../calendar/days.js';

/** A valid date, or undefined (February 30). */
export function dateIn(year: number, month: number, day: number): Day | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const n = dayOf(year, month, day);
  return partsOf(n).day === day ? n : undefined;
}

function daysInMonth(year: number, month: number): number {
  return month === 12 ? 31 : dayOf(year, month + 1, 1) - dayOf(year, month, 1);
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

/** The given weekday (1 = Monday) of ISO week `week` ("calendar week 37"), the next such week on or after n. */
export function weekdayOfIsoWeek(n: Day, week: number, weekday: number): Day | undefined {
  if (week < 1 || week > 53) return undefined;
  for (const year of [partsOf(n).year, partsOf(n).year + 1]) {
    // Week 1 is the week that holds January 4.
    const day = mondayOf(dayOf(year, 1, 4)) + (week - 1) * 7 + weekday - 1;
    if (mondayOf(day) + 6 >= n) return day;
  }
  return undefined;
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

/** "Friday, April 17, 2026": dates in explanations, always in English. */
export function longDate(n: Day): string {
  const p = partsOf(n);
  return `${WEEKDAY_NAMES[p.weekday - 1]}, ${MONTH_NAMES[p.month - 1]} ${p.day}, ${p.year}`;
}

export function weekdayName(n: Day): string {
  return WEEKDAY_NAMES[weekdayOf(n) - 1]!;
}
