// One shared wink-nlp instance over the lite English model (a plain JS package, so it runs in a browser too).
// The model is parsed when first needed, not at import time, so commands that never read a listing stay fast.

import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItsFunction, type PartOfSpeech, type WinkMethods } from 'wink-nlp';

export interface Token {
  value: string;
  /** Lower-cased form. */
  normal: string;
  pos: PartOfSpeech;
  lemma: string;
  stem: string;
  /** Whitespace before the token in the source text ('' when glued to the previous token). */
  space: string;
  /** wink's token type: word, number, punctuation, symbol, … */
  type: string;
}

let instance: WinkMethods | undefined;

/** The shared instance (the reviewer's sentence judge reads with it too). */
export function nlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

/** Splits `text` into sentences of annotated tokens. */
export function analyze(text: string): Token[][] {
  const w = nlp();
  const its = w.its;
  // The typings declare lemma/stem with an extra `addons` parameter that wink passes itself.
  const sentences: Token[][] = [];
  w.readDoc(breakLongRuns(text))
    .sentences()
    .each((sentence: ItemSentence) => {
      const t = sentence.tokens();
      const value = t.out(its.value) as string[];
      const normal = t.out(its.normal) as string[];
      const pos = t.out(its.pos) as PartOfSpeech[];
      const lemma = t.out(its.lemma as ItsFunction<string>) as string[];
      const stem = t.out(its.stem as ItsFunction<string>) as string[];
      const space = t.out(its.precedingSpaces) as string[];
      const type = t.out(its.type) as string[];
      sentences.push(
        value.map((v, i) => ({
          value: v,
          normal: normal[i] ?? v.toLowerCase(),
          pos: pos[i] ?? 'X',
          lemma: lemma[i] ?? v.toLowerCase(),
          stem: stem[i] ?? v.toLowerCase(),
          space: space[i] ?? ' ',
          type: type[i] ?? 'word',
        })),
      );
    });
  return sentences;
}

/** No English word is longer than this; past it a run of letters is noise (a pasted URL, a key). */
const LONGEST_WORD = 48;

/**
 * Cuts runs of non-space characters into pieces of LONGEST_WORD: wink's stemmer uses regular expressions such
 * as /(.+)(sses)$/ that take time quadratic in the word's length, so a 20,000-character "word" would take seconds.
 */
export function breakLongRuns(text: string): string {
  return text.replace(new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g'), (run) =>
    run.replace(new RegExp(`\\S{${LONGEST_WORD}}(?=\\S)`, 'g'), '$& '),
  );
}

/** Rebuilds the source text of a run of tokens. */
export function joinTokens(tokens: ReadonlyArray<Token>): string {
  return tokens.map((t, i) => (i === 0 ? '' : t.space) + t.value).join('');
}
