// Loads the labelled corpora under test/fixtures/corpus/ (messages/*.json and timeline.json) and tags every
// entry with its split (src/core/corpus/split.ts). Benchmarks and tuning scripts use this too; tune on
// 'train' and 'dev' only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Split, splitOf } from '../../src/core/corpus/split.js';
import type { Category, ReviewKind } from '../../src/core/review/types.js';
import { ROOT } from './root.js';

export const CORPUS_DIR = join(ROOT, 'test/fixtures/corpus');

/** The reviewer categories a message can be labelled with ("generic" notes are `personalization`). */
export const CORPUS_LABELS = [
  'desperation',
  'negativity',
  'pushiness',
  'personalization',
  'length',
  'names',
] as const satisfies readonly Category[];
export type CorpusLabel = (typeof CORPUS_LABELS)[number];

export interface CorpusContext {
  to?: string;
  company?: string;
  role?: string;
}

export interface CorpusMessage {
  id: string;
  kind: ReviewKind;
  text: string;
  /** Empty for a good message; otherwise every category a careful adviser would call an error in it. */
  labels: CorpusLabel[];
  /** Exact substrings of `text` that carry the errors. */
  spans: string[];
  voice: string;
  note?: string;
  context?: CorpusContext;
  /** The file under messages/ it came from, e.g. "thank-you.json". */
  file: string;
  split: Split;
}

export interface TimelineCase {
  id: string;
  text: string;
  /** Local time in America/Chicago, "YYYY-MM-DDTHH:mm". */
  interview: string;
  /** The last day the employer said they would answer by, or null when no date can be read. */
  by: string | null;
  /** A long process was described, so a check-in may go past `silenceStopDays`. */
  long: boolean;
  note?: string;
  split: Split;
}

export function messageFiles(): string[] {
  return readdirSync(join(CORPUS_DIR, 'messages'))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function loadMessages(): CorpusMessage[] {
  return messageFiles().flatMap((file) => {
    const entries = JSON.parse(readFileSync(join(CORPUS_DIR, 'messages', file), 'utf8')) as Omit<
      CorpusMessage,
      'file' | 'split'
    >[];
    return entries.map((e) => ({ ...e, file, split: splitOf(e.id) }));
  });
}

export function loadTimeline(): TimelineCase[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'timeline.json'), 'utf8')) as TimelineCase[];
}
