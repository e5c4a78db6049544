// The labelled corpora are well-formed and big enough to measure on: every entry parses, every label is a
// reviewer category, every span is in its text, and every split holds every category.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { fnv1a, type Split, splitOf } from '../../src/core/corpus/split.js';
import { REVIEW_KINDS } from '../../src/core/review/types.js';
import { CORPUS_LABELS, type CorpusMessage, loadMessages, loadTimeline } from '../helpers/corpus.js';

const SPLITS: Split[] = ['train', 'dev', 'test'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MINIMUM: Record<string, number> = {
  desperation: 60,
  negativity: 60,
  pushiness: 60,
  personalization: 25,
  length: 25,
  names: 10,
};

const messages = loadMessages();
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const count = (list: CorpusMessage[], label: string) => list.filter((m) => m.labels.includes(label as never)).length;

describe('splitOf', () => {
  it('is FNV-1a of the id mod 10', () => {
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
    assert.equal(fnv1a('foobar'), 0xbf9cf968);
    for (const id of ['a', 'foobar', 'thank-you-1', 'x-y-z']) {
      const bucket = fnv1a(id) % 10;
      assert.equal(splitOf(id), bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'test', id);
    }
  });

  it('puts about 60/20/20 of the corpus in train/dev/test', () => {
    const share = (s: Split) => messages.filter((m) => m.split === s).length / messages.length;
    assert.ok(share('train') > 0.5 && share('train') < 0.7, `train ${share('train')}`);
    assert.ok(share('dev') > 0.13 && share('dev') < 0.27, `dev ${share('dev')}`);
    assert.ok(share('test') > 0.13 && share('test') < 0.27, `test ${share('test')}`);
  });
});

describe('messages corpus', () => {
  it('has at least 650 messages, about 45% of them good', (t) => {
    const good = messages.filter((m) => m.labels.length === 0).length;
    t.diagnostic(`${messages.length} messages, ${good} good`);
    assert.ok(messages.length >= 650, `${messages.length} messages`);
    assert.ok(good / messages.length > 0.38 && good / messages.length < 0.52, `${good} good`);
  });

  it('has unique kebab-case ids', () => {
    const seen = new Set<string>();
    for (const m of messages) {
      assert.match(m.id, KEBAB, `${m.file}: id ${JSON.stringify(m.id)}`);
      assert.ok(!seen.has(m.id), `${m.file}: duplicate id ${m.id}`);
      seen.add(m.id);
    }
  });

  it('has no duplicate texts', () => {
    const seen = new Map<string, string>();
    for (const m of messages) {
      const key = m.text.trim().toLowerCase();
      assert.ok(!seen.has(key), `${m.id} repeats the text of ${seen.get(key)}`);
      seen.set(key, m.id);
    }
  });

  it('uses known kinds, labels and fields', () => {
    const keys = new Set(['id', 'kind', 'text', 'labels', 'spans', 'voice', 'note', 'context', 'file', 'split']);
    for (const m of messages) {
      for (const k of Object.keys(m)) assert.ok(keys.has(k), `${m.id}: unknown field ${k}`);
      assert.ok((REVIEW_KINDS as readonly string[]).includes(m.kind), `${m.id}: kind ${m.kind}`);
      assert.ok(typeof m.text === 'string' && m.text.trim().length > 0, `${m.id}: empty text`);
      assert.ok(typeof m.voice === 'string' && m.voice.length > 0, `${m.id}: no voice`);
      assert.ok(Array.isArray(m.labels) && Array.isArray(m.spans), `${m.id}: labels and spans are arrays`);
      for (const l of m.labels) assert.ok((CORPUS_LABELS as readonly string[]).includes(l), `${m.id}: label ${l}`);
      assert.equal(new Set(m.labels).size, m.labels.length, `${m.id}: repeated label`);
      if (m.context !== undefined) {
        for (const [k, v] of Object.entries(m.context)) {
          assert.ok(['to', 'company', 'role'].includes(k), `${m.id}: context.${k}`);
          assert.ok(typeof v === 'string' && v.length > 0, `${m.id}: context.${k}`);
        }
      }
    }
  });

  it('quotes every span exactly from its text, and marks the words of every error but length', () => {
    for (const m of messages) {
      for (const s of m.spans) {
        assert.ok(s.trim().length > 0, `${m.id}: empty span`);
        assert.ok(m.text.includes(s), `${m.id}: span not in text: ${JSON.stringify(s)}`);
      }
      if (m.labels.length === 0) assert.equal(m.spans.length, 0, `${m.id}: a good message has no spans`);
      if (m.labels.some((l) => l !== 'length')) assert.ok(m.spans.length > 0, `${m.id}: no span for its error`);
    }
  });

  it('gives a wrong-name message the name it should have used', () => {
    for (const m of messages.filter((x) => x.labels.includes('names'))) {
      assert.ok(m.context?.to, `${m.id}: names needs context.to`);
    }
  });

  it('labels as overlong only messages longer than every good message of their kind', () => {
    const letter = (m: CorpusMessage) => m.kind === 'letter';
    for (const group of [letter, (m: CorpusMessage) => !letter(m)]) {
      const inGroup = messages.filter(group);
      const longestGood = Math.max(...inGroup.filter((m) => m.labels.length === 0).map((m) => words(m.text)));
      for (const m of inGroup.filter((x) => x.labels.includes('length'))) {
        assert.ok(words(m.text) > longestGood, `${m.id}: ${words(m.text)} words, a good one has ${longestGood}`);
      }
    }
  });

  it('covers every kind, with good and bad messages of each', () => {
    for (const kind of REVIEW_KINDS) {
      const of = messages.filter((m) => m.kind === kind);
      assert.ok(
        of.some((m) => m.labels.length === 0),
        `no good ${kind}`,
      );
      assert.ok(
        of.some((m) => m.labels.length > 0),
        `no bad ${kind}`,
      );
    }
  });

  it('is written in many voices', () => {
    const voices = new Set(messages.map((m) => m.voice));
    assert.ok(voices.size >= 40, `${voices.size} voices`);
    for (const v of ['caps', 'lowercase', 'emoji', 'text-speak', 'british', 'template', 'very-short', 'polite-firm']) {
      assert.ok(voices.has(v), `no message in the ${v} voice`);
    }
    assert.ok(messages.filter((m) => m.voice.startsWith('non-native')).length >= 20, 'non-native English');
    assert.ok(messages.filter((m) => m.voice.startsWith('spoken')).length >= 20, 'call scripts');
  });

  it('has enough messages of every category, in every split', (t) => {
    for (const [label, minimum] of Object.entries(MINIMUM)) {
      const n = count(messages, label);
      const perSplit = SPLITS.map(
        (s) =>
          `${s} ${count(
            messages.filter((m) => m.split === s),
            label,
          )}`,
      );
      t.diagnostic(`${label}: ${n} (${perSplit.join(', ')})`);
      assert.ok(n >= minimum, `${label}: ${n} < ${minimum}`);
    }
    for (const split of SPLITS) {
      const inSplit = messages.filter((m) => m.split === split);
      assert.ok(inSplit.filter((m) => m.labels.length === 0).length >= 30, `${split}: too few good messages`);
      for (const label of CORPUS_LABELS) assert.ok(count(inSplit, label) >= 2, `${split}: ${label}`);
    }
  });
});

describe('timeline corpus', () => {
  const cases = loadTimeline();
  const ZONE = 'America/Chicago';

  it('has at least 170 phrasings, 40 of them whole sentences, in every split', () => {
    assert.ok(cases.length >= 170, `${cases.length} phrasings`);
    const sentences = cases.filter((c) => words(c.text) >= 8).length;
    assert.ok(sentences >= 40, `${sentences} whole sentences`);
    for (const s of SPLITS) assert.ok(cases.filter((c) => c.split === s).length >= 20, s);
  });

  it('has unique ids, the split of each id, and well-formed dates', () => {
    const seen = new Set<string>();
    for (const c of cases) {
      assert.match(c.id, KEBAB, c.id);
      assert.ok(!seen.has(c.id), `duplicate id ${c.id}`);
      seen.add(c.id);
      assert.equal(c.split, splitOf(c.id), `${c.id}: split`);
      assert.ok(typeof c.text === 'string' && c.text.trim().length > 0, `${c.id}: text`);
      assert.equal(typeof c.long, 'boolean', `${c.id}: long`);
      assert.match(c.interview, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/, `${c.id}: interview`);
      const interview = DateTime.fromISO(c.interview, { zone: ZONE });
      assert.ok(interview.isValid, `${c.id}: interview`);
      if (c.by !== null) {
        assert.match(c.by, /^\d{4}-\d\d-\d\d$/, `${c.id}: by`);
        const by = DateTime.fromISO(c.by, { zone: ZONE });
        assert.ok(by.isValid, `${c.id}: by`);
        assert.ok(by >= interview.startOf('day'), `${c.id}: by ${c.by} is before the interview`);
      }
    }
  });

  it('varies the weekday of the interview and includes unreadable and long-process cases', () => {
    const weekdays = new Set(cases.map((c) => DateTime.fromISO(c.interview, { zone: ZONE }).weekday));
    assert.ok(weekdays.size >= 5, `${weekdays.size} weekdays`);
    assert.ok(cases.filter((c) => c.by === null).length >= 10, 'null readings');
    assert.ok(cases.filter((c) => c.long).length >= 10, 'long processes');
  });
});
