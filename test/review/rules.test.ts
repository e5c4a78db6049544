// Every rule's own examples: each `fail` example must be flagged by that rule, each `pass` example must not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contextFromSketch, type Example, RULES, runRule } from '../../src/core/review/index.js';
import { loadSpeller } from '../../src/review-node/speller.js';

function unpack(example: Example) {
  return typeof example === 'string'
    ? { text: example, context: {} }
    : { text: example.text, context: contextFromSketch(example.context) };
}

test('rule ids are unique and named category.name', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of RULES) assert.match(r.id, new RegExp(`^${r.category}\\.[a-z-]+$`));
});

test('every rule except spelling carries examples both ways', () => {
  for (const r of RULES) {
    if (r.category === 'spelling') continue;
    assert.ok(r.examples.fail.length > 0, `${r.id} has no fail examples`);
    assert.ok(r.examples.pass.length > 0, `${r.id} has no pass examples`);
  }
});

for (const rule of RULES) {
  describe(rule.id, () => {
    for (const example of rule.examples.fail) {
      const { text, context } = unpack(example);
      test(`flags: ${text.slice(0, 70)}`, () => {
        const found = runRule(rule, text, context, { speller: loadSpeller() });
        assert.ok(found.length > 0, `${rule.id} missed: ${text}`);
        for (const f of found) {
          assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, 'span inside the text');
          assert.equal(f.severity, rule.severity);
        }
      });
    }
    for (const example of rule.examples.pass) {
      const { text, context } = unpack(example);
      test(`leaves alone: ${text.slice(0, 70)}`, () => {
        const found = runRule(rule, text, context, { speller: loadSpeller() });
        assert.deepEqual(
          found.map((f) => text.slice(f.start, f.end)),
          [],
          `${rule.id} flagged a good example: ${text}`,
        );
      });
    }
  });
}

test('no phrase pattern or excuse matches an empty or plain sentence (an optional-only pattern would match anything)', async () => {
  const { isPatternRule, patternsOf } = await import('../../src/core/review/rule.js');
  const { test: matches } = await import('../../src/core/review/pattern.js');
  const plain = 'the weather was mild and the bus was on schedule.';
  for (const rule of RULES) {
    if (!isPatternRule(rule)) continue;
    for (const p of patternsOf(rule)) {
      assert.equal(matches('', p), false, `${rule.id}: ${p} matches the empty string`);
      assert.equal(matches(plain, p), false, `${rule.id}: ${p} matches a plain sentence`);
    }
  }
});

test('every token of every phrase pattern balances its brackets (a space inside a group splits it and it never matches)', async () => {
  const { isPatternRule, patternsOf } = await import('../../src/core/review/rule.js');
  const { ACT_CUES } = await import('../../src/core/review/judge/cues.js');
  const patterns = RULES.filter(isPatternRule).flatMap((r) => patternsOf(r).map((p) => ({ where: r.id, p })));
  for (const [act, list] of Object.entries(ACT_CUES)) for (const p of list) patterns.push({ where: `cue ${act}`, p });
  for (const { where, p } of patterns)
    for (const token of p.trim().split(/\s+/)) {
      let depth = 0;
      for (const [i, ch] of [...token].entries()) {
        if (token[i - 1] === '\\') continue;
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        assert.ok(depth >= 0, `${where}: "${token}" in ${p}`);
      }
      assert.equal(depth, 0, `${where}: "${token}" in ${p}`);
    }
});

test('no phrase pattern matches a lone common word (a "?" that makes all but one token optional)', async () => {
  const { isPatternRule, phraseOf } = await import('../../src/core/review/rule.js');
  const { compilePattern } = await import('../../src/core/review/pattern.js');
  const words = ['but', 'and', 'the', 'i', 'you', 'so', 'a', 'to', 'it', 'is', 'we', 'that'];
  for (const rule of RULES.filter(isPatternRule))
    for (const p of rule.patterns.map(phraseOf))
      for (const w of words) assert.ok(!compilePattern(p).test(w), `${rule.id}: ${p} matches "${w}" alone`);
});
