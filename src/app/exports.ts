// Use cases that turn the plan into something to take away: the posted letter of a step, the call script of
// a status touch, the calendar of the plan. They read a document (the store's, or one the interface was
// given) and write nothing; the channels render the letter and the calendar.

import type { CallScriptRequest } from '../core/compose/call-script.js';
import type { CallScript, LetterParts } from '../core/compose/types.js';
import type { Application, Document } from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import type { Step } from '../core/plan/types.js';
import { planWithConfig, stepById } from './planning.js';

export interface LetterResult {
  step: Step;
  application?: Application;
  /** Whom the letter greets. */
  to: string;
  letter: LetterParts;
  /** Blocks of the person's own text set aside (addresses and date come from the document). */
  setAside: number;
}

/** The letter parts of a step: the composer's, or (with `text`) the person's own words in the same frame. */
export async function letterFor(input: {
  doc: Document;
  now: string;
  step: string;
  text?: string;
  what?: string;
}): Promise<LetterResult> {
  const what = input.what ?? 'STEP';
  const { doc, now } = input;
  const step = stepById((await planWithConfig(doc, now)).steps, input.step, what, (s) => s.channel === 'mail');
  if (step.kind === 'move-on')
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `${what}: "${step.id}" is the day to move on; there is no letter to write`,
    );
  const { composeStepDraft } = await import('../core/compose/index.js');
  const letters = await import('../channels/letter/index.js');
  const draft = composeStepDraft(doc, step, now, 'mail');
  const app = doc.applications.find((a) => a.id === step.application);
  let letter = draft.letter;
  if (!letter) {
    // A composer without letter parts: typeset its text inside a frame built from the document.
    if (!app) throw new FollowthroughError('NOT_FOUND', `${what}: no application "${step.application}"`);
    letter = letters.letterWithText(
      { ...letters.letterFrame(doc, app, draft.to, now), salutation: '', paragraphs: [], closing: '' },
      draft.body,
    );
  }
  let setAside = 0;
  if (input.text !== undefined) {
    const mine = letters.letterWithText(letter, input.text);
    setAside = mine.setAside.length;
    letter = mine;
  }
  return { step, ...(app && { application: app }), to: draft.to, letter, setAside };
}

/** The call script of a check-in or follow-up step, or of an application (and person) named directly. */
export async function callScriptFor(input: {
  doc: Document;
  now: string;
  step?: string;
  request?: Omit<CallScriptRequest, 'now'>;
  what?: string;
}): Promise<CallScript> {
  const what = input.what ?? 'STEP';
  const { doc, now } = input;
  let request: CallScriptRequest = { ...(input.request as Omit<CallScriptRequest, 'now'>), now };
  if (input.step !== undefined) {
    const status = (k: string) => k === 'check-in' || k === 'follow-up';
    const step = stepById((await planWithConfig(doc, now)).steps, input.step, what, (s) => status(s.kind));
    if (!status(step.kind))
      throw new FollowthroughError(
        'INVALID_ARGUMENT',
        `${what}: "${step.id}" is a ${step.kind}; a call script is for a check-in or follow-up`,
      );
    request = { application: step.application, to: step.to[0], now, interview: step.interview };
  }
  const { composeCallScript } = await import('../core/compose/index.js');
  return composeCallScript(doc, request);
}

/** The plan (or one application's part of it) as an iCalendar text, and how many events it holds. */
export async function calendarFor(input: {
  doc: Document;
  now: string;
  application?: string;
}): Promise<{ ics: string; events: number }> {
  const plan = await planWithConfig(input.doc, input.now);
  if (input.application) plan.steps = plan.steps.filter((s) => s.application === input.application);
  const { buildCalendar } = await import('../channels/calendar/index.js');
  return { ics: buildCalendar(plan, input.doc, { now: input.now }), events: plan.steps.length };
}
