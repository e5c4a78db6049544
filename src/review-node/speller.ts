// The Node-side speller: nspell over the dictionary-en Hunspell files. dictionary-en reads its files with
// top-level await on import; we read the same files synchronously instead, once, on first use, so commands
// that never check spelling never pay for it. The table `npm run build` prebuilds (speller-table.ts) is
// read when present: it saves expanding every affix at start-up.
import { existsSync, readFileSync } from 'node:fs';
import nspell from 'nspell';
import { TRADE_WORDS } from '../core/review/trade-words.js';
import type { Speller } from '../core/review/types.js';
import { restoreSpeller } from './speller-table.js';

/** Where the build writes the table: dist/speller/, two folders above both dist/src/review-node/ and dist/cli/chunks/. */
export const SPELLER_TABLE = new URL('../../speller/en.tsv', import.meta.url);

let cached: Speller | undefined;

/** One of dictionary-en's Hunspell files. */
export function hunspellFile(ext: 'aff' | 'dic'): Buffer {
  return readFileSync(new URL(`index.${ext}`, import.meta.resolve('dictionary-en')));
}

/** Both Hunspell files, to build nspell from. */
export function hunspellFiles(): { aff: Buffer; dic: Buffer } {
  return { aff: hunspellFile('aff'), dic: hunspellFile('dic') };
}

/** The shared speller; the first call loads the dictionary. */
export function loadSpeller(): Speller {
  if (cached) return cached;
  // With the table, the word list (.dic) is never read.
  const spell = existsSync(SPELLER_TABLE)
    ? restoreSpeller(hunspellFile('aff'), readFileSync(SPELLER_TABLE, 'utf8'))
    : nspell(hunspellFiles());
  // Everyday words of the trade that the general dictionary lacks.
  for (const word of TRADE_WORDS) spell.add(word);
  cached = { correct: (word) => spell.correct(word), suggest: (word) => spell.suggest(word) };
  return cached;
}
