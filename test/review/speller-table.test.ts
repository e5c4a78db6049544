// The prebuilt speller table (dist/speller/en.tsv, written by `npm run build`) must answer exactly as nspell
// built from dictionary-en's Hunspell files: same words known, same suggestions.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import nspell from 'nspell';
import { hunspellFiles, SPELLER_TABLE } from '../../src/review-node/speller.js';
import { restoreSpeller, serializeSpeller } from '../../src/review-node/speller-table.js';
import { loadMessages } from '../helpers/corpus.js';

describe('speller table', () => {
  const files = hunspellFiles();
  const built = nspell(files);
  const restored = restoreSpeller(files.aff, serializeSpeller(built));

  it('is written by the build', () => {
    assert.ok(existsSync(SPELLER_TABLE), `${SPELLER_TABLE.pathname} is missing: npm run build writes it`);
    assert.equal(readFileSync(SPELLER_TABLE, 'utf8'), serializeSpeller(built));
  });

  it('knows the same words as nspell built from the Hunspell files', () => {
    const words = new Set<string>();
    for (const m of loadMessages()) for (const w of m.text.match(/[A-Za-z'’]+/g) ?? []) words.add(w);
    // Ordinals and other compound forms go through nspell's compound rules.
    for (const w of ['1st', '22nd', '103rd', '11th', '21th', "interview's", 'INTERVIEW', 'Interview']) words.add(w);
    let unknown = 0;
    for (const w of words) {
      const answer = built.correct(w);
      if (!answer) unknown++;
      assert.equal(restored.correct(w), answer, w);
    }
    assert.ok(words.size > 5000 && unknown > 50, `${words.size} words, ${unknown} unknown`);
  });

  it('suggests the same corrections', () => {
    for (const w of ['intervew', 'recieve', 'oppertunity', 'managment', 'wensday', 'folow', 'acomodate', 'sincerly']) {
      const suggestions = built.suggest(w);
      assert.ok(suggestions.length > 0, w);
      assert.deepEqual(restored.suggest(w), suggestions, w);
    }
  });
});
