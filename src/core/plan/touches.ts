// Status touches after the last interview: the first check-in from what they said about timing, later
// follow-ups spaced out, the rule of three, then the move-on day. Touches are counted from the events,
// so what was actually sent (and when) moves everything after it.
import { dayOfIso } from '../calendar/days.js';
import type { AppEvent, Application } from '../document/schema.js';
import type { ExpectedAnswer } from '../timeline/expected.js';
import { type DraftStep, isOutgoing, type PlanContext, statusContact } from './context.js';
import { type Day, type Landing, skippedClause } from './dates.js';
import { answerDay, dateInReply, expectedAnswer } from './timeline.js';
import type { StepChannel } from './types.js';

/** Where the next touch lands and the sentence that explains the date. */
interface Slot {
  day: Day;
  why: string;
}

const isTouchEvent = (e: AppEvent) => isOutgoing(e) && (e.kind === 'check-in' || e.kind === 'follow-up');

export function planTouches(ctx: PlanContext, app: Application, k: number): DraftStep[] {
  const interview = app.interviews[k];
  if (!interview) return [];
  const { policy, calendar, days } = ctx;
  const longDate = (d: Day) => days.longDate(d);
  const anchor = days.at(interview.at);
  const anchorDay = days.dayOf(anchor);
  const phrase = interview.nextSteps.expected?.trim();
  const expected = expectedAnswer(phrase, anchor, days, calendar);
  const contact = statusContact(interview);
  const to = contact ? [contact] : [];
  const channel: StepChannel = interview.nextSteps.channel;

  const longDays = longProcessDays(expected, policy.longProcessThresholdDays);
  const spacing =
    longDays === undefined
      ? policy.followUpSpacingDays
      : Math.max(policy.followUpSpacingDays, policy.longProcessSpacingDays, Math.round(longDays / policy.maxTouches));
  const spacingWhy =
    longDays === undefined
      ? ', the usual spacing between follow-ups (no chasing)'
      : ', kept wide because they described a long process';
  const processEnd = longDays === undefined ? undefined : days.plusDays(anchorDay, longDays);
  // A date further out than the silence limit, from words that describe no long process, is more likely a
  // misreading (a date in the story around it) than a real timeline: it must not push the check-in that far.
  const readDay = answerDay(expected, days);
  const tooFar =
    readDay !== undefined &&
    expected.kind !== 'long-process' &&
    longDays === undefined &&
    readDay > days.plusDays(anchorDay, policy.silenceStopDays);
  const statedDay = tooFar ? undefined : readDay;
  const unsureNote = expected.unsure ? ' We are not sure of that reading of their words, so check the date.' : '';

  const spaced = (from: Day, n: number, why: string): Slot => {
    const l = days.landOn(days.plusDays(from, n));
    return { day: l.day, why: `${why}${skippedClause(l.skipped)}.` };
  };
  const afterDate = (day: Day, why: (l: Landing) => string): Slot => {
    const l = days.businessDaysAfter(day, policy.afterStatedBusinessDays);
    return { day: l.day, why: why(l) };
  };
  const waitPhrase =
    policy.afterStatedBusinessDays === 1 ? 'one business day' : `${policy.afterStatedBusinessDays} business days`;

  // The first check-in, from their words at the interview.
  let slot: Slot;
  if (statedDay !== undefined && statedDay >= anchorDay && (expected.kind === 'date' || expected.kind === 'relative')) {
    slot = afterDate(
      statedDay,
      (l) =>
        `They said they would answer ${quote(phrase)}, so the check-in waits ${waitPhrase} past ${longDate(statedDay)}, until ${longDate(l.day)}${skippedClause(l.skipped)}.${unsureNote}`,
    );
  } else if (tooFar && readDay !== undefined) {
    slot = spaced(
      anchorDay,
      policy.noTimelineDays,
      `We read ${quote(phrase)} as ${longDate(readDay)}, more than ${policy.silenceStopDays} days away with no long process described, so we are not sure of it and the check-in falls back to ${policy.noTimelineDays} days after the interview`,
    );
  } else if (expected.kind === 'few-days') {
    slot = spaced(
      anchorDay,
      policy.fewDaysDays,
      `They said they would answer ${quote(phrase)}, so the check-in comes about ${policy.fewDaysDays} days after the interview${expected.unsure ? ' (we are not sure of that reading of their words)' : ''}`,
    );
  } else if (longDays !== undefined) {
    slot = spaced(
      anchorDay,
      spacing,
      `They described a long process (${quote(phrase)}), so touches are ${spacing} days apart rather than weekly`,
    );
  } else if (phrase && expected.kind !== 'none') {
    slot = spaced(
      anchorDay,
      policy.noTimelineDays,
      `No date could be read from ${quote(phrase)}, so the check-in falls back to ${policy.noTimelineDays} days after the interview`,
    );
  } else {
    slot = spaced(
      anchorDay,
      policy.noTimelineDays,
      `No timeline was recorded for this interview, so the check-in comes ${policy.noTimelineDays} days after it`,
    );
  }

  const steps: DraftStep[] = [];
  let touches = 0; // all status touches since the interview: the step's number
  let unanswered = 0; // touches since they last spoke: what the rule of three counts
  let awaitingRound = false;
  let lastTouchDay: Day | undefined;
  // Silence is counted from whichever is later: the interview, the date they gave, or the end of the process.
  let silenceBase = latest(anchorDay, statedDay, processEnd);

  const touchStep = (n: number, at: Slot, reason: string, sent?: { to: string[]; channel: StepChannel }): DraftStep => {
    const kind = n === 1 ? 'check-in' : 'follow-up';
    const window = days.window(at.day);
    const step: DraftStep = {
      id: `${app.id}/${kind}/${n}`,
      application: app.id,
      kind,
      to: sent ? sent.to : to,
      channel: sent ? sent.channel : channel,
      earliest: window.earliest,
      due: window.due,
      reason,
      interview: k,
      touch: n,
    };
    if (sent) step.settled = 'done';
    return step;
  };

  const later = app.events
    .filter((e) => (isTouchEvent(e) || e.type === 'replied' || e.type === 'next-round') && Date.parse(e.at) > anchor)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  for (const event of later) {
    const atMs = days.at(event.at);
    const at = days.dayOf(atMs);
    if (isTouchEvent(event)) {
      touches++;
      unanswered++;
      const verb = event.type === 'called' ? 'Called' : 'Sent';
      steps.push(
        touchStep(touches, slot, `${verb} on ${longDate(at)} (planned for ${longDate(slot.day)}).`, {
          to: event.to ? [event.to] : to,
          channel: event.type === 'called' ? 'phone' : channel,
        }),
      );
      lastTouchDay = at;
      slot = spaced(at, spacing, `${spacing} days after your last touch on ${longDate(at)}${spacingWhy}`);
    } else if (event.type === 'replied' && event.autoReply) {
      // An out-of-office message is not an answer: the count stands, and the next touch waits until
      // they are back (when it states a return date).
      const back = event.pausedUntil ? dayOfIso(event.pausedUntil) : undefined;
      if (back !== undefined && back >= at) {
        const l = days.businessDaysAfter(back, policy.afterStatedBusinessDays);
        if (l.day > slot.day) {
          slot = {
            day: l.day,
            why: `An automatic reply on ${longDate(at)} said they are away until ${longDate(back)}, so the touch planned for ${longDate(slot.day)} waits until ${longDate(l.day)}${skippedClause(l.skipped)}; it was not an answer, so the count of touches stands.`,
          };
        }
        silenceBase = latest(silenceBase, back);
      }
    } else if (event.type === 'replied') {
      unanswered = 0;
      awaitingRound = false;
      const day = answerDay(dateInReply(event.note, atMs, days, calendar), days);
      if (day !== undefined && day >= at) {
        slot = afterDate(
          day,
          (l) =>
            `They replied on ${longDate(at)} that they expect to answer by ${longDate(day)}, so the next touch waits until ${longDate(l.day)}${skippedClause(l.skipped)} and the rule of three starts over.`,
        );
        silenceBase = latest(at, day);
      } else {
        slot = spaced(
          at,
          spacing,
          `They replied on ${longDate(at)} without a new date, so the silence clock and the rule of three restart from that reply`,
        );
        silenceBase = at;
      }
    } else {
      awaitingRound = true;
      unanswered = 0;
      const day = answerDay(dateInReply(event.note, atMs, days, calendar), days);
      slot =
        day !== undefined && day >= at
          ? afterDate(
              day,
              (l) =>
                `They said another round is coming by ${longDate(day)}; if nothing is scheduled by then, ask about it on ${longDate(l.day)}${skippedClause(l.skipped)}.`,
            )
          : spaced(
              at,
              policy.nextRoundCheckInDays,
              `They said on ${longDate(at)} that another round is coming; if nothing is scheduled within ${policy.nextRoundCheckInDays} days, ask about it (later touches are planned from the next interview once it is recorded)`,
            );
      silenceBase = at;
    }
  }

  // Pending touches: up to the rule of three (one scheduling question while waiting for another round),
  // and none after a month or two of silence.
  const limit = awaitingRound ? 1 : policy.maxTouches;
  const silenceEnd = days.plusDays(silenceBase, policy.silenceStopDays);
  let stoppedBySilence = false;
  while (unanswered < limit) {
    if (slot.day > silenceEnd) {
      stoppedBySilence = true;
      break;
    }
    touches++;
    unanswered++;
    const count =
      unanswered === policy.maxTouches
        ? ` It is the last of the ${policy.maxTouches} unanswered touches the rule of three allows.`
        : '';
    const rounds =
      touches === 1 && !awaitingRound && (interview.nextSteps.roundsRemaining ?? 0) > 0
        ? ` They mentioned ${interview.nextSteps.roundsRemaining === 1 ? 'another round' : `${interview.nextSteps.roundsRemaining} more rounds`}, so ask where scheduling stands.`
        : '';
    steps.push(touchStep(touches, slot, `${slot.why}${count}${rounds}${channelNote(channel)}`));
    lastTouchDay = slot.day;
    slot = spaced(slot.day, spacing, `${spacing} days after the previous touch${spacingWhy}`);
  }
  if (awaitingRound || lastTouchDay === undefined) return steps;

  // The move-on day: some time after the last touch, never past the silence limit, never inside the process.
  let nominal = days.plusDays(lastTouchDay, policy.moveOnAfterDays);
  if (nominal > silenceEnd) nominal = silenceEnd > lastTouchDay ? silenceEnd : days.plusDays(lastTouchDay, 1);
  if (processEnd !== undefined && nominal <= processEnd) nominal = days.plusDays(processEnd, 1);
  const moveOn = days.onOrAfter(nominal);
  const why = stoppedBySilence
    ? `After ${policy.silenceStopDays} days of silence it is time to stop following up`
    : unanswered >= policy.maxTouches
      ? `After ${policy.maxTouches} unanswered touches the rule of three says to stop`
      : `Nothing is planned after your last touch`;
  const processNote =
    processEnd === undefined
      ? ''
      : expected.processDays === undefined
        ? ` They gave no length for the long process they described, so this allows ${longDays} days for it.`
        : ` This falls after the ${longDays}-day process they described.`;
  steps.push({
    id: `${app.id}/move-on`,
    application: app.id,
    kind: 'move-on',
    to: [],
    channel: 'none',
    earliest: days.startOf(moveOn),
    due: days.endOfDay(moveOn),
    interview: k,
    reason: `${why}: if nothing has come by ${longDate(moveOn)}, close this application and put the effort elsewhere.${processNote}`,
  });
  return steps;
}

/** The length of a process long enough to stop weekly touches, in days; undefined for ordinary timelines. */
function longProcessDays(expected: ExpectedAnswer, threshold: number): number | undefined {
  if (expected.kind === 'long-process') return Math.max(expected.processDays ?? threshold, threshold);
  if (expected.processDays !== undefined && expected.processDays >= threshold) return expected.processDays;
  return undefined;
}

function channelNote(channel: StepChannel): string {
  if (channel === 'portal') return ' They asked candidates to check the status page, so look there first.';
  if (channel === 'phone') return ' They prefer a call.';
  return '';
}

function quote(text: string | undefined): string {
  return text ? `“${text}”` : 'by a date';
}

function latest(first: Day, ...rest: Array<Day | undefined>): Day {
  let out = first;
  for (const d of rest) if (d !== undefined && d > out) out = d;
  return out;
}
