// Flesch-Kincaid grade level, with a vowel-group syllable count (good to about one syllable per word).

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Grade level for `words` spread over `sentences` sentences; 0 for an empty text. */
export function fleschKincaidGrade(words: ReadonlyArray<string>, sentences: number): number {
  const letterWords = words.filter((w) => /[a-z]/i.test(w));
  if (letterWords.length === 0 || sentences === 0) return 0;
  const syl = letterWords.reduce((n, w) => n + syllables(w), 0);
  const grade = 0.39 * (letterWords.length / sentences) + 11.8 * (syl / letterWords.length) - 15.59;
  return Math.round(Math.max(0, grade) * 10) / 10;
}
