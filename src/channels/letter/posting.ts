// When to post the letter, said against today: a step whose due day has passed is overdue and goes in the
// post today, rather than being told to post it by a day already gone.
import { DateTime } from 'luxon';

/** "post it by Friday, December 4", "post it today, the day it is due", or "post it today: it was due …". */
export function postingAdvice(due: string, now: string, zone: string): string {
  const dueDay = DateTime.fromISO(due, { setZone: true }).setZone(zone).setLocale('en-US');
  const today = DateTime.fromISO(now, { setZone: true }).setZone(zone).startOf('day');
  const name = dueDay.toFormat(dueDay.year === today.year ? 'cccc, LLLL d' : 'cccc, LLLL d, yyyy');
  const start = dueDay.startOf('day');
  if (start > today) return `post it by ${name}`;
  if (start.equals(today)) return 'post it today, the day it is due';
  return `post it today: it is overdue (it was due by ${name})`;
}
