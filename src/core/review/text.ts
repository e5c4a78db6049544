// Splits a message into the pieces the rules look at, keeping every offset in the original text: `norm` is the
// text lower-cased with typographic quotes and spaces made plain, character for character the same length.

export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
  /** Lower-cased, apostrophes straightened. */
  lower: string;
  /** First word of its sentence (capitals there say nothing about names). */
  sentenceStart: boolean;
}

export interface Greeting extends Span {
  /** The name as written ('Maria', 'Ms. Chen', 'Hiring Team'), without the salutation word. */
  name: string;
  nameStart: number;
}

export interface PreparedText {
  text: string;
  norm: string;
  /** The `Subject: …` line's value, when the first line is one. */
  subject?: Span;
  /** Where the body starts (after the subject line). */
  bodyStart: number;
  sentences: Span[];
  /** Words of the body and subject. */
  words: Word[];
  /** Words of the body only. */
  bodyWords: Word[];
  /** Spans of e-mail addresses and URLs (not words for spelling). */
  links: Span[];
  greeting?: Greeting;
}

const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
  '\u2013': '-',
  '\u2014': '-',
};

/** Lower-cases and straightens quotes without changing the length, so offsets carry over. */
export function normalize(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = PLAIN[ch] ?? ch.toLowerCase();
    // Characters whose lower case changes length (rare) are kept as they are; so are astral characters' halves.
    out += mapped.length === ch.length ? mapped : ch;
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'mx',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'inc',
]);
// An address starts only where a run of address characters starts (the lookbehind): otherwise every position
// of a long word would be tried as a start, and the time would grow with the square of its length.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const WORD = /[A-Za-z\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|k|m|am|pm|%)?/g;
/** The words a note opens with before a name, as a regex source in lower case (the reviewer's one list). */
export const SALUTATIONS = 'dear|hi|hiya|hello|hey|howdy|kia[ \\t]+ora|good[ \\t]+(?:morning|afternoon|evening|day)';
/** The same source matching either case letter by letter, for a pattern whose name part must be capitalized. */
const anyCase = (source: string) => source.replace(/\\?[a-z]/g, (c) => (c.length > 1 ? c : `[${c.toUpperCase()}${c}]`));

// The salutation in any case; the name must start with a capital ("Hello again, Maria" names Maria).
const GREETING = new RegExp(
  `^[ \\t]*(?:${anyCase(SALUTATIONS)})(?:[ \\t]+again)?,?[ \\t]+((?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor)\\.?[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}\\d_'\\u2019.-]*(?:(?:[ \\t]+|[ \\t]*&[ \\t]*|[ \\t]+and[ \\t]+)\\p{Lu}[\\p{L}\\p{M}\\d_'\\u2019.-]*){0,3})[ \\t]*[,:!\\n-]?`,
  'u',
);

/** A greeting typed all in lower case ("hi jon thx for today"): the name is the word before a comma or thanks. */
const LOWER_GREETING = new RegExp(
  `^[ \\t]*(?:${SALUTATIONS})[ \\t]+([a-z][a-z'-]{1,19})(?=[ \\t]*(?:[,!:\\n-]|$)|[ \\t]+(?:thx|thanks|thank|ty)\\b)`,
);
/** Words a lower-case greeting opens with that are not names. */
const NOT_A_NAME = new Set(
  "there all everyone everybody guys folks team again thx thanks thank ty so just quick hope you u sir madam y'all".split(
    ' ',
  ),
);

const GREETING_LINES = 10;

export function prepare(text: string): PreparedText {
  const norm = normalize(text);
  let bodyStart = 0;
  let subject: Span | undefined;
  const firstLine = /^[ \t]*subject[ \t]*:[ \t]*([^\n]*)(\n|$)/i.exec(text);
  if (firstLine) {
    const valueStart = firstLine[0].indexOf(firstLine[1] ?? '');
    subject = { start: valueStart, end: valueStart + (firstLine[1] ?? '').trimEnd().length };
    bodyStart = firstLine[0].length;
  }

  const links: Span[] = [];
  for (const m of text.matchAll(LINK)) links.push({ start: m.index, end: m.index + m[0].length });

  const sentences = splitSentences(text, norm, bodyStart, subject);
  const words: Word[] = [];
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (links.some((l) => start >= l.start && start < l.end)) continue;
    while (s < sentences.length && (sentences[s] as Span).end <= start) s++;
    const sentence = sentences[s];
    const previous = words[words.length - 1];
    const sentenceStart = !sentence || !previous || previous.start < sentence.start;
    words.push({ start, end, text: m[0], lower: norm.slice(start, end), sentenceStart });
  }
  const bodyWords = words.filter((w) => w.start >= bodyStart);

  // The greeting is the first line that opens with a salutation among the first few: a letter puts its address
  // block and date first, a call script its heading.
  let greeting: Greeting | undefined;
  let lineStart = bodyStart;
  for (let n = 0; n < GREETING_LINES && lineStart < text.length; n++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const lower = /[A-Z]/.test(line) ? null : LOWER_GREETING.exec(line);
    const g = GREETING.exec(line) ?? (lower?.[1] && !NOT_A_NAME.has(lower[1]) ? lower : null);
    if (g?.[1]) {
      const name = g[1].replace(/[.,;:!-]+$/, '');
      const nameStart = lineStart + g[0].indexOf(g[1]);
      greeting = { start: lineStart, end: lineStart + g[0].length, name, nameStart };
      break;
    }
    // Prose before any salutation means there is none.
    if (/[a-z].*[.!?]\s*$/.test(line) && line.split(/\s+/).length > 8) break;
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return { text, norm, subject, bodyStart, sentences, words, bodyWords, links, greeting };
}

/**
 * Sentence spans: ends at . ! ? followed by space (not after Mr. / Dr. / e.g.), at blank lines, at a line that
 * ends in a comma or colon (greetings, sign-offs), and the subject line is one on its own.
 */
function splitSentences(text: string, norm: string, bodyStart: number, subject?: Span): Span[] {
  const spans: Span[] = [];
  if (subject) spans.push({ ...subject });
  let start = bodyStart;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (b > a) spans.push({ start: a, end: b });
    start = end;
  };
  for (let i = bodyStart; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i;
      while (j + 1 < text.length && /[.!?"')\u201d\u2019]/.test(text[j + 1] as string)) j++;
      const next = text[j + 1];
      if (next !== undefined && !/\s/.test(next)) continue;
      if (ch === '.' && j === i) {
        const before = /([a-z.]+)$/.exec(norm.slice(Math.max(bodyStart, i - 5), i))?.[1];
        if (before && ABBREVIATIONS.has(before)) continue;
        if (before && before.length === 1 && /[A-Z]/.test(text[i - 1] as string)) continue; // initials
      }
      push(j + 1);
      i = j;
    } else if (ch === '\n') {
      const lineEnd = text.slice(start, i).trimEnd();
      const blank = /^\n[ \t]*\n/.test(text.slice(i, i + 3)) || /\n[ \t]*$/.test(text.slice(start, i));
      if (blank || /[,:;]$/.test(lineEnd) || isShortLine(text, i)) push(i);
    }
  }
  push(text.length);
  return spans;
}

/** A line with no sentence punctuation and at most four words (a sign-off, a name, a list item) stands alone. */
function isShortLine(text: string, newline: number): boolean {
  const lineStart = text.lastIndexOf('\n', newline - 1) + 1;
  const line = text.slice(lineStart, newline).trim();
  return line.length > 0 && line.split(/\s+/).length <= 4 && !/[.!?]$/.test(line);
}

/** Is `offset` inside one of the spans? */
export function inside(spans: ReadonlyArray<Span>, offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
