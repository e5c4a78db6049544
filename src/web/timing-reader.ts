// The pure core's timeline reader, for the page: loaded only when a screen shows the employer's words,
// because the holiday tables it needs (date-holidays) are most of its size.
import { DateTime } from 'luxon';
import { type BusinessCalendar, createBusinessCalendar } from '../core/calendar/business.js';
import { readWhen, type WhenError } from '../core/calendar/read-when.js';
import { type ExpectedAnswer, parseExpected } from '../core/timeline/expected.js';

const calendars = new Map<string, BusinessCalendar>();

export function readTiming(words: string, fromIso: string, zone: string, country: string): ExpectedAnswer {
  const key = `${country}|${zone}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = createBusinessCalendar({ country, zone });
    calendars.set(key, calendar);
  }
  const from = DateTime.fromISO(fromIso, { setZone: true }).setZone(zone).startOf('day');
  return parseExpected(words, from, calendar);
}

/** A moment typed in the form ("next tuesday 10am", "2026-04-07 10:00"), read as the server will. */
export function readMoment(
  text: string,
  zone: string,
  now: string,
  country: string,
): { iso: string; echo: string } | { problem: string } {
  try {
    return readWhen(text, { zone, now, field: 'at', monthFirst: country.startsWith('US') });
  } catch (err) {
    return { problem: (err as WhenError).detail ?? (err as Error).message };
  }
}
