// The pure core's timeline reader, for the page: loaded only when a screen shows the employer's words,
// because the holiday tables it needs (date-holidays) are most of its size.
import { DateTime } from 'luxon';
import { type BusinessCalendar, createBusinessCalendar } from '../core/calendar/business.js';
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

/** A moment typed in the form ("2026-04-07 10:00"), read in the candidate's zone as the server will. */
export function readMoment(text: string, zone: string): string | undefined {
  const t = text.trim();
  const dt = /^\d{4}-\d{2}-\d{2}$/.test(t)
    ? DateTime.fromISO(`${t}T09:00`, { zone })
    : DateTime.fromISO(t.replace(/^(\d{4}-\d{2}-\d{2})\s+/, '$1T'), { zone });
  return dt.isValid ? (dt.toISO({ suppressMilliseconds: true }) ?? undefined) : undefined;
}
