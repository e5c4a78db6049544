// Human-readable dates and step rows for the terminal (JSON output never goes through here). Built on
// Intl rather than luxon so that `today` does not load a date library just to print.
import { formatWhen, type WhenParts, whenParts } from '../core/calendar/format-when.js';
import type { Step } from '../core/plan/types.js';
import { cellText } from './terminal-text.js';

export { formatWhen };

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The wall-clock parts written in an ISO string with a numeric offset, without any time-zone lookup.
 * Steps are written in the candidate's zone (CONTRACT §2), so this is their local time; it spares
 * `today` the cost of starting the Intl machinery.
 */
function wallClock(iso: string): WhenParts | undefined {
  const m = LOCAL_ISO.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()] ?? '';
  return { weekday, date: `${y}-${mo}-${d}`, time: `${h}:${mi}` };
}

/** A step's time as written (its offset is the candidate's zone): `Tue 2026-04-07 10:00`. */
export function formatStepTime(iso: string, zone: string): string {
  const p = wallClock(iso) ?? whenParts(iso, zone);
  return p ? `${p.weekday} ${p.date} ${p.time}` : iso;
}

/**
 * When a step can be done, as written in the step (the candidate's zone): `Tue 2026-04-07 09:00–11:00` on one day, or
 * `Tue 2026-04-07 10:00 → Wed 2026-04-08 23:59` across days.
 */
export function formatWindow(earliest: string, due: string, zone: string): string {
  const a = wallClock(earliest) ?? whenParts(earliest, zone);
  const b = wallClock(due) ?? whenParts(due, zone);
  if (!a || !b) return `${earliest} – ${due}`;
  if (a.date === b.date) return `${a.weekday} ${a.date} ${a.time}–${b.time}`;
  return `${a.weekday} ${a.date} ${a.time} → ${b.weekday} ${b.date} ${b.time}`;
}

/** The row of the plan table: when, kind, application, to, channel, state, reason. */
export function stepRow(step: Step, zone: string): string[] {
  return [
    formatWindow(step.earliest, step.due, zone),
    // The id names the application and the kind, and is what draft, send and letter take.
    cellText(step.id),
    cellText(step.to.join(', ')) || '—',
    step.channel,
    step.state,
    cellText(step.reason),
  ];
}

export const STEP_HEADERS = ['WHEN', 'STEP', 'TO', 'CHANNEL', 'STATE', 'REASON'];
