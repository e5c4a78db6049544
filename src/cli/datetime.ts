// Moments typed on the command line, read in the candidate's zone.
import { DateTime } from 'luxon';
import { FollowthroughError } from '../core/errors.js';

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A moment given on the command line: ISO 8601 with an offset (`2026-04-07T10:00:00-05:00`), or a local
 * date-time in `zone` (`2026-04-07 10:00`, `2026-04-07T10:00`), or a bare date (taken as 09:00 local).
 * Returns ISO 8601 with the offset of `zone` at that moment.
 */
export function parseDateTime(value: string, zone: string, flag: string): string {
  const text = value.trim();
  let dt: DateTime;
  if (HAS_OFFSET.test(text)) {
    dt = DateTime.fromISO(text, { setZone: true });
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    dt = DateTime.fromISO(`${text}T09:00`, { zone });
  } else {
    dt = DateTime.fromISO(text.replace(/^(\d{4}-\d{2}-\d{2})\s+/, '$1T'), { zone });
  }
  if (!dt.isValid) {
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `${flag}: not a date-time: "${value}" (use 2026-04-07 10:00 in your zone, or ISO 8601 with offset)`,
    );
  }
  return dt.setZone(zone).toISO({ suppressMilliseconds: true }) as string;
}
