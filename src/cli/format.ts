// Human-readable dates and step rows for the terminal (JSON output never goes through here).
import { DateTime } from 'luxon';
import type { Step } from '../core/plan/types.js';

/** `Tue 2026-04-07 10:00` in the candidate's zone. */
export function formatWhen(iso: string, zone: string): string {
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  return dt.isValid ? dt.toFormat('ccc yyyy-MM-dd HH:mm') : iso;
}

/**
 * When a step can be done, in the candidate's zone: `Tue 2026-04-07 09:00–11:00` on one day, or
 * `Tue 2026-04-07 → Wed 2026-04-08 17:00` across days.
 */
export function formatWindow(earliest: string, due: string, zone: string): string {
  const a = DateTime.fromISO(earliest, { setZone: true }).setZone(zone);
  const b = DateTime.fromISO(due, { setZone: true }).setZone(zone);
  if (!a.isValid || !b.isValid) return `${earliest} – ${due}`;
  if (a.hasSame(b, 'day')) return `${a.toFormat('ccc yyyy-MM-dd HH:mm')}–${b.toFormat('HH:mm')}`;
  return `${a.toFormat('ccc yyyy-MM-dd HH:mm')} → ${b.toFormat('ccc yyyy-MM-dd HH:mm')}`;
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
