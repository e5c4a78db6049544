// planDocument: the whole follow-up plan for a document as of `now` (CONTRACT.md §2). Pure: the clock
// is an argument, calendars and parsed phrases are cached, nothing is read or written.
import { DateTime } from 'luxon';
import { createBusinessCalendar } from '../calendar/business.js';
import type { Application, Document } from '../document/schema.js';
import { FollowthroughError } from '../errors.js';
import { planGraciousClose, planOfferNotices } from './closing.js';
import { type DraftStep, effectiveStatus, lastInterviewIndex, type PlanContext } from './context.js';
import { type Days, daysFor } from './dates.js';
import { type Policy, resolvePolicy } from './policy.js';
import { planThankYous } from './thank-you.js';
import { planTouches } from './touches.js';
import type { Plan, Step } from './types.js';

export { DEFAULT_POLICY, type Policy, policySchema } from './policy.js';

export interface PlanOptions {
  /** The moment the plan is made, ISO 8601 (with an offset, or UTC with Z). */
  now: string;
  /** Overrides for DEFAULT_POLICY (e.g. the config file's `policy` section). */
  policy?: Partial<Policy>;
}

export function planDocument(doc: Document, options: PlanOptions): Plan {
  const policy = resolvePolicy(options.policy);
  const zone = doc.candidate.timezone ?? 'UTC';
  const calendar = createBusinessCalendar({
    country: doc.candidate.country ?? 'US',
    zone,
    sendWindow: policy.sendWindow,
  });
  const now = DateTime.fromISO(options.now, { setZone: true });
  if (!now.isValid) throw new FollowthroughError('INVALID_ARGUMENT', `now: not an ISO 8601 date-time: "${options.now}"`);
  const days = daysFor(calendar);
  const ctx: PlanContext = { policy, calendar, days, zone, now: now.setZone(zone) };

  const drafts: DraftStep[] = [];
  const statuses = doc.applications.map((app) => ({ app, ...effectiveStatus(app) }));
  for (const { app, status, event } of statuses) drafts.push(...planApplication(ctx, app, status, event));
  const actives = statuses.map(({ app, status }) => ({ app, active: status === 'active' }));
  for (const offer of doc.offers) drafts.push(...planOfferNotices(ctx, offer, actives, doc.offers));

  return { steps: finish(drafts, ctx.now.toMillis(), days) };
}

/** Every step of one application, before states are assigned. */
export function planApplication(
  ctx: PlanContext,
  app: Application,
  status: Application['status'] = effectiveStatus(app).status,
  closingEvent = effectiveStatus(app).event,
): DraftStep[] {
  const thanks = planThankYous(ctx, app);
  const k = lastInterviewIndex(app);
  const touches = k >= 0 ? planTouches(ctx, app, k) : [];
  if (status === 'active') return [...thanks, ...touches];

  // Closed: what was done stays done, unsent notes are cancelled, future touches are dropped.
  const word = closingText(status);
  const out: DraftStep[] = [];
  for (const step of thanks) {
    if (step.settled === 'done') out.push(step);
    // A note whose moment passed before the news was simply not sent; one still open when the news came is moot.
    else out.push({ ...step, settled: 'cancelled', reason: `Not needed any more: ${word}.` });
  }
  for (const step of touches) if (step.settled === 'done') out.push(step);
  if (status === 'rejected') out.push(planGraciousClose(ctx, app, closingEvent));
  return out;
}

function closingText(status: Application['status']): string {
  switch (status) {
    case 'offer':
      return 'they made you an offer';
    case 'rejected':
      return 'they chose another candidate';
    case 'withdrawn':
      return 'you withdrew from this process';
    default:
      return 'this application is closed';
  }
}

/** States from the clock, printable dates, sorted by due date (then id, for a stable order). */
function finish(drafts: DraftStep[], nowMs: number, days: Days): Step[] {
  const keyed = drafts.map((d) => {
    const dueMs = d.due.toMillis();
    const state = d.settled ?? (dueMs < nowMs ? 'overdue' : 'pending');
    const { settled: _settled, earliest, due, ...rest } = d;
    const step: Step = { ...rest, earliest: days.iso(earliest), due: days.iso(due), state };
    return { dueMs, step };
  });
  keyed.sort((a, b) => a.dueMs - b.dueMs || (a.step.id < b.step.id ? -1 : a.step.id > b.step.id ? 1 : 0));
  return keyed.map((k) => k.step);
}
