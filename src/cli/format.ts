// Human-readable dates and step rows for the terminal (JSON output never goes through here). Built on
// Intl rather than luxon so that `today` does not load a date library just to print.
import type { Step } from '../core/plan/types.js';
import { cellText } from './terminal-text.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
// Plans repeat the same few moments (end of day, the morning window): formatToParts is the slow part.
const memo = new Map<string, Parts | undefined>();

interface Parts {
  weekday: string;
  date: string;
  time: string;
}

function parts(iso: string, zone: string): Parts | undefined {
  const key = `${zone} ${iso}`;
  if (memo.has(key)) return memo.get(key);
  const value = computeParts(iso, zone);
  memo.set(key, value);
  return value;
}

function computeParts(iso: string, zone: string): Parts | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  const p: Record<string, string> = {};
  for (const { type, value } of f.formatToParts(ms)) p[type] = value;
  return { weekday: p.weekday ?? '', date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The wall-clock parts written in an ISO string with a numeric offset, without any time-zone lookup.
 * Steps are written in the candidate's zone (CONTRACT §2), so this is their local time; it spares
 * `today` the cost of starting the Intl machinery.
 */
function wallClock(iso: string): Parts | undefined {
  const m = LOCAL_ISO.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()] ?? '';
  return { weekday, date: `${y}-${mo}-${d}`, time: `${h}:${mi}` };
}

/** A step's time as written (its offset is the candidate's zone): `Tue 2026-04-07 10:00`. */
export function formatStepTime(iso: string, zone: string): string {
  const p = wallClock(iso) ?? parts(iso, zone);
  return p ? `${p.weekday} ${p.date} ${p.time}` : iso;
}

/** `Tue 2026-04-07 10:00` in the candidate's zone. */
export function formatWhen(iso: string, zone: string): string {
  const p = parts(iso, zone);
  return p ? `${p.weekday} ${p.date} ${p.time}` : iso;
}

/**
 * When a step can be done, as written in the step (the candidate's zone): `Tue 2026-04-07 09:00–11:00` on one day, or
 * `Tue 2026-04-07 10:00 → Wed 2026-04-08 23:59` across days.
 */
export function formatWindow(earliest: string, due: string, zone: string): string {
  const a = wallClock(earliest) ?? parts(earliest, zone);
  const b = wallClock(due) ?? parts(due, zone);
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
