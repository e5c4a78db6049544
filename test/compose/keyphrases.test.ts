import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractKeyphrases, matchAchievements } from '../../src/core/keyphrases/index.js';
import { realistic } from './helpers.js';

const doc = realistic();
const acme = doc.applications.find((a) => a.id === 'acme')!;
const northwind = doc.applications.find((a) => a.id === 'northwind')!;

describe('extractKeyphrases', () => {
  const phrases = extractKeyphrases(acme.listing!, 12, { exclude: [acme.company, acme.role] });

  it("ranks the duty the listing repeats first, with its verb phrase in the listing's words", () => {
    assert.equal(phrases[0]?.text, 'month-end close');
    assert.equal(phrases[0]?.action, 'own the month-end close');
    assert.equal(phrases[0]?.count, 2);
  });

  it('keeps product names and their casing', () => {
    assert.ok(
      phrases.some((k) => k.text.includes('NetSuite')),
      JSON.stringify(phrases.map((k) => k.text)),
    );
  });

  it('leaves out the excluded company and role, and generic words on their own', () => {
    for (const k of phrases) {
      assert.doesNotMatch(k.text, /Acme|Senior Accountant/);
      assert.notEqual(k.text.toLowerCase(), 'experience');
    }
  });

  it('respects the limit and is deterministic', () => {
    assert.equal(extractKeyphrases(acme.listing!, 3).length, 3);
    assert.deepEqual(extractKeyphrases(acme.listing!, 12, { exclude: [acme.company, acme.role] }), phrases);
  });

  it('puts verbs into their base form so the phrase reads after "someone who can"', () => {
    const k = extractKeyphrases(northwind.listing!, 30).find((p) => p.text === 'slow close');
    assert.equal(k?.action, 'improve a slow close');
  });

  it('returns nothing for an empty listing', () => {
    assert.deepEqual(extractKeyphrases(''), []);
  });
});

describe('matchAchievements', () => {
  const achievements = doc.candidate.achievements;

  it("pairs the listing's top need with the achievement that answers it", () => {
    const matches = matchAchievements(extractKeyphrases(acme.listing!, 12), achievements);
    assert.equal(matches[0]?.keyphrase.text, 'month-end close');
    assert.match(matches[0]!.achievement, /^Cut the month-end close from 10 days to 6/);
    assert.deepEqual(matches[0]?.shared.length, 2);
  });

  it('matches inflected forms by lemma ("reconciliations" ~ "reconciliation")', () => {
    const [k] = extractKeyphrases('You will own account reconciliations.', 1);
    const matches = matchAchievements([k!], ['Automated the monthly bank reconciliation']);
    assert.equal(matches.length, 1);
  });

  it('does not pair on a shared stem alone ("promotion decisions" vs "promoted")', () => {
    const [k] = extractKeyphrases('Partner with merchandising on promotion decisions.', 1, {
      exclude: ['merchandising'],
    });
    assert.equal(k?.text, 'promotion decisions');
    assert.deepEqual(matchAchievements([k!], ['Two of my reports were promoted within a year']), []);
  });

  it('returns an empty list when nothing overlaps', () => {
    assert.deepEqual(matchAchievements(extractKeyphrases(acme.listing!, 5), ['Ran a marathon']), []);
    assert.deepEqual(matchAchievements([], achievements), []);
  });
});
