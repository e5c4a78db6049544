// The composer's output. `Draft` is CONTRACT.md §4 without `review` (the CLI adds it); the other fields are added.
import type { MessageKind } from '../document/schema.js';
import type { StepChannel, StepKind } from '../plan/types.js';

export interface ComposeRequest {
  /** The application's id. */
  application: string;
  kind: StepKind;
  /** The recipient's name; default: the first interviewer (thank-you) or the status contact. */
  to?: string;
  /** ISO 8601: the moment the draft is written (dates in the letter, "today" in a thank-you). */
  now: string;
  /** Default: the interview's preferred channel (mail → a posted letter for a thank-you). */
  channel?: StepChannel;
  /** Index of the interview the message follows; default: the recipient's latest interview. */
  interview?: number;
  /** 1-based status touch (check-in = 1); default: counted from the sent/called events. */
  touch?: number;
}

/**
 * The parts of the one-page posted letter: the composer produces them as `Draft.letter`, the letter channel
 * builds them from the candidate's own edited text too, and typesets them. Every field is plain text, already
 * worded.
 */
export interface LetterParts {
  /** The date line as printed ("January 6, 2026"), or an ISO date (YYYY-MM-DD) that is formatted for print. */
  date: string;
  /** The candidate's name and postal address, one line each (phone and email may follow). */
  senderBlock: string[];
  /** The addressee's name, title, company and postal address, one line each. */
  recipientBlock: string[];
  /** "Dear Ms. Chen," */
  salutation: string;
  /** Body paragraphs; a paragraph may hold line breaks. */
  paragraphs: string[];
  /** "Kind regards," */
  closing: string;
  /** The typed name under the space left for the handwritten signature. */
  signature: string;
}

/** What the draft chose to highlight, so tools can explain it. */
export interface Highlight {
  topic?: string;
  /** The listing's phrase the draft answers. */
  keyphrase?: string;
  achievement?: string;
  testimonial?: string;
  /** A point from debrief.forgotToMention. */
  point?: string;
}

export interface Draft {
  kind: MessageKind;
  to: string;
  channel: StepChannel;
  /** Empty for a letter or a call. */
  subject: string;
  /** The full text without the subject line: the email, the letter as text, or the call script. */
  body: string;
  application: string;
  company: string;
  /** Index of the interview it follows. */
  interview: number;
  toEmail?: string;
  toPhone?: string;
  touch?: number;
  letter?: LetterParts;
  highlight: Highlight;
  /** A word to the candidate about the draft, e.g. that a thank-you was drafted before the interview. */
  note?: string;
}

export interface CallBranch {
  id: 'no-decision' | 'someone-else' | 'good-news';
  /** When to use it: "They have not decided yet". */
  when: string;
  say: string[];
}

export interface CallScript {
  application: string;
  company: string;
  to: string;
  toPhone?: string;
  opening: string;
  branches: CallBranch[];
  voicemail: string;
  rehearsal: string;
  /** The whole script as readable text. */
  text: string;
}
