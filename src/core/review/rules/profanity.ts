// Rough language, however it is spelled: each word is read with look-alike characters turned back into letters
// ("sh1t", "@ss") and runs of a letter folded ("fuuuck"), then matched against swear words and slurs (with their
// inflections and compounds); starred forms ("f**k", "bullsh*t") count too. Clinical and anatomical words stay
// out: they belong to some jobs. (obscenity does this too, but building its word list costs ~150 ms at start, a
// fifth of the cold-review budget, for the 15 words we keep.)
import type { CheckRule, Hit } from '../rule.js';

/** Look-alike characters inside a word, and the letters they stand for. */
const LOOK_ALIKE: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
/** Swear words and slurs over the folded spelling (each letter run is one letter: "piss" is "pis"). */
const SWEARING = [
  /^(?:mother|mutha)?(?:fuck|fuk|fck|phuck|fuc)(?:s|ed|er|ers|ing|in|ery|wit|tard)?$/,
  /fuck/,
  /^(?:bul|horse|dip|ape|bat|chicken)?shit(?:s|y|ty|ter|ting|ted|head|heads|show|hole|load)?$/,
  /^(?:son of a )?bitch(?:es|ing|y|ed)?$/,
  /^bastards?$/,
  /^a(?:s|r)(?:s|se)?holes?$/,
  /^cunts?$/,
  /^pricks?$/,
  /^twats?$/,
  /^wankers?$/,
  /^bolocks$/,
  /^pis(?:ed|es|ing|er)?$/,
  /^sluts?$/,
  /^whores?$/,
  /^turds?$/,
];
/** Read before folding, where folding would make another word ("niger"). */
const SLURS = [/^nigg(?:er|a|ers|as)$/];
/** A word with a grawlix inside it, or a short one trailed by asterisks: "f**k", "sh*t", "f***". */
const STARRED = /\b[a-z]{1,7}[*#%]{1,4}[a-z]{1,6}\b|\b(?:f|s|sh)\*{2,4}(?![a-z*])/gi;
const WORD = /[\p{L}0-9@$!]*\p{L}[\p{L}0-9@$!]*/gu;

function swearing(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(WORD)) {
    // A trailing "!" is punctuation, not a letter.
    const raw = m[0].replace(/!+$/, '').toLowerCase();
    const plain = raw.replace(/[0-9@$!]/g, (c) => LOOK_ALIKE[c] ?? c);
    const folded = plain.replace(/(\p{L})\1+/gu, '$1');
    if (SWEARING.some((re) => re.test(folded)) || SLURS.some((re) => re.test(plain)))
      found.push([m.index, m.index + raw.length]);
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
      'I trained staff to spot trafficking at the Fukuoka and Fukushima ports, and I liked the pistol range.',
      'The Niger delivery team and the Dickens exhibit were highlights. Wow!',
    ],
    fail: [
      'Honestly the whole thing was bullsh*t.',
      'What the f**k is taking so long?',
      'that panel was a sh1t show',
      'Your recruiter is a prick.',
      'I am pissed off about the wait.',
      'fuuuck this whole process',
      'this is such bullshit',
    ],
  },
};
