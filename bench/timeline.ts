// Calendar and timeline-parser benchmark: 100,000 business-day checks and 10,000 phrases, each cold
// (fresh interview dates) and warm. Target: the phrases well under a second.
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { createBusinessCalendar } from '../src/core/calendar/business.js';
import { parseExpected } from '../src/core/timeline/expected.js';
import { accuracy, hasTimelineCorpus, scoreTimeline } from '../test/helpers/timeline-score.js';

/** Share of the labelled phrasings of the test split the reader must read right (issue 9). */
const CORPUS_TARGET = 0.95;

const PHRASES = [
  'by next week',
  'end of next week',
  'within a few days',
  'in two weeks',
  'two to three weeks',
  '7-10 business days',
  'by Friday, March 13',
  'by January 30',
  'next Tuesday',
  'by 3/13',
  'end of the month',
  'early next month',
  'end of the quarter',
  'after the holidays',
  'the process takes about three months',
  'no timeline',
  'purple elephant',
  'Thursday the 28th',
  undefined,
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;

export async function benchTimeline(): Promise<string[]> {
  const calendar = createBusinessCalendar({ country: 'US-CA', zone: 'America/Los_Angeles' });
  const base = DateTime.fromISO('2026-01-05T10:00', { zone: 'America/Los_Angeles' });
  const froms = Array.from({ length: 365 }, (_, i) => base.plus({ days: i }));
  const lines: string[] = [];

  let start = performance.now();
  let business = 0;
  for (let i = 0; i < 100_000; i++) if (calendar.isBusinessDay(froms[i % 365]!)) business++;
  lines.push(`isBusinessDay x100,000: ${ms(start)} (${business} business days)`);

  for (const pass of ['cold', 'warm']) {
    start = performance.now();
    for (let i = 0; i < 10_000; i++) parseExpected(PHRASES[i % PHRASES.length], froms[(i * 7) % 365]!, calendar);
    lines.push(`parseExpected x10,000 (${pass}): ${ms(start)}`);
  }
  if (!hasTimelineCorpus()) {
    lines.push('timeline corpus: test/fixtures/corpus/timeline.json not found');
    return lines;
  }
  const scored = scoreTimeline();
  for (const split of ['train', 'dev', 'test'] as const) {
    const part = scored.filter((s) => s.split === split);
    const right = part.filter((s) => s.right).length;
    const target = split === 'test' ? ` (target >= ${CORPUS_TARGET * 100}%)` : '';
    lines.push(`timeline corpus ${split}: ${right}/${part.length} read right, ${pct(accuracy(part))}${target}`);
  }
  return lines;
}
