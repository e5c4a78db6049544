// The Node-side speller: nspell over the dictionary-en Hunspell files. dictionary-en reads its files with
// top-level await on import; we read the same two files synchronously instead, once, on first use (building
// the dictionary takes a few hundred milliseconds, so commands that never check spelling never pay for it).
import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import { TRADE_WORDS } from '../core/review/trade-words.js';
import type { Speller } from '../core/review/types.js';

let cached: Speller | undefined;

/** The shared speller; the first call loads the dictionary. */
export function loadSpeller(): Speller {
  if (cached) return cached;
  const index = import.meta.resolve('dictionary-en');
  const spell = nspell({
    aff: readFileSync(new URL('index.aff', index)),
    dic: readFileSync(new URL('index.dic', index)),
  });
  // Everyday words of the trade that the general dictionary lacks.
  for (const word of TRADE_WORDS) spell.add(word);
  cached = { correct: (word) => spell.correct(word), suggest: (word) => spell.suggest(word) };
  return cached;
}
