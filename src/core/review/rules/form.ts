// Form: length by kind (Boomerang: 50-125 words and 1-3 questions drew the most replies; a letter fits one
// page), spelling, readability, exclamation marks, clichés and too many questions.
import { fleschKincaidGrade } from '../readability.js';
import type { CheckRule, Hit, PatternRule } from '../rule.js';
import type { PreparedText, Word } from '../text.js';
import { inside } from '../text.js';
import type { ReviewKind } from '../types.js';
import { bodySpan } from './context.js';

const NOTE_KINDS: ReviewKind[] = ['thank-you', 'check-in', 'follow-up'];
const SHORT_KINDS: ReviewKind[] = ['thank-you', 'check-in', 'follow-up', 'offer-notice', 'gracious-close'];

/** Past this a note is an error, not a warning: nearly twice the range that drew the most replies. */
const OVERLONG = 225;

function countWords(text: PreparedText): number {
  return text.bodyWords.length;
}

/** A minute of speech is about 150 words. */
const CALL_MONOLOGUE = 150;

/** Words in the longest part of a call script, parts being cut at heading lines that end in a colon. */
function longestSpokenPart(text: PreparedText): number {
  const headings = [...text.text.matchAll(/^[^\n]{1,80}:[ \t]*$/gm)].map((m) => m.index);
  const cuts = [text.bodyStart, ...headings.filter((h) => h > text.bodyStart), text.text.length];
  let longest = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    longest = Math.max(longest, text.bodyWords.filter((w) => w.start >= from && w.start < to).length);
  }
  return longest;
}

/** Filler so examples can reach a given length. */
function words(n: number): string {
  return `${Array.from({ length: n - 1 }, (_, i) => ['the', 'team', 'close', 'was', 'clear'][i % 5]).join(' ')} end.`;
}

export const LENGTH_RULES: CheckRule[] = [
  {
    id: 'length.overlong',
    category: 'length',
    severity: 'error',
    message:
      'The note runs past 225 words, nearly twice the 50-125 that draw the most replies; keep the one point that matters and cut the rest.',
    // Not call scripts: they carry a branch for each answer, so their length is not what the caller says.
    kinds: SHORT_KINDS,
    check: (text) => (countWords(text) > OVERLONG ? [bodySpan(text)] : []),
    examples: {
      pass: [{ text: words(200), context: { kind: 'thank-you' } }],
      fail: [
        { text: words(240), context: { kind: 'check-in' } },
        { text: words(260), context: { kind: 'gracious-close' } },
      ],
    },
  },
  {
    id: 'length.too-long',
    category: 'length',
    severity: 'warning',
    message: 'The note runs over 200 words; cut it to about 50-125 words, which draw the most replies.',
    kinds: SHORT_KINDS,
    check: (text) => {
      const n = countWords(text);
      return n > 200 && n <= OVERLONG ? [bodySpan(text)] : [];
    },
    examples: {
      pass: [{ text: words(120), context: { kind: 'thank-you' } }],
      fail: [{ text: words(215), context: { kind: 'check-in' } }],
    },
  },
  {
    id: 'length.too-short',
    category: 'length',
    severity: 'warning',
    message: 'The note is under 40 words; add a specific point from the conversation and a line of interest.',
    kinds: NOTE_KINDS,
    check: (text) => (countWords(text) < 40 ? [bodySpan(text)] : []),
    examples: {
      pass: [{ text: words(60), context: { kind: 'thank-you' } }],
      fail: [{ text: 'Thanks for your time today. I am interested.', context: { kind: 'thank-you' } }],
    },
  },
  {
    id: 'length.best-range',
    category: 'length',
    severity: 'info',
    message: 'Notes of 50-125 words draw the most replies; this one is outside that range.',
    kinds: NOTE_KINDS,
    check: (text) => {
      const n = countWords(text);
      return (n < 50 && n >= 40) || (n > 125 && n <= 200) ? [bodySpan(text)] : [];
    },
    examples: {
      pass: [{ text: words(90), context: { kind: 'follow-up' } }],
      fail: [{ text: words(160), context: { kind: 'thank-you' } }],
    },
  },
  {
    id: 'length.call-monologue',
    category: 'length',
    severity: 'error',
    message:
      'One stretch of this call runs past 150 words, well over a minute of talking before they can answer; say the one point and ask your question.',
    kinds: ['call-script'],
    // A script's branches ("If they have not decided yet:") are alternatives, not one speech: the longest part counts.
    check: (text) => (longestSpokenPart(text) > CALL_MONOLOGUE ? [bodySpan(text)] : []),
    examples: {
      pass: [
        { text: `Opening:\n${words(80)}\n\nIf they have not decided:\n${words(90)}`, context: { kind: 'call-script' } },
      ],
      fail: [{ text: words(200), context: { kind: 'call-script' } }],
    },
  },
  {
    id: 'length.letter-page',
    category: 'length',
    severity: 'error',
    message: 'A mailed letter must fit on one page; cut it below about 350 words.',
    kinds: ['letter'],
    check: (text) => (countWords(text) > 350 ? [bodySpan(text)] : []),
    examples: {
      pass: [{ text: words(300), context: { kind: 'letter' } }],
      fail: [{ text: words(380), context: { kind: 'letter' } }],
    },
  },
];

const LONGEST_WORD = 40;

/** Spelling needs a Speller (deps.speller); without one the rule is silent. */
export const SPELLING_RULE: CheckRule = {
  id: 'spelling.unknown-word',
  category: 'spelling',
  severity: 'warning',
  message: 'This word is not in the dictionary; check its spelling.',
  check(text, context) {
    const speller = context.speller;
    if (!speller) return [];
    const personal = context.personalWords();
    const hits: Hit[] = [];
    let suggested = 0;
    for (const w of text.words) {
      if (!shouldCheck(w, text, personal)) continue;
      const word = w.text.replace(/\u2019/g, "'").replace(/'s$/i, '');
      // No dictionary word is this long, and nspell's suggestions grow with the square of the length.
      if (word.length > LONGEST_WORD) {
        hits.push({ start: w.start, end: w.end, message: `“${w.text.slice(0, 40)}…” is not a word; check it.` });
        continue;
      }
      if (speller.correct(word) || speller.correct(word.toLowerCase())) continue;
      // Suggestions are slow in nspell; a handful is plenty for one message.
      const suggestions = suggested++ < 5 ? speller.suggest(word).slice(0, 3) : [];
      hits.push({
        start: w.start,
        end: w.end,
        message: `“${w.text}” is not in the dictionary; check its spelling.`,
        suggestions: suggestions.length ? suggestions : undefined,
      });
    }
    return hits;
  },
  examples: { pass: [], fail: [] },
};

function shouldCheck(w: Word, text: PreparedText, personal: Set<string>): boolean {
  if (!/[a-z]/i.test(w.text) || /\d/.test(w.text)) return false;
  if (inside(text.links, w.start)) return false;
  if (/^[A-Z][A-Z']+$/.test(w.text)) return false; // acronyms
  const lower = w.lower.replace(/'s$/, '');
  if (personal.has(lower) || personal.has(w.lower)) return false;
  const capitalized = /^[A-Z]/.test(w.text);
  // A capital mid-sentence (or anywhere in a title-case subject) is probably a name.
  if (capitalized && (!w.sentenceStart || (text.subject && w.start < text.bodyStart))) return false;
  if (/[a-z][A-Z]/.test(w.text)) return false; // NetSuite, iPhone
  return true;
}

export const STYLE_CHECK_RULES: CheckRule[] = [
  {
    id: 'style.reading-grade',
    category: 'style',
    severity: 'info',
    message: 'The note reads above a 12th-grade level; shorter sentences and plainer words read faster.',
    check(text) {
      const grade = readingGrade(text);
      if (grade <= 12 || text.bodyWords.length < 30) return [];
      // Point at the longest sentence: the usual culprit.
      let longest: Hit | undefined;
      let most = 0;
      for (const s of text.sentences) {
        if (s.start < text.bodyStart) continue;
        const n = text.bodyWords.filter((w) => w.start >= s.start && w.end <= s.end).length;
        if (n > most) {
          most = n;
          longest = s;
        }
      }
      return longest
        ? [{ ...longest, message: `The note reads at grade ${grade}; split long sentences like this one.` }]
        : [];
    },
    examples: {
      pass: [
        'Thank you for the talk today. I liked the plan for the new sites. I would be glad to help the team close the books on time. I hope to hear from you soon.',
      ],
      fail: [
        'Notwithstanding the considerable organizational complexity associated with multinational consolidation, I remain particularly enthusiastic regarding the opportunity to contribute sophisticated reconciliation methodologies, comprehensive documentation practices, and collaborative leadership capabilities to your accounting organization.',
      ],
    },
  },
  {
    id: 'style.exclamations',
    category: 'style',
    severity: 'warning',
    message: 'More than one exclamation mark makes a note sound breathless; keep at most one.',
    check(text) {
      const marks = [...text.text.matchAll(/!+/g)];
      if (marks.length <= 1) return [];
      return marks.slice(1).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    },
    examples: {
      pass: ['Thank you for a great conversation! I am very interested in the role.'],
      fail: ['Thank you so much! I loved meeting everyone! I am so excited!'],
    },
  },
  {
    id: 'style.questions',
    category: 'style',
    severity: 'warning',
    message: 'More than three questions is a lot to answer; keep to one to three.',
    check(text) {
      const marks = questionMarks(text);
      if (marks.length <= 3) return [];
      return marks.slice(3);
    },
    examples: {
      pass: ['Is there any update? Would more references help? Is the timeline still the same?'],
      fail: ['Any update? Did you decide? Is the role filled? Should I call? Can we talk?'],
    },
  },
];

export const CLICHE_RULE: PatternRule = {
  id: 'style.cliche',
  category: 'style',
  severity: 'info',
  message: 'This stock phrase says little; replace it with a concrete example of what you did.',
  patterns: [
    'think_outside_the_box',
    'outside-the-box',
    '(team|people) (player|person)',
    'hit_the_ground_running',
    'touch_base',
    'go-getter|self-starter',
    'results-driven|detail-oriented|hard-working',
    '(give|giving) (it|my) (110|a_hundred_and_ten|one_hundred_and_ten)',
    'synerg(y|ies|ize)',
    'circle_back',
    'move_the_needle',
    'low-hanging_fruit',
    'at_the_end_of_the_day',
    'wear_many_hats',
    'passionate_about_(excellence|success|results)',
    'best_of_breed|win-win',
  ],
  examples: {
    pass: ['I automated the bank reconciliations and cut the close to six days.'],
    fail: ['I am a team player who can hit the ground running.', 'I wanted to touch base about the role.'],
  },
};

function questionMarks(text: PreparedText): Hit[] {
  return [...text.text.slice(text.bodyStart).matchAll(/\?+/g)].map((m) => ({
    start: text.bodyStart + m.index,
    end: text.bodyStart + m.index + m[0].length,
  }));
}

export function countQuestions(text: PreparedText): number {
  return questionMarks(text).length;
}

export function readingGrade(text: PreparedText): number {
  const body = text.sentences.filter((s) => s.start >= text.bodyStart);
  // Greetings and sign-offs ("Dear Maria,", "Best,") are not sentences of prose; leave out lines of one or two words.
  // Sentences and words are both in text order: one pass over each keeps this linear in the length of the text.
  const all = text.bodyWords;
  const words: string[] = [];
  let prose = 0;
  let first = 0;
  for (const s of body) {
    while (first < all.length && (all[first] as Word).start < s.start) first++;
    const within: string[] = [];
    for (let j = first; j < all.length && (all[j] as Word).start < s.end; j++)
      if ((all[j] as Word).end <= s.end) within.push((all[j] as Word).text);
    if (within.length > 2) {
      prose++;
      words.push(...within);
    }
  }
  return fleschKincaidGrade(words, prose);
}
