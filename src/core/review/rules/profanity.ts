// Rough language, however it is spelled: obscenity's English word list (with its look-alike and repeated-letter
// transforms, so "sh1t" and "fuuuck" count) cut down to swear words and slurs, plus starred forms ("f**k",
// "bullsh*t") that it does not read. Clinical and anatomical words stay out: they belong to some jobs.
import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  type RegExpMatcher as Matcher,
  RegExpMatcher,
} from 'obscenity';
import type { CheckRule, Hit } from '../rule.js';

/** obscenity's entries kept (its `originalWord`s). */
const SWEARING = new Set([
  'arse',
  'bastard',
  'bitch',
  'bollocks',
  'cunt',
  'fuck',
  'nigger',
  'piss',
  'prick',
  'shit',
  'slut',
  'turd',
  'twat',
  'wank',
  'whore',
]);
/** Ordinary words its patterns also match (found by running it over the 40,000 commonest words). */
const INNOCENT = new Set(
  `trafficker traffickers trafficking trafficked fukui fukuda fukuoka fukushima fu shiite shiites shiitake
  slutskaya terengganu`.split(/\s+/),
);
/** A word with a grawlix inside it, or a short one trailed by asterisks: "f**k", "sh*t", "f***". */
const STARRED = /\b[a-z]{1,7}[*#%]{1,4}[a-z]{1,6}\b|\b(?:f|s|sh)\*{2,4}(?![a-z*])/gi;

let matcher: Matcher | undefined;

function swearing(text: string): Array<[number, number]> {
  matcher ??= new RegExpMatcher({
    ...new DataSet<{ originalWord: string }>()
      .addAll(englishDataset)
      .removePhrasesIf((p) => !SWEARING.has(p.metadata?.originalWord ?? ''))
      .build(),
    ...englishRecommendedTransformers,
  });
  const found: Array<[number, number]> = [];
  for (const m of matcher.getAllMatches(text, true)) {
    // Widen to the whole word, so "trafficking" is judged as itself and a finding covers "fucking", not "fuck".
    let start = m.startIndex;
    let end = m.endIndex + 1;
    while (start > 0 && /[\p{L}'*]/u.test(text[start - 1] ?? '')) start--;
    while (end < text.length && /[\p{L}'*]/u.test(text[end] ?? '')) end++;
    if (INNOCENT.has(text.slice(start, end).toLowerCase())) continue;
    if (!found.some(([s, e]) => s < end && e > start)) found.push([start, end]);
  }
  for (const m of text.matchAll(STARRED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.some(([s, e]) => s < end && e > start)) found.push([start, end]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

export const PROFANITY_RULE: CheckRule = {
  id: 'negativity.profanity',
  category: 'negativity',
  severity: 'error',
  message: 'Swearing, even starred out or in passing, reads as anger and ends the conversation; take it out.',
  suggestions: ['Thank you again for your time.'],
  check: (text): Hit[] =>
    swearing(text.text)
      .filter(([start]) => start >= text.bodyStart)
      .map(([start, end]) => ({ start, end })),
  examples: {
    pass: [
      'The cockpit simulator was the best part of the tour.',
      'I loved the shiitake dish at lunch, and the talk about traffic planning.',
      'I have five years of C# and F# behind me, and I am happy to send samples to jane@example.com.',
      'The assessment was well organized, and I enjoyed the Scunthorpe site visit.',
    ],
    fail: [
      'Honestly the whole thing was bullsh*t.',
      'What the f**k is taking so long?',
      'that panel was a sh1t show',
      'Your recruiter is a prick.',
      'I am pissed off about the wait.',
    ],
  },
};
