// chrono-node as the last resort for explicit dates our rules did not catch ("Thursday the 12th",
// "Jan 5th next year"). chrono computes implied parts in the process's own time zone, so we hand it a
// reference whose local wall clock shows the candidate's date, and read back only calendar components.
import { casual, GB } from 'chrono-node/en';
import { type Day, dateIn, nextOccurrence, partsOf } from './dates.js';

/** Only text with something date-like goes to chrono: it is slow next to a regex. */
const WORTH_TRYING =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|tomorrow|week|month|year|day)/;

/** What chrono reads as "now", which is not a timeline. */
const NOT_A_DEADLINE =
  /^(?:now|right now|today|tonight|this (?:morning|afternoon|evening)|(?:the|a) (?:week|month|day))$/;

/** A period ("2 hours", "90 day"): our rules read periods, and one they passed over is no wait. */
const PERIOD = /^(?:in\s+|within\s+)?\d+\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?|years?)$/;

/** A digit, a month or a weekday: what an explicit date has. */
const EXPLICIT = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

export interface FallbackDate {
  by: Day;
  index: number;
  text: string;
}

export function chronoDate(text: string, today: Day, monthFirst: boolean): FallbackDate | undefined {
  if (!WORTH_TRYING.test(text)) return undefined;
  const p = partsOf(today);
  // Noon: never inside a DST gap of the process's zone.
  const reference = new Date(p.year, p.month - 1, p.day, 12, 0, 0);
  const parser = monthFirst ? casual : GB;
  for (const result of parser.parse(text, reference, { forwardDate: true })) {
    const start = result.start;
    if (NOT_A_DEADLINE.test(result.text.trim())) continue;
    // Relative words ("the week after") are our rules' to read; chrono is only for explicit dates.
    if (!EXPLICIT.test(result.text) || PERIOD.test(result.text.trim())) continue;
    if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
    const month = start.get('month');
    const day = start.get('day');
    const year = start.get('year');
    if (month === null || day === null || year === null) continue;
    const by = start.isCertain('year') ? dateIn(year, month, day) : nextOccurrence(today, month, day);
    if (by !== undefined && by >= today) return { by, index: result.index, text: result.text };
  }
  return undefined;
}
