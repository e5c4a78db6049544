// Steps that answer news: the gracious reply to a rejection, and telling the other employers about a
// competing offer's deadline.

import type { AppEvent, Application, Offer } from '../document/schema.js';
import { slugify } from '../document/slug.js';
import { type DraftStep, isOutgoing, lastInterviewIndex, normalizeName, type PlanContext } from './context.js';
import type { Instant } from './dates.js';
import type { StepChannel } from './types.js';

/** One short reply to whoever gave the news, within a business day or two and never later than 72 hours. */
export function planGraciousClose(ctx: PlanContext, app: Application, rejection: AppEvent | undefined): DraftStep {
  const { days, policy } = ctx;
  const last = app.interviews[lastInterviewIndex(app)];
  const to = rejection?.from ?? last?.contact?.name ?? last?.interviewers[0]?.name;
  // Without a dated event the news is placed at the latest thing we know of.
  const at = rejection ? days.at(rejection.at) : latestKnown(ctx, app);
  const dayEnd = days.endOfDay(days.addBusinessDays(days.dayOf(at), policy.graciousCloseBusinessDays));
  const limit = at + 72 * 3_600_000;
  const due = limit < dayEnd.ms ? days.moment(limit) : dayEnd;
  const sent = app.events.find(
    (e) => isOutgoing(e) && e.kind === 'gracious-close' && Date.parse(e.at) >= at - 86_400_000,
  );
  const step: DraftStep = {
    id: `${app.id}/gracious-close`,
    application: app.id,
    kind: 'gracious-close',
    to: to ? [to] : [],
    channel: 'email',
    earliest: days.moment(at),
    due,
    reason: sent
      ? `Replied to the decision on ${days.longDate(days.dayOf(days.at(sent.at)))}.`
      : `They chose someone else${rejection ? ` (${days.longDate(days.dayOf(at))})` : ''}; a short, warm reply within a business day or two keeps the door open for the next opening. Nothing else is planned for this application.`,
  };
  if (sent) step.settled = 'done';
  return step;
}

/**
 * For every other active application: tell the contact and the interviewer about a competing offer's
 * deadline, a few business days before it, so they can speed up if they want to.
 */
export function planOfferNotices(
  ctx: PlanContext,
  offer: Offer,
  applications: ReadonlyArray<{ app: Application; active: boolean }>,
  allOffers: ReadonlyArray<Offer> = [offer],
): DraftStep[] {
  const { days, policy, now } = ctx;
  const deadline = offerDeadline(ctx, offer.decideBy);
  if (deadline === undefined) return [];
  const deadlineDay = days.dayOf(deadline);
  const offerCompany = normalizeName(offer.company);
  const others = allOffers.map((o) => normalizeName(o.company)).filter((c) => c !== offerCompany);
  // A sent notice counts for this offer unless its note names a different offer's company only.
  const isForThisOffer = (note: string | undefined): boolean => {
    if (!note) return true;
    const text = normalizeName(note);
    return text.includes(offerCompany) || !others.some((c) => text.includes(c));
  };
  // The same for every application: when to tell them, and the offer's part of the step id.
  const slug = slugify(offer.company);
  const windowDue = days.window(days.addBusinessDays(deadlineDay, -policy.offerNoticeBusinessDays)).due;
  const late = windowDue.ms < now;
  const lateDue = late ? days.moment(deadline) : windowDue;
  const lateEarliest = now < lateDue.ms ? days.moment(now) : lateDue;
  const onTimeEarliest = now < windowDue.ms ? days.moment(now) : windowDue;
  const steps: DraftStep[] = [];
  for (const { app, active } of applications) {
    if (!active || companyOf(app) === offerCompany) continue;
    const k = lastInterviewIndex(app);
    const interview = app.interviews[k];
    if (!interview) continue; // nobody to tell yet
    const sent = app.events.find(
      (e) => isOutgoing(e) && e.kind === 'offer-notice' && Date.parse(e.at) <= deadline && isForThisOffer(e.note),
    );
    if (!sent && deadline <= now) continue; // the deadline passed: nothing left to tell
    const to = unique([interview.contact?.name, interview.interviewers[0]?.name]);
    // Learned of the offer late: still worth telling them, right away.
    const hurried = !sent && late;
    const due = hurried ? lateDue : windowDue;
    const hurry = hurried ? ' The deadline is close, so tell them today.' : '';
    // Not before now (the news is already here), but never after the due time.
    const earliest = hurried ? lateEarliest : onTimeEarliest;
    // Portals and letters are too slow for a deadline; a call is fine if that is how they like to talk.
    const channel: StepChannel = interview.nextSteps.channel === 'phone' ? 'phone' : 'email';
    const step: DraftStep = {
      id: `${app.id}/offer-notice/${slug}`,
      application: app.id,
      kind: 'offer-notice',
      to,
      channel,
      earliest,
      due,
      interview: k,
      reason: sent
        ? `Told them about the ${offer.company} offer on ${days.longDate(days.dayOf(days.at(sent.at)))}.`
        : `You have an offer from ${offer.company} that must be answered by ${days.longDate(deadlineDay)}; letting ${app.company} know ${policy.offerNoticeBusinessDays} business days ahead gives them time to decide.${hurry}`,
    };
    if (sent) step.settled = 'done';
    steps.push(step);
  }
  return steps;
}

const companies = new WeakMap<Application, string>();

/** The application's company, normalised once per application object. */
function companyOf(app: Application): string {
  let name = companies.get(app);
  if (name === undefined) {
    name = normalizeName(app.company);
    companies.set(app, name);
  }
  return name;
}

function latestKnown(ctx: PlanContext, app: Application): Instant {
  let ms = Number.NEGATIVE_INFINITY;
  for (const e of app.events) ms = Math.max(ms, Date.parse(e.at));
  for (const iv of app.interviews) ms = Math.max(ms, Date.parse(iv.at));
  return Number.isFinite(ms) ? ms : ctx.now;
}

/** The end of the offer's last day (a date), or the moment it names (a date-time); undefined if neither. */
function offerDeadline(ctx: PlanContext, decideBy: string): Instant | undefined {
  const { days } = ctx;
  if (/^\d{4}-\d{2}-\d{2}$/.test(decideBy)) {
    const day = days.date(decideBy);
    return day === undefined ? undefined : days.endOfDay(day).ms;
  }
  const ms = days.at(decideBy);
  return Number.isNaN(ms) ? undefined : ms;
}

function unique(names: Array<string | undefined>): string[] {
  const out: string[] = [];
  for (const n of names) if (n && !out.some((o) => normalizeName(o) === normalizeName(n))) out.push(n);
  return out;
}
