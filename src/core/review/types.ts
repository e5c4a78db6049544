// The reviewer's public shapes (CONTRACT.md §3): a finding names its rule, category, severity and the span
// of the original text it is about. Rules are plain data with examples that the test suite runs.
import type { Document, MessageKind } from '../document/schema.js';
import type { Signal } from './signals.js';

export const CATEGORIES = [
  'desperation',
  'negativity',
  'pushiness',
  'names',
  'personalization',
  'gratitude',
  'interest',
  'length',
  'spelling',
  'style',
] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const REVIEW_KINDS = [
  'thank-you',
  'check-in',
  'follow-up',
  'offer-notice',
  'gracious-close',
  'letter',
  'call-script',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type ReviewKind = MessageKind | 'letter' | 'call-script';

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Character offsets into the whole reviewed text (a first `Subject:` line included). */
  start: number;
  end: number;
  suggestions?: string[];
}

export interface ReviewStats {
  words: number;
  questions: number;
  /** Flesch-Kincaid grade level of the body. */
  readingGrade: number;
}

export interface ReviewResult {
  findings: Finding[];
  stats: ReviewStats;
  /** Reply-likelihood signals (signals.ts): advice beside the findings, never a failure. */
  signals: Signal[];
}

export interface ReviewContext {
  document?: Document;
  /** The application's id in `document`. */
  application?: string;
  /** The recipient's name, as the greeting should use it. */
  to?: string;
  kind?: ReviewKind;
}

/** A spelling checker; the Node side wraps nspell + dictionary-en (src/review-node/speller.ts). */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface ReviewDeps {
  speller?: Speller;
}
