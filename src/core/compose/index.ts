// The composer: a draft in the candidate's voice for any planned step. Pure and deterministic: the same document,
// request and `now` always give the same text (phrasings are chosen by a stable hash, never at random).
import { DateTime } from 'luxon';
import type { Application, Document, Interview, MessageKind } from '../document/schema.js';
import { FollowthroughError } from '../errors.js';
import type { Step, StepChannel, StepKind } from '../plan/types.js';
import { composeCallScript } from './call-script.js';
import { pick } from './hash.js';
import {
  type BuildContext,
  type Built,
  checkIn,
  followUp,
  graciousClose,
  makeContext,
  offerNotice,
  thankYou,
  thirdTouch,
} from './messages.js';
import { GREETING, SIGN_OFF } from './phrases.js';
import { resolve } from './resolve.js';
import { addressLines, signatureLines } from './signature.js';
import { parseNow } from './text.js';
import type { ComposeRequest, Draft, LetterParts } from './types.js';

export { type CallScriptRequest, composeCallScript } from './call-script.js';
export type { CallBranch, CallScript, ComposeRequest, Draft, Highlight, LetterParts } from './types.js';

/** Step kinds that have a message; `move-on` is a decision, not a message. */
export const DRAFTABLE_KINDS: ReadonlyArray<MessageKind> = [
  'thank-you',
  'check-in',
  'follow-up',
  'offer-notice',
  'gracious-close',
];

export function isDraftable(kind: StepKind): kind is MessageKind {
  return (DRAFTABLE_KINDS as ReadonlyArray<string>).includes(kind);
}

/** Drafts a planned step's message to its first recipient, following the interview and touch it was planned for. */
export function composeStepDraft(doc: Document, step: Step, now: string, channel: StepChannel): Draft {
  return composeDraft(doc, {
    application: step.application,
    kind: step.kind,
    to: step.to[0],
    now,
    channel,
    ...(step.interview !== undefined && { interview: step.interview }),
    ...(step.touch !== undefined && { touch: step.touch }),
  });
}

/**
 * Drafts the message for one step. Throws FollowthroughError (exit 2) naming the argument when the application,
 * person or offer does not exist, and for `move-on`, which has no message to draft.
 */
export function composeDraft(doc: Document, request: ComposeRequest): Draft {
  const kind = request.kind;
  if (kind === 'move-on')
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      'kind: move-on has no message to draft; it is the day to stop waiting and close the application',
    );
  if (!isDraftable(kind))
    throw new FollowthroughError('INVALID_ARGUMENT', `kind: must be one of ${DRAFTABLE_KINDS.join(', ')}`);
  const r = resolve(doc, { ...request, kind });
  const now = parseNow(request.now, r.zone);
  const channel = request.channel ?? defaultChannel(kind, r.interview);
  const touch =
    kind === 'check-in'
      ? 1
      : kind === 'follow-up'
        ? (request.touch ?? priorTouches(r.app, r.interview, request.now) + 1)
        : undefined;
  const base = {
    kind,
    to: r.person.name,
    channel,
    application: r.app.id,
    company: r.app.company,
    interview: r.interviewIndex,
    toEmail: r.person.email,
    toPhone: r.person.phone,
    ...(touch === undefined ? {} : { touch: Math.max(touch, kind === 'follow-up' ? 2 : 1) }),
  };

  // A status call gets the call script instead of a written message.
  if (channel === 'phone' && (kind === 'check-in' || kind === 'follow-up')) {
    const script = composeCallScript(doc, {
      application: r.app.id,
      to: r.person.name,
      now: request.now,
      interview: r.interviewIndex,
    });
    return { ...base, subject: '', body: script.text, highlight: {} };
  }

  const c = makeContext(doc, r, now, kind);
  const built = build(kind, c, base.touch);
  const early =
    kind === 'thank-you' && now < r.meeting
      ? {
          note: `The interview is on ${r.meeting.toFormat("EEEE, MMMM d 'at' h:mm a")}; this note is worded to be sent after it.`,
        }
      : {};
  if (channel === 'mail') {
    const letter = letterParts(doc, c, built);
    return { ...base, subject: '', body: letterText(letter), letter, highlight: built.highlight, ...early };
  }
  const greeting = pick(GREETING, c.seed, 'greeting', c.offset)(c.vars);
  const signOff = pick(SIGN_OFF, c.seed, 'signoff', c.offset);
  const body = [greeting, '', built.paragraphs.join('\n\n'), '', signOff, ...signatureLines(doc.candidate)].join('\n');
  return { ...base, subject: built.subject, body, highlight: built.highlight, ...early };
}

function build(kind: MessageKind, c: BuildContext, touch: number | undefined): Built {
  switch (kind) {
    case 'thank-you':
      return thankYou(c);
    case 'check-in':
      return checkIn(c);
    case 'follow-up':
      return (touch ?? 2) >= 3 ? thirdTouch(c) : followUp(c);
    case 'offer-notice':
      return offerNotice(c);
    case 'gracious-close':
      return graciousClose(c);
  }
}

/** The employer's stated preference wins; a thank-you by phone is still written. */
function defaultChannel(kind: MessageKind, interview: Interview): StepChannel {
  const preferred = interview.nextSteps.channel;
  if (kind === 'thank-you') return preferred === 'mail' ? 'mail' : 'email';
  if (kind === 'check-in' || kind === 'follow-up') return preferred;
  return 'email';
}

/** Status touches already made (sent or called check-ins and follow-ups) since the interview, up to `now`. */
function priorTouches(app: Application, interview: Interview, now: string): number {
  const from = Date.parse(interview.at);
  const until = Date.parse(now);
  return app.events.filter(
    (e) =>
      (e.type === 'sent' || e.type === 'called') &&
      (e.kind === 'check-in' || e.kind === 'follow-up') &&
      Date.parse(e.at) >= from &&
      !(Date.parse(e.at) > until),
  ).length;
}

function letterParts(doc: Document, c: BuildContext, built: Built): LetterParts {
  const { person, app } = c.r;
  const cand = doc.candidate;
  const address = addressLines(person.address ?? app.companyAddress);
  const recipient = [person.name, person.title].filter((s): s is string => Boolean(s));
  // The address often starts with the company's name already.
  if (address[0]?.toLowerCase() !== app.company.toLowerCase()) recipient.push(app.company);
  recipient.push(...address);
  return {
    // Drafted before the interview, the letter is dated for the day it can go out.
    date: DateTime.max(c.now, c.r.meeting).toFormat('MMMM d, yyyy'),
    senderBlock: [cand.name, ...addressLines(cand.address), cand.email, cand.phone].filter((s): s is string =>
      Boolean(s),
    ),
    recipientBlock: recipient,
    salutation: `Dear ${person.name}:`,
    paragraphs: built.paragraphs,
    closing: 'Sincerely,',
    signature: cand.name,
  };
}

/** The letter as plain text, in the order it is printed. */
export function letterText(letter: LetterParts): string {
  return [
    ...letter.senderBlock,
    '',
    letter.date,
    '',
    ...letter.recipientBlock,
    '',
    letter.salutation,
    '',
    letter.paragraphs.join('\n\n'),
    '',
    letter.closing,
    letter.signature,
  ].join('\n');
}
