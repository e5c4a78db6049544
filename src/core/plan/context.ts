// What every part of the planner shares while planning one document, and the step shape it builds
// before dates are printed and states assigned.
import type { BusinessCalendar } from '../calendar/business.js';
import type { AppEvent, Application, Interview } from '../document/schema.js';
import { slugify } from '../document/slug.js';
import type { Days, Instant, Moment } from './dates.js';
import type { Policy } from './defaults.js';
import type { Step } from './types.js';

export interface PlanContext {
  policy: Policy;
  calendar: BusinessCalendar;
  /** Memoised day arithmetic in the candidate's zone. */
  days: Days;
  zone: string;
  now: Instant;
}

/** A step before its state is known; `settled` is set for steps whose state does not depend on the clock. */
export interface DraftStep extends Omit<Step, 'earliest' | 'due' | 'state'> {
  earliest: Moment;
  due: Moment;
  settled?: 'done' | 'cancelled';
}

/** The application's status after its events: a rejection recorded as an event closes it like the status. */
export function effectiveStatus(app: Application): { status: Application['status']; event?: AppEvent } {
  const terminal: Record<string, Application['status']> = {
    offer: 'offer',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
  };
  let latest: AppEvent | undefined;
  for (const e of app.events) {
    if (terminal[e.type] && (!latest || Date.parse(e.at) >= Date.parse(latest.at))) latest = e;
  }
  if (app.status !== 'active') {
    const matching = latest && terminal[latest.type] === app.status ? latest : undefined;
    return matching ? { status: app.status, event: matching } : { status: app.status };
  }
  return latest ? { status: terminal[latest.type] as Application['status'], event: latest } : { status: 'active' };
}

/** The index of the latest interview by time (not by array position), or -1 without interviews. */
export function lastInterviewIndex(app: Application): number {
  let best = -1;
  let bestMs = Number.NEGATIVE_INFINITY;
  app.interviews.forEach((iv, i) => {
    const ms = Date.parse(iv.at);
    if (ms >= bestMs) {
      best = i;
      bestMs = ms;
    }
  });
  return best;
}

/** Whom to ask about status: the named contact, else the first interviewer. */
export function statusContact(interview: Interview): string | undefined {
  return interview.contact?.name ?? interview.interviewers[0]?.name;
}

/** Names match ignoring case, spacing and accents; a lone first name matches the full name. */
export function sameName(a: string, b: string): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na === nb) return true;
  const [fa] = na.split(' ');
  const [fb] = nb.split(' ');
  return (!na.includes(' ') || !nb.includes(' ')) && fa === fb;
}

const normalized = new Map<string, string>();

/** Lower-case ASCII words separated by single spaces (memoised: the same few names recur on every plan). */
export function normalizeName(name: string): string {
  let out = normalized.get(name);
  if (out === undefined) {
    out = name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (normalized.size >= 20_000) normalized.clear();
    normalized.set(name, out);
  }
  return out;
}

const slugs = new Map<string, string>();

/** The document's slug of a name, memoised for the same reason. */
export function slugOf(name: string): string {
  let out = slugs.get(name);
  if (out === undefined) {
    out = slugify(name);
    if (slugs.size >= 20_000) slugs.clear();
    slugs.set(name, out);
  }
  return out;
}

/** Sent or called: the candidate's own messages. */
export function isOutgoing(e: AppEvent): boolean {
  return e.type === 'sent' || e.type === 'called';
}
