// Scores the timeline reader on the labelled phrasings (test/fixtures/corpus/timeline.json, written by
// other people; conventions in its TIMELINE.md). Used by test/core/timeline-corpus.test.ts (train and dev)
// and `npm run bench` (the test split). Tune on train and dev only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { createBusinessCalendar } from '../../src/core/calendar/business.js';
import { type Split, splitOf } from '../../src/core/corpus/split.js';
import { type ExpectedAnswer, parseExpected } from '../../src/core/timeline/expected.js';
import { CORPUS_DIR, loadTimeline, type TimelineCase } from './corpus.js';

const ZONE = 'America/Chicago';

export interface Scored {
  c: TimelineCase;
  split: Split;
  reading: ExpectedAnswer;
  right: boolean;
  /** What was wrong, for a failure message. */
  why?: string;
}

export function hasTimelineCorpus(): boolean {
  return existsSync(join(CORPUS_DIR, 'timeline.json'));
}

/** Right when the date matches (or there is none where none can be read) and a long process is seen as one. */
export function scoreTimeline(): Scored[] {
  const calendar = createBusinessCalendar({ country: 'US', zone: ZONE });
  return loadTimeline().map((c) => {
    const reading = parseExpected(c.text, DateTime.fromISO(c.interview, { zone: ZONE }), calendar);
    const by = reading.by ?? null;
    const long = reading.kind === 'long-process' && (reading.processDays === undefined || reading.processDays >= 42);
    const why =
      by !== c.by
        ? `read ${by ?? 'no date'} (${reading.kind}), labelled ${c.by ?? 'no date'}`
        : long !== c.long
          ? `long process: read ${long}, labelled ${c.long}`
          : undefined;
    return { c, split: splitOf(c.id), reading, right: why === undefined, ...(why && { why }) };
  });
}

export function accuracy(scored: Scored[]): number {
  return scored.length ? scored.filter((s) => s.right).length / scored.length : 0;
}
