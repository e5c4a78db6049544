// Reply-likelihood signals: measurable traits of a message that predict whether it gets an answer. The ranges
// are the figures Boomerang published from some 40 million emails (docs/REVIEWER.md gives the source); the
// reasons are ours. Signals never fail a review: they are advice shown beside the findings.
import type { PreparedText } from './text.js';
import type { ReviewKind } from './types.js';

export type SignalId = 'words' | 'reading-grade' | 'questions' | 'subject-words' | 'positivity';

export interface Signal {
  id: SignalId;
  /** The measured value; null when there is nothing to measure (no subject line). */
  value: number | null;
  /** The range that did best, inclusive. */
  target: { min: number; max: number };
  met: boolean;
  /** Why it matters for this message, one sentence. */
  reason: string;
}

export interface SignalInputs {
  words: number;
  questions: number;
  readingGrade: number;
  /** Mean sentence sentiment of the body, -1 (hostile) to 1 (gushing). */
  sentiment: number;
  kind?: ReviewKind;
}

const WORDS = { min: 50, max: 125 };
const GRADE = { min: 3, max: 5 };
const QUESTIONS = { min: 1, max: 3 };
const SUBJECT = { min: 3, max: 4 };
const POSITIVITY = { min: 0.1, max: 0.7 };

const within = (v: number, t: { min: number; max: number }) => v >= t.min && v <= t.max;

/** Subject words, leaving out reply and forward markers ("Re:", "Fwd:"). */
export function subjectWords(text: PreparedText): number | null {
  if (!text.subject) return null;
  const value = text.text.slice(text.subject.start, text.subject.end).replace(/^(?:\s*(?:re|fwd?|aw|tr)\s*:)+/i, '');
  return value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function computeSignals(text: PreparedText, inputs: SignalInputs): Signal[] {
  const { words, questions, readingGrade, sentiment, kind } = inputs;
  const signals: Signal[] = [
    {
      id: 'words',
      value: words,
      target: WORDS,
      met: within(words, WORDS),
      reason:
        words < WORDS.min
          ? 'Very short notes got fewer replies: add one specific point from the conversation.'
          : words > WORDS.max
            ? 'Replies drop as a note grows past about 125 words: keep the point that matters most and cut the rest.'
            : 'Notes of 50 to 125 words drew the most replies, and this one is in that range.',
    },
    {
      id: 'reading-grade',
      value: readingGrade,
      target: GRADE,
      met: within(Math.round(readingGrade), GRADE),
      reason:
        readingGrade > GRADE.max + 0.5
          ? 'Plain writing got more answers than writing at a college level: shorter sentences and everyday words help.'
          : readingGrade < GRADE.min - 0.5
            ? 'Very choppy writing did a little worse than plain writing: join a few short sentences.'
            : 'Plain writing, around a third- to fifth-grade reading level, got the most answers.',
    },
    {
      id: 'questions',
      value: questions,
      target: QUESTIONS,
      met: within(questions, QUESTIONS),
      reason:
        questions === 0
          ? 'A message that asks one to three questions gives the reader a reason to reply; a thank-you may end without one.'
          : questions > QUESTIONS.max
            ? 'Past three questions the reply rate falls: keep the ones you most need answered.'
            : 'One to three questions invite an answer without making the reply a chore.',
    },
  ];
  if (kind !== 'letter' && kind !== 'call-script') {
    const n = subjectWords(text);
    signals.push({
      id: 'subject-words',
      value: n,
      target: SUBJECT,
      met: n !== null && within(n, SUBJECT),
      reason:
        n === null
          ? 'Messages with no subject line were the least likely to get an answer: add a short one.'
          : within(n, SUBJECT)
            ? 'Subject lines of three or four words drew the most replies.'
            : n < SUBJECT.min
              ? 'A one- or two-word subject says little; three or four words did best.'
              : 'Long subject lines got fewer replies than short ones; three or four words did best.',
    });
  }
  const rounded = Math.round(sentiment * 100) / 100;
  signals.push({
    id: 'positivity',
    value: rounded,
    target: POSITIVITY,
    met: within(rounded, POSITIVITY),
    reason:
      rounded < POSITIVITY.min
        ? 'A flat or sour tone got fewer replies than a slightly warm one: a word of thanks or interest helps.'
        : rounded > POSITIVITY.max
          ? 'Gushing praise did no better than a neutral note: a slightly warm tone did best.'
          : 'A slightly warm tone drew more replies than a neutral one, and this note has it.',
  });
  return signals;
}
