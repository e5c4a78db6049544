// Thank-you notes: one per interviewer of each interview, due by the end of the next day and never later
// than the policy's hour limit (48 h by default).
import type { AppEvent, Application } from '../document/schema.js';
import { numbered } from '../document/slug.js';
import { type DraftStep, isOutgoing, type PlanContext, sameName, slugOf } from './context.js';

export function planThankYous(ctx: PlanContext, app: Application): DraftStep[] {
  const steps: DraftStep[] = [];
  const { policy, days } = ctx;
  const ids = thankYouIds(app);
  const doneBy = matchThankYouEvents(app, ids);
  app.interviews.forEach((interview, k) => {
    const atMs = days.at(interview.at);
    const day = days.dayOf(atMs);
    const at = days.moment(atMs);
    const nextDayEnd = days.endOfDay(day + 1);
    const limit = atMs + policy.thankYouMaxHours * 3_600_000;
    const due = limit < nextDayEnd.ms ? days.moment(limit) : nextDayEnd;
    const employerWantsMail = interview.nextSteps.channel === 'mail';
    const channel = employerWantsMail || policy.thankYouChannel === 'mail' ? 'mail' : 'email';
    const how =
      channel === 'email'
        ? 'by email'
        : employerWantsMail
          ? 'as a one-page posted letter, since they said they prefer mail'
          : 'as a one-page posted letter (your setting), posted the same day or the next';
    interview.interviewers.forEach((person, p) => {
      const id = ids[k]?.[p] as string;
      const sent = doneBy.get(id) ?? doneBy.get(`${k}/${p}`);
      const step: DraftStep = {
        id,
        application: app.id,
        kind: 'thank-you',
        to: [person.name],
        channel,
        earliest: at,
        due,
        reason: sent
          ? `Thanked ${person.name} on ${days.longDate(days.dayOf(days.at(sent.at)))}.`
          : `Each person you met gets a note of their own, ${how}; it is due by the end of the day after the interview (${days.longDate(day)}), within ${policy.thankYouMaxHours} hours.`,
        interview: k,
      };
      if (sent) step.settled = 'done';
      steps.push(step);
    });
  });
  return steps;
}

/**
 * The thank-you step ids, per interview and person: `<app>/thank-you/<interview id>/<person id>`. Without
 * stored ids, the interview's position and the person's name slug (numbered within the interview).
 */
function thankYouIds(app: Application): string[][] {
  return app.interviews.map((interview, k) => {
    const used = new Set<string>();
    return interview.interviewers.map((person) => {
      const slug = person.id ?? numbered(slugOf(person.name), used);
      used.add(slug);
      return `${app.id}/thank-you/${interview.id ?? String(k)}/${slug}`;
    });
  });
}

/**
 * Which interviewer each sent thank-you was for: key `interview/person` → event. An event goes to the
 * latest interview held before it (with that person) whose note is still unsent; without `to` it takes
 * that interview's first unthanked person.
 */
function matchThankYouEvents(app: Application, ids: string[][]): Map<string, AppEvent> {
  const matched = new Map<string, AppEvent>();
  // An event that names its step settles exactly that step; the rest are matched by time and name.
  for (const e of app.events) if (e.step && isOutgoing(e) && e.kind === 'thank-you') matched.set(e.step, e);
  const events = app.events
    .filter((e) => !e.step && isOutgoing(e) && e.kind === 'thank-you')
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (events.length === 0) return matched;
  // Interviews newest first, so each event lands on the most recent meeting before it.
  const order = app.interviews.map((iv, k) => ({ k, ms: Date.parse(iv.at), iv })).sort((a, b) => b.ms - a.ms);
  for (const event of events) {
    const sentMs = Date.parse(event.at);
    // An hour of slack: a note sent from the lobby right after a slightly late-recorded interview still counts.
    const candidates = order.filter((o) => o.ms <= sentMs + 3_600_000);
    const pool = candidates.length > 0 ? candidates : order.slice(-1);
    let placed = false;
    for (const { k, iv } of pool) {
      for (let p = 0; p < iv.interviewers.length && !placed; p++) {
        const person = iv.interviewers[p];
        const key = `${k}/${p}`;
        if (!person || matched.has(key) || matched.has(ids[k]?.[p] as string)) continue;
        if (event.to === undefined || sameName(event.to, person.name)) {
          matched.set(key, event);
          placed = true;
        }
      }
      if (placed) break;
    }
  }
  return matched;
}
