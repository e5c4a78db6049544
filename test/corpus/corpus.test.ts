// The labelled corpora are well-formed and big enough to measure on: every entry parses, every label is a
// reviewer category, every span is in its text, and every split holds every category.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fnv1a, type Split, splitOf } from '../../src/core/corpus/split.js';
import { REVIEW_KINDS } from '../../src/core/review/types.js';
import { CORPUS_LABELS, loadMessages } from '../helpers/corpus.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const messages = loadMessages();

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
});
