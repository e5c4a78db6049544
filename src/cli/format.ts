// Human-readable dates and step rows for the terminal (JSON output never goes through here). Built on
// Intl rather than luxon so that `today` does not load a date library just to print.
import type { Step } from '../core/plan/types.js';

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

/** `Tue 2026-04-07 10:00` in the candidate's zone. */
export function formatWhen(iso: string, zone: string): string {
  const p = parts(iso, zone);
  return p ? `${p.weekday} ${p.date} ${p.time}` : iso;
}

/**
 * When a step can be done, in the candidate's zone: `Tue 2026-04-07 09:00–11:00` on one day, or
 * `Tue 2026-04-07 10:00 → Wed 2026-04-08 23:59` across days.
 */
export function formatWindow(earliest: string, due: string, zone: string): string {
  const a = parts(earliest, zone);
  const b = parts(due, zone);
  if (!a || !b) return `${earliest} – ${due}`;
  if (a.date === b.date) return `${a.weekday} ${a.date} ${a.time}–${b.time}`;
  return `${a.weekday} ${a.date} ${a.time} → ${b.weekday} ${b.date} ${b.time}`;
}

/** The row of the plan table: when, kind, application, to, channel, state, reason. */
export function stepRow(step: Step, zone: string): string[] {
  return [
    formatWindow(step.earliest, step.due, zone),
    step.kind,
    step.application,
    step.to.join(', ') || '—',
    step.channel,
    step.state,
    step.reason,
  ];
}

export const STEP_HEADERS = ['WHEN', 'KIND', 'APPLICATION', 'TO', 'CHANNEL', 'STATE', 'REASON'];
