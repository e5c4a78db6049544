// The reviewer on the corpus's train and dev splits (the ones tuned on): a floor under recall in every
// category and a ceiling on errors in good messages, so a change that loses ground fails the suite. The test
// split is for `npm run bench` only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reviewMessage } from '../../src/core/review/index.js';
import { loadSpeller } from '../../src/review-node/speller.js';
import { loadMessages } from '../helpers/corpus.js';
import { corpusContext, scoreCorpus } from './corpus-eval.js';

/** Floors a little under what the reviewer reaches today (docs/REVIEWER.md has the figures). */
const RECALL_FLOOR = 0.85;
const FALSE_ALARM_CEILING = 0.01;

const messages = loadMessages().filter((m) => m.split !== 'test');
const speller = loadSpeller();
const score = scoreCorpus(messages, (m) => reviewMessage(m.text, corpusContext(m), { speller }).findings);

test('the tuning splits are large enough to mean something', () => {
  assert.ok(messages.length >= 300, `${messages.length} messages`);
  assert.ok(score.good >= 100, `${score.good} good messages`);
});

for (const c of score.categories.filter((x) => x.labelled >= 5)) {
  test(`train+dev: ${c.category} recall stays at or above ${RECALL_FLOOR * 100}%`, () => {
    const missed = score.problems.filter((p) => p.startsWith(`missed ${c.category} `));
    assert.ok(c.caught / c.labelled >= RECALL_FLOOR, `${c.caught}/${c.labelled}; ${missed.join('; ')}`);
  });
}

test(`train+dev: errors on at most ${FALSE_ALARM_CEILING * 100}% of good messages`, () => {
  const alarms = score.problems.filter((p) => p.startsWith('false alarm'));
  assert.ok(score.falseAlarms / score.good <= FALSE_ALARM_CEILING, alarms.join('; '));
});

test('every category the corpus labels is scored', () => {
  const scored = new Set(score.categories.map((c) => c.category));
  for (const m of messages) for (const l of m.labels) assert.ok(scored.has(l), l);
});
