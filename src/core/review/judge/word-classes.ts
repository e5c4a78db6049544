// Word classes for the sentence judge: the commonest English words grouped by meaning (k-means over GloVe-derived
// embeddings, built by scripts/build-word-classes.ts). A word the training text never used still shares its
// class's weight with the words it did use, which is how the judge reads new wordings of a mistake.
import CLASSES from './word-classes.json' with { type: 'json' };

let index: Map<string, number> | undefined;

/** The class of a lower-case word, or undefined for a word outside the list. */
export function wordClass(word: string): number | undefined {
  if (!index) {
    index = new Map();
    CLASSES.classes.forEach((words, i) => {
      for (const w of words.split(' ')) index?.set(w, i);
    });
  }
  return index.get(word);
}
