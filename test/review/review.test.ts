// reviewMessage as callers use it: spans into the original text, sorting, stats, context-dependent rules,
// the spelling check with the personal dictionary, and the purity of the core (it must run in a browser).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from '../../src/core/document/parse.js';
import { reviewMessage } from '../../src/core/review/index.js';
import { loadSpeller } from '../../src/review-node/speller.js';
import { ROOT } from '../helpers/root.js';

const realistic = parseDocument(
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/documents/realistic.json'), 'utf8')),
  { defaultZone: 'America/Chicago' },
);

test('offsets point into the whole text, subject line included, and findings are sorted', () => {
  const text = 'Subject: Checking in??\n\nDear Maria,\n\nI really need this job. Your loss if not.\n';
  const { findings } = reviewMessage(text);
  const spans = findings.map((f) => [f.rule, text.slice(f.start, f.end)]);
  assert.deepEqual(
    spans.filter(([rule]) => rule !== 'style.exclamations'),
    [
      ['pushiness.exclamations', '??'],
      ['desperation.need-job', 'I really need this job'],
      ['negativity.your-loss', 'Your loss'],
    ],
  );
  const starts = findings.map((f) => f.start);
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
});

test('curly apostrophes and capitals match like plain text, with offsets unchanged', () => {
  const text = 'Hello Maria,\n\nI’ve been OUT OF WORK for months, and I’m Desperate.';
  const { findings } = reviewMessage(text);
  const desperation = findings.filter((f) => f.category === 'desperation').map((f) => text.slice(f.start, f.end));
  assert.ok(
    desperation.some((s) => s.startsWith('I’ve been OUT OF WORK')),
    JSON.stringify(desperation),
  );
  assert.ok(desperation.includes('Desperate'));
  assert.ok(findings.some((f) => f.rule === 'pushiness.all-caps' && text.slice(f.start, f.end) === 'OUT OF WORK'));
});

test('stats: body words, questions, and a reading grade that rises with long words', () => {
  const simple = reviewMessage(
    'Subject: Hi there\n\nThank you for the talk. Is there any news? Can I help? I am glad we met.',
  );
  assert.equal(simple.stats.words, 17);
  assert.equal(simple.stats.questions, 2);
  const dense = reviewMessage(
    'Notwithstanding organizational considerations, comprehensive reconciliation methodologies necessitate extraordinarily meticulous documentation.',
  );
  assert.ok(dense.stats.readingGrade > simple.stats.readingGrade + 8, `${dense.stats.readingGrade}`);
});

test('a competing offer deadline is fine, the same deadline as a demand is not', () => {
  const offer = reviewMessage('I need to respond to another offer by Friday, and your team is my first choice.');
  assert.deepEqual(
    offer.findings.filter((f) => f.severity === 'error'),
    [],
  );
  const demand = reviewMessage('I need to hear from you by Friday.');
  assert.ok(demand.findings.some((f) => f.rule === 'pushiness.own-deadline'));
});

test('two rules of one category on the same words give one finding, the one that reads more of the sentence', () => {
  const r = reviewMessage('Honestly the break room looked like a dump.');
  const negativity = r.findings.filter((f) => f.category === 'negativity' && f.severity === 'error');
  assert.equal(negativity.length, 1, JSON.stringify(r.findings));
  // A template blank inside a generic note is still shown on its own.
  const blank = reviewMessage(
    'Dear [Interviewer Name],\n\nThank you for the interview. I look forward to hearing from you.',
    {
      kind: 'thank-you',
    },
  );
  assert.ok(blank.findings.some((f) => f.rule === 'personalization.placeholder'));
});

test('words someone else said, in quotes, are theirs; a scare-quoted insult is not', () => {
  const quoted = reviewMessage('You called the audit prep "hell week" with a big smile, and I loved that.');
  assert.ok(!quoted.findings.some((f) => f.category === 'negativity' && f.severity === 'error'));
  const scare = reviewMessage('Honestly, the whole day was a "shambles".');
  assert.ok(scare.findings.some((f) => f.category === 'negativity' && f.severity === 'error'));
});

test('names: the greeting is checked against the recipient in the real document', () => {
  const text = 'Dear James,\n\nThank you for discussing the month-end close timeline. I remain very interested.';
  const wrong = reviewMessage(text, { document: realistic, application: 'acme', to: 'Maria Chen', kind: 'thank-you' });
  const f = wrong.findings.find((x) => x.rule === 'names.greeting');
  assert.ok(f);
  assert.equal(text.slice(f.start, f.end), 'James');
  assert.match(f.message, /Maria Chen/);
  assert.deepEqual(f.suggestions, ['Dear Maria,']);
  const right = reviewMessage(text, {
    document: realistic,
    application: 'acme',
    to: 'James Okafor',
    kind: 'thank-you',
  });
  assert.equal(right.findings.filter((x) => x.severity === 'error').length, 0);
});

test('names: another application’s company and interviewer are caught; this one’s are not', () => {
  const text =
    'Dear Maria,\n\nI would love to bring my close experience to Northwind Health. Please thank Aisha Rahman too.';
  const { findings } = reviewMessage(text, { document: realistic, application: 'acme', to: 'Maria Chen' });
  assert.deepEqual(
    findings.filter((f) => f.category === 'names').map((f) => [f.rule, text.slice(f.start, f.end)]),
    [
      ['names.company', 'Northwind Health'],
      ['names.other-interviewer', 'Aisha Rahman'],
    ],
  );
  const own = reviewMessage(
    text.replace('Northwind Health', 'Acme Logistics').replace('Aisha Rahman', 'James Okafor'),
    {
      document: realistic,
      application: 'acme',
      to: 'Maria Chen',
    },
  );
  assert.equal(own.findings.filter((f) => f.category === 'names').length, 0);
});

test('kind-dependent rules: gratitude and interest only for notes, personalization needs the document', () => {
  const text = 'Dear Maria,\n\nI hope your week is going well. Have a good weekend.\n\nDana';
  const asNote = reviewMessage(text, { document: realistic, application: 'acme', to: 'Maria Chen', kind: 'thank-you' });
  const rules = new Set(asNote.findings.map((f) => f.rule));
  for (const r of ['gratitude.missing', 'interest.missing', 'personalization.no-specifics', 'length.too-short'])
    assert.ok(rules.has(r), r);
  const asClose = reviewMessage(text, { kind: 'gracious-close' });
  assert.ok(!asClose.findings.some((f) => ['gratitude', 'interest', 'personalization'].includes(f.category)));
});

test('personalization passes when the note mentions the recipient’s topic in other words', () => {
  const text =
    'Dear Maria,\n\nThank you for the conversation. Moving reconciliation work into NetSuite is something I have done before. I am very interested.';
  const { findings } = reviewMessage(text, {
    document: realistic,
    application: 'acme',
    to: 'Maria Chen',
    kind: 'thank-you',
  });
  assert.ok(!findings.some((f) => f.category === 'personalization'));
});

test('spelling: typos flagged with suggestions; names, acronyms, links and context words are not', () => {
  const speller = loadSpeller();
  const text =
    'Dear Maria,\n\nThank you for the interveiw. I enjoyed meeting Okafor and discussing NetSuite, SOX and the FP&A review. My site is https://dana.example/portfolio and dana@example.com.';
  const { findings } = reviewMessage(text, { document: realistic, application: 'acme', to: 'Maria Chen' }, { speller });
  const spelling = findings.filter((f) => f.category === 'spelling');
  assert.deepEqual(
    spelling.map((f) => text.slice(f.start, f.end)),
    ['interveiw'],
  );
  assert.ok(spelling[0]?.suggestions?.includes('interview'));
  // Without a speller the rule is silent (the browser build may not load a dictionary).
  assert.ok(!reviewMessage(text).findings.some((f) => f.category === 'spelling'));
});

test('length follows the kind: a letter may be longer than an email', () => {
  const body = `Thank you for meeting with me about the role. ${'I enjoyed the talk about the close. '.repeat(40)}`;
  const email = reviewMessage(body, { kind: 'thank-you' });
  assert.ok(email.findings.some((f) => f.category === 'length'));
  const letter = reviewMessage(body, { kind: 'letter' });
  assert.ok(!letter.findings.some((f) => f.category === 'length'));
});

test('the review core imports nothing from Node (it runs in a browser)', () => {
  const dir = join(ROOT, 'src/core/review');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 5);
  for (const f of files) {
    const source = readFileSync(join(dir, f), 'utf8');
    assert.doesNotMatch(source, /from 'node:|require\(|Date\.now\(\)|new Date\(\)/, f);
  }
});
