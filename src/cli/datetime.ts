// Moments typed on the command line, read in the candidate's zone by the core's readWhen. This wrapper only
// supplies the clock and prints the reading, so the person sees how their words were taken.
import { readWhen } from '../core/calendar/read-when.js';
import { noteOnSuccess } from './context.js';

/**
 * A moment given on the command line ("next tuesday 10am", "12/3 2pm", "2026-04-07 10:00" in `zone`, or ISO
 * 8601 with an offset), counted from `now` (default: the clock). Text with no time of day is refused naming
 * `flag`. Prints "<flag> read as Thursday, December 3, 2:00 PM CST" on stderr once the command succeeds, and returns ISO 8601 in `zone`.
 */
export function parseDateTime(value: string, zone: string, flag: string, now = new Date().toISOString()): string {
  const { iso, echo } = readWhen(value, { zone, now, field: flag });
  noteOnSuccess(`${flag} read as ${echo}`);
  return iso;
}
