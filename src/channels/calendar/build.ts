// The plan as an iCalendar file, so the follow-ups show up in the candidate's own calendar with reminders.
// A thin layer: every date and every reason comes from the planner; this only chooses how to show them.
//
// Choices (documented for users in the command's help):
// - Each step is a timed event from its `earliest` to its `due`, written as UTC instants, so every calendar app
//   shows the window correctly in whatever zone it runs in (no VTIMEZONE tables to get wrong). Events are
//   TRANSPARENT: they are reminders, not meetings, and must not mark the candidate busy.
// - UID = `<step id>@followthrough`. Step ids are stable across re-plans, so importing a newer export updates
//   the same events instead of adding copies. SEQUENCE counts minutes since 2020 at `now` and LAST-MODIFIED is
//   `now`, so the newer export always wins.
// - Done steps stay in the file as CONFIRMED, titled "Done: …", without alarms; cancelled steps are
//   STATUS:CANCELLED without alarms. Leaving them out would not remove them from a calendar that imported an
//   earlier export; sending them with the same UID is what updates or cancels the copy already there.
// - Pending and overdue steps carry a display alarm when the window opens and, for windows longer than a day,
//   a second one on the morning of the due day.
import icalGenerator, { ICalAlarmType, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Application, Document } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import type { Plan, Step } from '../../core/plan/types.js';

export interface BuildCalendarOptions {
  /** ISO 8601: the moment of the export (DTSTAMP, LAST-MODIFIED, SEQUENCE). */
  now: string;
  /** PRODID; default "-//Followthrough//Followthrough follow-up plan//EN". */
  prodId?: string;
  /** Calendar name shown by apps that support X-WR-CALNAME. */
  name?: string;
}

export const UID_DOMAIN = 'followthrough';
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
/** Hour of the "it is due today" reminder, local to the candidate. */
const DUE_MORNING_HOUR = 9;

/** The UID of a step's event: stable for as long as the step id is. */
export function eventUid(step: Pick<Step, 'id'>): string {
  return `${step.id}@${UID_DOMAIN}`;
}

export function buildCalendar(plan: Plan, doc: Document, options: BuildCalendarOptions): string {
  const now = DateTime.fromISO(options.now, { setZone: true });
  if (!now.isValid)
    throw new FollowthroughError('INVALID_ARGUMENT', `now: not an ISO 8601 date-time: "${options.now}"`);
  const zone = doc.candidate.timezone ?? 'UTC';
  const stamp = now.toUTC().startOf('second').toJSDate();
  const sequence = Math.max(0, Math.floor((stamp.getTime() - SEQUENCE_EPOCH) / 60_000));
  const apps = new Map(doc.applications.map((a) => [a.id, a]));

  const calendar = icalGenerator({
    prodId: options.prodId ?? { company: 'Followthrough', product: 'Followthrough follow-up plan', language: 'EN' },
    // ical-generator writes NAME and X-WR-CALNAME as given (it escapes only event properties): escaped here.
    name: icsText(options.name ?? `Follow-ups for ${doc.candidate.name}`),
    description: 'Thank-you notes, check-ins, follow-ups and move-on days planned by Followthrough.',
  });
  calendar.x([['X-WR-TIMEZONE', zone]]);

  for (const step of plan.steps) {
    const start = instant(step.earliest, `${step.id}.earliest`);
    let end = instant(step.due, `${step.id}.due`);
    // A calendar event needs a positive length; a point-in-time step gets half an hour.
    if (end <= start) end = start.plus({ minutes: 30 });
    const app = apps.get(step.application);
    const open = step.state === 'pending' || step.state === 'overdue';
    const event = calendar.createEvent({
      id: eventUid(step),
      start: start.toUTC().toJSDate(),
      end: end.toUTC().toJSDate(),
      stamp,
      lastModified: stamp,
      sequence,
      summary: summaryOf(step, app),
      description: describe(step, app, zone),
      status: step.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: 'Followthrough' }, { name: step.kind }],
      x: [
        ['X-FOLLOWTHROUGH-STEP', step.id],
        ['X-FOLLOWTHROUGH-APPLICATION', step.application],
        ['X-FOLLOWTHROUGH-STATE', step.state],
      ],
    });
    if (open) {
      const what = summaryOf(step, app, false);
      event.createAlarm({ type: ICalAlarmType.display, trigger: 0, description: what });
      const morning = end.setZone(zone).startOf('day').set({ hour: DUE_MORNING_HOUR });
      if (end.diff(start, 'hours').hours > 24 && morning > start.plus({ hours: 12 }) && morning < end) {
        // ical-generator ignores `relatesTo` in the constructor data, hence the call.
        event
          .createAlarm({
            type: ICalAlarmType.display,
            trigger: Math.round(end.diff(morning, 'seconds').seconds),
            description: `Due today: ${what}`,
          })
          .relatesTo('END');
      }
    }
  }
  return calendar.toString();
}

/**
 * An RFC 5545 TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, and other
 * control characters dropped, so no value can end its line and start a property or component of its own.
 */
export function icsText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, '')
  );
}

function instant(iso: string, field: string): DateTime {
  const d = DateTime.fromISO(iso, { setZone: true });
  if (!d.isValid) throw new FollowthroughError('INVALID_ARGUMENT', `${field}: not an ISO 8601 date-time: "${iso}"`);
  return d;
}

function people(step: Step): string {
  const names = step.to.filter(Boolean);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Thank-you note to Maria Chen (Acme Logistics)"; prefixed "Done: " or "Cancelled: " unless `withState` is off. */
export function summaryOf(step: Step, app: Application | undefined, withState = true): string {
  const company = app?.company ?? step.application;
  const to = people(step);
  const at = (text: string) => `${text} (${company})`;
  let title: string;
  switch (step.kind) {
    case 'thank-you':
      title = at(
        `${step.channel === 'mail' ? 'Thank-you letter' : step.channel === 'phone' ? 'Thank-you call' : 'Thank-you note'} to ${to}`,
      );
      break;
    case 'check-in':
      title =
        step.channel === 'phone'
          ? at(`Call ${to} to check in`)
          : step.channel === 'portal'
            ? at('Check the application status page')
            : at(`Check in with ${to}${step.channel === 'mail' ? ' by letter' : ''}`);
      break;
    case 'follow-up':
      title =
        step.channel === 'phone'
          ? at(`Follow-up call to ${to}`)
          : at(`Follow-up${step.touch ? ` ${step.touch}` : ''} to ${to}${step.channel === 'mail' ? ' by letter' : ''}`);
      break;
    case 'offer-notice':
      title = at(`Tell ${to} about your other offer's deadline`);
      break;
    case 'gracious-close':
      title = at(`Gracious reply to ${to}`);
      break;
    case 'move-on':
      title = `Move on from ${company}${app?.role ? ` (${app.role})` : ''}`;
      break;
  }
  if (!withState) return title;
  if (step.state === 'done') return `Done: ${title}`;
  if (step.state === 'cancelled') return `Cancelled: ${title}`;
  return title;
}

/** What to do, in a sentence of our own; the planner's reason says why and why now. */
function todo(step: Step): string {
  switch (step.kind) {
    case 'thank-you':
      return step.channel === 'mail'
        ? 'Print the one-page letter, sign it by hand and post it within this window.'
        : 'Write a short, personal note: one thing you talked about, that you still want the job, and one way your experience meets what they need.';
    case 'check-in':
      return 'One calm message: recall the timeline they gave, say you are still interested, offer anything that would help, and ask how things stand.';
    case 'follow-up':
      return 'Keep it brief and friendly: stress why the role fits you and add one useful point you have not made yet.';
    case 'offer-notice':
      return 'Let them know, politely, that another offer has a deadline, so they can decide whether to move faster.';
    case 'gracious-close':
      return 'Thank them for their time and the news, and ask them to keep you in mind for future openings.';
    case 'move-on':
      return 'Nothing heard: close this application and put your energy into the next one. A late answer is still welcome.';
  }
}

function quote(s: string): string {
  return /^[\w./@:-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}

function command(step: Step): string | undefined {
  if (step.kind === 'move-on') return undefined;
  if (step.channel === 'mail') return `followthrough letter ${quote(step.id)} -o letter.pdf`;
  const to = step.to[0];
  return `followthrough draft --application ${quote(step.application)} --kind ${step.kind}${to ? ` --to ${quote(to)}` : ''}`;
}

function describe(step: Step, app: Application | undefined, zone: string): string {
  const local = (iso: string) =>
    DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale('en-US').toFormat('ccc LLL d, h:mm a');
  const open = step.state === 'pending' || step.state === 'overdue';
  const lines = [step.reason.trim(), ''];
  if (open) lines.push(`What to do: ${todo(step)}`);
  lines.push(`When: from ${local(step.earliest)} to ${local(step.due)} (${zone}).`);
  if (app) lines.push(`Application: ${app.role} at ${app.company}.`);
  const cmd = command(step);
  if (cmd && open) lines.push(`Start from a draft: ${cmd}`);
  if (step.state === 'done') lines.push('Already done.');
  if (step.state === 'cancelled') lines.push('No longer needed.');
  lines.push(`Step: ${step.id}`);
  return lines.join('\n');
}
