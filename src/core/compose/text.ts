// Small wording helpers shared by the message builders.
import { DateTime } from 'luxon';
import { FollowthroughError } from '../errors.js';

const HONORIFICS = /^(dr|mr|mrs|ms|mx|prof|professor)\.?$/i;

/** "Dr. Samuel Ortiz" → "Samuel". */
export function firstName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const rest = parts.length > 1 && HONORIFICS.test(parts[0] ?? '') ? parts.slice(1) : parts;
  return rest[0] ?? name;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a leading capital that only marks a sentence start ("The close" → "the close"; "NetSuite" kept). */
export function lowerLead(text: string): string {
  const first = text.split(/[\s-]/, 1)[0] ?? '';
  // A possessive ("Priya's plan") is a name, never a sentence start to lower.
  if (/^[A-Z][a-z]*$/.test(first) && first !== 'I') return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** Drops a trailing full stop so the text can sit inside a sentence. */
export function clause(text: string): string {
  return text.trim().replace(/[.;,\s]+$/, '');
}

// Common first words of an achievement written without "I" ("Cut the close…", "Led the migration…").
const VERBISH =
  /^(?:[a-z]+ed|led|built|cut|ran|won|grew|made|set|took|wrote|taught|brought|drove|kept|met|sold|saved|owned|rebuilt|overhauled|spearheaded|trained|launched|created|reduced|increased|designed|developed|managed|implemented|delivered|automated|introduced|shipped|mentored|negotiated|streamlined|oversaw|began|became|held|chose|found|gave|got|hired|lost|paid|put|read|shot|sent|spent|stood|thought|understood|went)$/i;

/** An achievement as a first-person clause: "Cut the close…" → "I cut the close…". */
export function firstPerson(achievement: string): string {
  const text = clause(achievement);
  if (/^(I|I'm|I've|my|we|our)\b/.test(text)) return text;
  const first = text.split(/\s+/, 1)[0] ?? '';
  if (VERBISH.test(first)) return `I ${lowerLead(text)}`;
  return `my record includes this: ${text}`;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Parses the `now` of a request; a bad value names the argument. */
export function parseNow(now: string, zone: string): DateTime {
  const dt = DateTime.fromISO(now, { setZone: true });
  if (!dt.isValid) throw new FollowthroughError('INVALID_ARGUMENT', `now: not an ISO 8601 date-time: "${now}"`);
  return dt.setZone(zone).setLocale('en-US');
}

export function at(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale('en-US');
}

/** "today", "on Monday" (within the past week) or "on January 5". */
export function whenMet(meeting: DateTime, now: DateTime): string {
  const days = Math.round(now.startOf('day').diff(meeting.startOf('day'), 'days').days);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days > 1 && days < 6) return `on ${meeting.toFormat('EEEE')}`;
  return `on ${longDate(meeting, now)}`;
}

/** "Monday, January 5" (the year only when it differs from now's). */
export function longDate(d: DateTime, now: DateTime): string {
  return d.year === now.year ? d.toFormat('EEEE, MMMM d') : d.toFormat('EEEE, MMMM d, yyyy');
}

/** "January 23" from an ISO date or date-time. */
export function shortDate(iso: string, zone: string, now: DateTime): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? DateTime.fromISO(iso, { zone }) : at(iso, zone);
  const loc = d.setLocale('en-US');
  return loc.year === now.year ? loc.toFormat('EEEE, MMMM d') : loc.toFormat('EEEE, MMMM d, yyyy');
}

/** "a Senior Accountant" / "an Accounting Manager". */
export function withArticle(role: string): string {
  return /^[aeiou]/i.test(role) ? `an ${role}` : `a ${role}`;
}

/** Joins sentences into a paragraph. */
export function paragraph(...sentences: Array<string | undefined | false>): string {
  return sentences
    .filter((s): s is string => Boolean(s))
    .map((s) => capitalize(s.trim()))
    .join(' ');
}
