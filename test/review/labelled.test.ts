// The labelled set: every bad message is flagged as an error in each category it is labelled with, and no
// good message (gracious, tricky, quoting the listing, competing-offer deadlines) gets a single error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reviewMessage } from '../../src/core/review/index.js';
import { loadSpeller } from '../../src/review-node/speller.js';
import { contextOf, loadLabelled } from './labelled.js';

const messages = loadLabelled();

test('the labelled set is large and covers every error category', () => {
  assert.ok(messages.length >= 80, `only ${messages.length} messages`);
  const ids = messages.map((m) => m.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  const labelled = new Set(messages.flatMap((m) => m.expect?.errors ?? []));
  for (const c of ['desperation', 'negativity', 'pushiness', 'names']) assert.ok(labelled.has(c), c);
  assert.ok(messages.filter((m) => m.good).length >= 30);
});

for (const m of messages) {
  test(`${m.good ? 'good' : 'bad'}: ${m.id}`, () => {
    const { findings } = reviewMessage(m.text, contextOf(m), { speller: loadSpeller() });
    const errors = findings.filter((f) => f.severity === 'error');
    const shown = errors.map((f) => `${f.rule}: "${m.text.slice(f.start, f.end)}"`);
    if (m.good) {
      assert.deepEqual(shown, [], 'a good message got errors');
    } else {
      for (const category of m.expect?.errors ?? [])
        assert.ok(
          errors.some((f) => f.category === category),
          `not flagged as ${category}; errors: ${shown.join('; ') || 'none'}`,
        );
    }
  });
}
