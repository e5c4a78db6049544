// A moment as people read it, in the candidate's zone: `Tue 2026-04-07 10:00`. Built on Intl (no date
// library), so the terminal and channel messages can show stored UTC times without loading luxon, in Node or
// a browser. Pure: the zone is passed in.

const formatters = new Map<string, Intl.DateTimeFormat>();
// Plans repeat the same few moments (end of day, the morning window): formatToParts is the slow part.
const memo = new Map<string, WhenParts | undefined>();

export interface WhenParts {
  weekday: string;
  date: string;
  time: string;
}

/** The weekday, date and time of `iso` in `zone`, or undefined for text that is not a date. */
export function whenParts(iso: string, zone: string): WhenParts | undefined {
  const key = `${zone} ${iso}`;
  if (memo.has(key)) return memo.get(key);
  const value = computeParts(iso, zone);
  memo.set(key, value);
  return value;
}

function computeParts(iso: string, zone: string): WhenParts | undefined {
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

/** `Tue 2026-04-07 10:00` in `zone`; text that is not a date is returned as it is. */
export function formatWhen(iso: string, zone: string): string {
  const p = whenParts(iso, zone);
  return p ? `${p.weekday} ${p.date} ${p.time}` : iso;
}
