// A small phrase language for tone rules, compiled to regular expressions over normalized (lower-cased) text.
// A pattern is a sequence of space-separated tokens; each token is a regex fragment for one word or a few
// words, matched as whole words. Between tokens any run of spaces and light punctuation is allowed.
//   `_`   up to 3 words of any kind in between ("I _ need" matches "I really do need")
//   `_N`  up to N words in between
//   `?`   after a token makes it optional: "really? need"
//   `_` inside a token separates words within it: "(out_of_work|unemployed)"
// Examples: "i('m| am) (so |really )?desperate", "(need|needs) _2 (this|the) (job|position|role)".

const SEP = `(?:[\\s,;:"()]|-(?=\\s))+`;
// A title's dot ("Dr. Lindgren") does not end the words a gap may skip.
const GAP_WORD = `(?:(?:mr|mrs|ms|mx|dr|prof|st)\\.|[\\w'-]+)`;

export function compilePattern(pattern: string): RegExp {
  const tokens = pattern.trim().split(/\s+/);
  let source = '';
  let first = true;
  for (const token of tokens) {
    const gap = /^_(\d*)$/.exec(token);
    if (gap) {
      const n = gap[1] ? Number(gap[1]) : 3;
      source += `(?:${SEP}${GAP_WORD}){0,${n}}?`;
      continue;
    }
    const optional = token.endsWith('?') && !token.endsWith('\\?');
    const body = (optional ? token.slice(0, -1) : token).replace(/_/g, SEP);
    if (first) {
      // A leading optional word carries its own separator, so the next word may start the match.
      source += optional ? `(?:(?:${body})${SEP})?` : `(?:${body})`;
      first = optional;
    } else {
      source += optional ? `(?:${SEP}(?:${body}))?` : `${SEP}(?:${body})`;
    }
  }
  // Whole words: no letter before; after, no letter and no possessive/contraction ("job's" is not "job").
  return new RegExp(`(?<![\\w'])${source}(?![\\w]|'[a-z])`, 'g');
}

/**
 * Words one of which every match must contain, or none when no token pins one down. A pattern none of whose
 * words is in the text is skipped without running (or, on first use, compiling) its regular expression: most of
 * the reviewer's cold start was V8 compiling patterns that could never match.
 * A token of plain words ("thank_you") requires its longest word; a flat group of plain alternatives
 * ("(beg|begging|plead)") requires one of them. The most selective such token (longest shortest word) wins.
 */
export function requiredWords(pattern: string): string[] | undefined {
  let best: string[] | undefined;
  let score = 0;
  for (const token of pattern.trim().split(/\s+/)) {
    if (/^_\d*$/.test(token)) continue;
    const group = /^\(([a-z0-9'_|-]+)\)$/.exec(token)?.[1];
    const alternatives = group ? group.split('|') : /^[a-z0-9'_-]+$/.test(token) ? [token] : undefined;
    // Optional tokens end in "?" and fail both tests; so do groups within groups and regex classes.
    if (!alternatives || alternatives.includes('')) continue;
    const words = alternatives.map((a) => a.split('_').reduce((x, y) => (y.length > x.length ? y : x), ''));
    const shortest = Math.min(...words.map((w) => w.length));
    if (shortest > score) {
      best = words;
      score = shortest;
    }
  }
  return best;
}

interface Compiled {
  re: RegExp;
  words: string[] | undefined;
}

const cache = new Map<string, Compiled>();

function entry(pattern: string): Compiled {
  let c = cache.get(pattern);
  if (!c) {
    c = { re: compilePattern(pattern), words: requiredWords(pattern) };
    cache.set(pattern, c);
  }
  return c;
}

const absent = (slice: string, words: string[] | undefined) =>
  words !== undefined && !words.some((w) => slice.includes(w));

/** Compiled once per pattern string (rules are data, compiled on first use). */
export function compiled(pattern: string): RegExp {
  return entry(pattern).re;
}

/** All matches of `pattern` within text[start, end), as absolute spans. */
export function matchAll(norm: string, pattern: string, start = 0, end = norm.length): Array<[number, number]> {
  const { re, words } = entry(pattern);
  const slice = norm.slice(start, end);
  if (absent(slice, words)) return [];
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([start + m.index, start + m.index + m[0].length]);
  }
  return out;
}

/** Does the pattern match anywhere in text[start, end)? */
export function test(norm: string, pattern: string, start = 0, end = norm.length): boolean {
  const { re, words } = entry(pattern);
  const slice = norm.slice(start, end);
  if (absent(slice, words)) return false;
  re.lastIndex = 0;
  return re.test(slice);
}
