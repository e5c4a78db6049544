// The sentence judge and the phrase rules on the wordings the issue reported as missed or misread, and the
// shape of a judge finding: it points inside its sentence, says what the sentence does, offers a sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Finding, reviewMessage } from '../../src/core/review/index.js';

const errors = (text: string): Finding[] => reviewMessage(text).findings.filter((f) => f.severity === 'error');

test('"Thank you so much for …", the commonest opening of a real thank-you, is not blame', () => {
  const text =
    'Dear Ms. Ortiz,\n\nThank you so much for meeting with me on Tuesday about the dispatcher role. Thanks so much for the tour of the yard, too.\n\nBest,\nRay';
  assert.deepEqual(errors(text), []);
  assert.ok(errors('So much for hearing back by Friday.').some((f) => f.rule === 'negativity.blame'));
});

const REPORTED: Array<[string, string]> = [
  ['The process has been pretty disappointing.', 'negativity'],
  ["Nobody there respects candidates' time.", 'negativity'],
  ["I didn't love the role anyway.", 'negativity'],
  ['Honestly, the interviewer was an idiot.', 'negativity'],
  ['This whole thing was a waste of time.', 'negativity'],
  ['The interview was so disorganized.', 'negativity'],
  ['I will be posting a review about this process.', 'negativity'],
  ['Did I do something wrong?', 'pushiness'],
  ['Why is this taking so long?', 'pushiness'],
  ['I guess no interest.', 'pushiness'],
  ['Thought I would hear from you this week.', 'pushiness'],
  ["Since email doesn't seem to work, I'll stop by your office on Monday.", 'pushiness'],
  ["I'm not sure what I will do if this doesn't work out.", 'desperation'],
];

for (const [sentence, category] of REPORTED)
  test(`${category}: ${sentence}`, () => {
    const found = errors(sentence);
    assert.ok(
      found.some((f) => f.category === category),
      `got ${found.map((f) => f.rule).join(', ') || 'nothing'}`,
    );
  });

test('a judge finding points inside its sentence, names the act and offers a better sentence', () => {
  const text = 'Thank you for the call on Monday. Honestly the whole hiring experience left a sour taste.';
  const finding = reviewMessage(text).findings.find((f) => f.rule === 'negativity.sentence');
  assert.ok(finding, 'the judge flags the second sentence');
  const second = text.indexOf('Honestly');
  assert.ok(finding.start >= second && finding.end <= text.length && finding.start < finding.end);
  assert.match(finding.message, /bitter|sarcastic|insult|accus|threat/i);
  assert.ok(finding.suggestions?.[0] && finding.suggestions[0].length > 10);
});

test('a competing offer with its deadline is news, not pressure, for the judge too', () => {
  const text =
    'I wanted to let you know I have another offer, and I need to answer them by Friday. You remain my first choice, so I would be grateful to hear back as soon as possible.';
  assert.deepEqual(
    errors(text).map((f) => f.rule),
    [],
  );
});
