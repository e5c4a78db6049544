// The pure core's reviewer in the page, run on every keystroke. The spelling dictionary is fetched from the
// local server only after the first review, so opening a draft never waits for it; reviews re-run once it
// arrives.
import nspell from 'nspell';
import type { Document } from '../core/document/schema.js';
import { type ReviewContext, type ReviewResult, reviewMessage } from '../core/review/index.js';
import { TRADE_WORDS } from '../core/review/trade-words.js';
import type { Speller } from '../core/review/types.js';

let speller: Speller | undefined;
let loading: Promise<Speller | undefined> | undefined;

// Checking a word is fast; finding suggestions for a misspelled one is not (tens of milliseconds), and while
// a person types, the word under the cursor is always "misspelled". So suggestions are looked up only once
// typing pauses, for the words the last review asked about, and the review then runs again with them.
const PAUSE_MS = 300;
const CACHE_LIMIT = 20_000;
const correct = new Map<string, boolean>();
const suggested = new Map<string, string[]>();
const wanted = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
let listener: (() => void) | undefined;

/** Called when suggestions looked up after a pause are ready (the caller reviews again). */
export function onSuggestions(fn: (() => void) | undefined): void {
  listener = fn;
}

/** Starts loading the dictionary (once); resolves when spelling can be checked. */
export function loadSpeller(): Promise<Speller | undefined> {
  loading ??= Promise.all([fetch('/dict/index.aff'), fetch('/dict/index.dic')])
    .then(async ([aff, dic]) => {
      if (!aff.ok || !dic.ok) return undefined;
      const spell = nspell({ aff: await aff.text(), dic: await dic.text() });
      for (const word of TRADE_WORDS) spell.add(word);
      const lookUp = () => {
        for (const word of wanted) suggested.set(word, spell.suggest(word));
        wanted.clear();
        listener?.();
      };
      speller = {
        correct(word) {
          let ok = correct.get(word);
          if (ok === undefined) {
            if (correct.size > CACHE_LIMIT) correct.clear();
            ok = spell.correct(word);
            correct.set(word, ok);
          }
          return ok;
        },
        suggest(word) {
          const known = suggested.get(word);
          if (known) return known;
          wanted.add(word);
          clearTimeout(timer);
          timer = setTimeout(lookUp, PAUSE_MS);
          return [];
        },
      };
      return speller;
    })
    .catch(() => undefined);
  return loading;
}

export function review(
  text: string,
  context: { document?: Document; application?: string; to?: string; kind?: ReviewContext['kind'] },
): ReviewResult {
  wanted.clear();
  if (suggested.size > CACHE_LIMIT) suggested.clear();
  return reviewMessage(text, context, speller ? { speller } : {});
}
