// planDocument: the whole follow-up plan for a document as of `now` (CONTRACT.md §2). Pure: the clock
// is an argument, calendars and parsed phrases are cached, nothing is read or written. Free of zod, so a
// command that only plans does not load the validator; planner.ts adds the policy schema for callers.
import { createBusinessCalendar } from '../calendar/business.js';
import type { Application, Document } from '../document/schema.js';
import { FollowthroughError } from '../errors.js';
import { applyStepChoices } from './choices.js';
import { planGraciousClose, planOfferNotices } from './closing.js';
import { type DraftStep, effectiveStatus, lastInterviewIndex, type PlanContext } from './context.js';
import { type Days, daysFor, type Instant } from './dates.js';
import { type Policy, resolvePolicy } from './defaults.js';
import { planThankYous } from './thank-you.js';
import { planTouches } from './touches.js';
import type { Plan, Step } from './types.js';

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
  const days = daysFor(calendar);
  const now = nowInstant(options.now, days);
  const ctx: PlanContext = { policy, calendar, days, zone, now };

  const drafts: DraftStep[] = [];
  const statuses = doc.applications.map((app) => {
    const { status, event } = effectiveStatus(app);
    return { app, status, event };
  });
  for (const { app, status, event } of statuses) {
    for (const step of planApplication(ctx, app, status, event)) drafts.push(step);
  }
  const actives = statuses.map(({ app, status }) => ({ app, active: status === 'active' }));
  for (const offer of doc.offers) drafts.push(...planOfferNotices(ctx, offer, actives, doc.offers));

  return { steps: finish(drafts, now) };
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
  if (status === 'active') return applyStepChoices(ctx, app, [...thanks, ...touches]);

  // Closed: what was done stays done, unsent notes are cancelled, future touches are dropped.
  const word = closingText(status);
  const out: DraftStep[] = [];
  for (const step of thanks) {
    if (step.settled === 'done') out.push(step);
    // A note whose moment passed before the news was simply not sent; one still open when the news came is moot.
    else {
      step.settled = 'cancelled';
      step.reason = `Not needed any more: ${word}.`;
      out.push(step);
    }
  }
  for (const step of touches) if (step.settled === 'done') out.push(step);
  // A rejection before anyone was met, with no sender recorded, leaves nobody to reply to.
  if (status === 'rejected' && (closingEvent?.from || app.interviews.length > 0)) {
    out.push(planGraciousClose(ctx, app, closingEvent));
  }
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

/** States from the clock, sorted by due time; steps due at the same moment keep document order. */
function finish(drafts: DraftStep[], nowMs: number): Step[] {
  // A counting sort over the distinct due times: stable, and far cheaper than a comparator over every step.
  const rank = new Map<number, number>();
  for (const d of drafts) rank.set(d.due.ms, 0);
  const keys = Float64Array.from(rank.keys()).sort();
  for (let r = 0; r < keys.length; r++) rank.set(keys[r] as number, r);
  const starts = new Int32Array(keys.length + 1);
  const ranks = new Int32Array(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const r = rank.get((drafts[i] as DraftStep).due.ms) as number;
    ranks[i] = r;
    starts[r + 1] = (starts[r + 1] as number) + 1;
  }
  for (let r = 0; r < keys.length; r++) starts[r + 1] = (starts[r + 1] as number) + (starts[r] as number);
  const out = new Array<Step>(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as DraftStep;
    // Built field by field, in the contract's order: spreading these objects was the slowest line of a 10k plan.
    const step: Step = {
      id: d.id,
      application: d.application,
      kind: d.kind,
      to: d.to,
      channel: d.channel,
      earliest: d.earliest.text,
      due: d.due.text,
      state: d.settled ?? (d.due.ms < nowMs ? 'overdue' : 'pending'),
      reason: d.reason,
    };
    if (d.interview !== undefined) step.interview = d.interview;
    if (d.touch !== undefined) step.touch = d.touch;
    const r = ranks[i] as number;
    const at = starts[r] as number;
    starts[r] = at + 1;
    out[at] = step;
  }
  return out;
}

/** `now` as an instant; luxon reads what the fast path does not (and says whether it is valid at all). */
function nowInstant(text: string, days: Days): Instant {
  const ms = days.at(text);
  if (Number.isNaN(ms)) throw new FollowthroughError('INVALID_ARGUMENT', `now: not an ISO 8601 date-time: "${text}"`);
  return ms;
}
