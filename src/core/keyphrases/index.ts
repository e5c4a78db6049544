// The listing's key phrases, ranked, and which of the candidate's achievements answer them. The drafts quote the
// phrase in the listing's own words next to the matching achievement.
import { analyze, joinTokens, type Token } from './nlp.js';

export interface Keyphrase {
  /** The phrase as the listing words it (sentence-initial capitals lowered): "month-end close". */
  text: string;
  /** Higher is more central to the listing. */
  score: number;
  /** How often the phrase occurs. */
  count: number;
  /** Stems of its content words, for matching. */
  terms: string[];
  /** Lemmas of its content words, aligned with `terms`. */
  lemmas: string[];
  /** The listing's verb phrase around it, when there is one: "own the month-end close". */
  action?: string;
  /** Whether it came from a line that states a duty or requirement. */
  requirement: boolean;
}

export interface Match {
  keyphrase: Keyphrase;
  achievement: string;
  /** Index of the achievement in the list given. */
  achievementIndex: number;
  /** The shared stems. */
  shared: string[];
  score: number;
}

export interface ExtractOptions {
  /** Words never counted as key phrases on their own (e.g. the company's name). */
  exclude?: string[];
}

// Words too generic to be a need on their own ("experience with X": X is the need).
const GENERIC = new Set(
  (
    'ability abilities experience experiences year years team teams role roles candidate candidates skill skills ' +
    'knowledge someone plus responsibility responsibilities requirement requirements work job jobs position company ' +
    'business people thing things way ways what you we our us day days time start finish habit story number numbers ' +
    'success level levels opportunity opportunities environment track record comfort lot part rest kind area areas ' +
    'others other more most week weeks month months place'
  ).split(' '),
);
const WEAK_VERBS = new Set(['include', 'be', 'have', 'do', 'get', 'make', 'offer', 'operate', 'use', 'such']);
// People in the listing ("three accountants", "clinic directors" is kept: it has another word) are not needs.
const PEOPLE = new Set(
  'accountant accountants manager managers leader leaders director directors employee employees customer customers client clients partner partners member members staff colleague colleagues'.split(
    ' ',
  ),
);
const MODALS = new Set(['can', 'will', 'to', 'must', 'should', "'ll", 'shall']);
const REQUIREMENT =
  /\b(need|needs|require|required|requires|must|looking for|seeking|you will|you'll|own|lead|responsible|bring|succeed|ideal|ideally|experience|expect)\b/i;
const BENEFITS = /^\s*(we offer|benefits|perks|compensation|salary|pay range|equal opportunity)/i;

interface Word extends Token {
  compound?: boolean;
  /** One of the caller's excluded words: breaks a phrase. */
  excluded?: boolean;
}

/** Joins "month - end" back into one word, as the listing wrote it. */
function mergeCompounds(tokens: ReadonlyArray<Token>): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (
      t.value === '-' &&
      t.space === '' &&
      prev &&
      prev.type === 'word' &&
      next &&
      next.space === '' &&
      (next.type === 'word' || next.type === 'number')
    ) {
      out[out.length - 1] = {
        ...prev,
        value: `${prev.value}-${next.value}`,
        normal: `${prev.normal}-${next.normal}`,
        lemma: `${prev.lemma}-${next.lemma}`,
        stem: `${prev.stem}-${next.stem}`,
        pos: 'ADJ',
        compound: true,
      };
      i++;
      continue;
    }
    out.push({ ...t });
  }
  // The lite model often tags the verb after a modal as an adjective ("can own the …"): fix that one case.
  for (let i = 1; i < out.length; i++) {
    const w = out[i] as Word;
    const before = out[i - 1] as Word;
    const after = out[i + 1];
    if (
      MODALS.has(before.normal) &&
      (w.pos === 'ADJ' || w.pos === 'NOUN') &&
      !w.compound &&
      after &&
      ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(after.pos)
    )
      w.pos = 'VERB';
  }
  // An adjective that ends a phrase opened by an article is a noun the model missed ("a slow close through").
  for (let i = 1; i < out.length; i++) {
    const w = out[i] as Word;
    const after = out[i + 1];
    if (w.pos !== 'ADJ' || w.compound || (after && ['ADJ', 'NOUN', 'PROPN'].includes(after.pos))) continue;
    const back = out.slice(Math.max(0, i - 3), i);
    const det = back.findIndex((b) => b.pos === 'DET');
    if (det < 0 || back.slice(det + 1).some((b) => !['ADJ', 'ADV'].includes(b.pos))) continue;
    w.pos = 'NOUN';
    for (const b of back.slice(det + 1)) if (b.pos === 'ADV') b.pos = 'ADJ';
  }
  return out;
}

function isNominal(w: Word): boolean {
  return w.type === 'word' && !w.excluded && (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ');
}

function isHead(w: Word): boolean {
  return w.type === 'word' && (w.pos === 'NOUN' || w.pos === 'PROPN');
}

/** Noun phrases: runs of adjectives/nouns ending in a noun, with generic words trimmed from the edges. */
function chunks(words: ReadonlyArray<Word>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < words.length) {
    if (!isNominal(words[i] as Word)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && isNominal(words[j + 1] as Word) && (words[j + 1] as Word).space !== '\n') j++;
    let start = i;
    let end = j;
    // A trailing adjective right after a noun is usually a mis-tagged noun ("month-end close").
    while (end >= start) {
      const last = words[end] as Word;
      const prev = words[end - 1];
      if (isHead(last)) break;
      if (last.pos === 'ADJ' && !last.compound && prev && end - 1 >= start && prev.compound) break;
      end--;
    }
    while (start <= end && GENERIC.has((words[start] as Word).normal)) start++;
    while (end >= start && GENERIC.has((words[end] as Word).normal) && end > start) end--;
    if (end >= start && end - start < 5) {
      const span = words.slice(start, end + 1);
      if (span.some((w) => !GENERIC.has(w.normal)) && span.some((w) => w.value.length > 2)) out.push({ start, end });
    }
    i = j + 1;
  }
  return out;
}

/** The verb phrase that governs a chunk: "own the month-end close", "prepare variance analysis". */
function actionFor(words: ReadonlyArray<Word>, start: number, end: number): string | undefined {
  let k = start - 1;
  let skipped = 0;
  while (k >= 0 && skipped < 3) {
    const w = words[k] as Word;
    if (w.pos === 'VERB') {
      const before = words[k - 1];
      // "with grant accounting": a verb right after a preposition is a mis-tagged noun.
      if (WEAK_VERBS.has(w.lemma) || (before && ['ADP', 'DET', 'CCONJ'].includes(before.pos))) return undefined;
      // The verb in its base form, so it reads after "someone who can": "improving a slow close" → "improve …".
      const span = [
        {
          ...w,
          value: /^[A-Z][a-z]+$/.test(w.value) ? w.lemma : w.value.toLowerCase() === w.value ? w.lemma : w.value,
        },
        ...words.slice(k + 1, end + 1),
      ];
      const text = joinTokens(span);
      return k === firstWordIndex(words) ? lowerFirst(text) : text;
    }
    if (!['DET', 'PRON', 'NUM', 'ADJ'].includes(w.pos)) return undefined;
    k--;
    skipped++;
  }
  return undefined;
}

function firstWordIndex(words: ReadonlyArray<Word>): number {
  return words.findIndex((w) => w.type === 'word');
}

function lowerFirst(text: string): string {
  const first = text.split(/[\s-]/, 1)[0] ?? '';
  // Keep acronyms and names with inner capitals (CPA, NetSuite).
  if (/^[A-Z][a-z']*$/.test(first)) return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/**
 * The listing's key phrases, best first. Pure and deterministic; the language model is loaded on first use.
 */
export function extractKeyphrases(listing: string, limit = 12, options: ExtractOptions = {}): Keyphrase[] {
  const exclude = new Set((options.exclude ?? []).flatMap((s) => s.toLowerCase().split(/\s+/)).filter(Boolean));
  const capitalizedMidSentence = new Set<string>();
  const lines = listing
    .split(/\n+/)
    .map((l) => l.replace(/^\s*[-*•·]\s*/, '').trim())
    .filter((l) => l && !BENEFITS.test(l));
  const found = new Map<string, Keyphrase & { first: number }>();
  let order = 0;
  const spans: Array<{ words: Word[]; start: number; end: number; requirement: boolean }> = [];
  for (const line of lines) {
    const requirement = REQUIREMENT.test(line);
    for (const sentence of analyze(line)) {
      const words = mergeCompounds(sentence);
      for (const w of words) if (exclude.has(w.normal)) w.excluded = true;
      const first = firstWordIndex(words);
      words.forEach((w, i) => {
        if (i !== first && /^[A-Z]/.test(w.value)) capitalizedMidSentence.add(w.normal);
      });
      for (const { start, end } of chunks(words)) spans.push({ words, start, end, requirement });
    }
  }
  for (const { words, start, end, requirement } of spans) {
    const span = words.slice(start, end + 1);
    const content = span.filter((w) => !GENERIC.has(w.normal));
    if (content.every((w) => exclude.has(w.normal) || PEOPLE.has(w.normal))) continue;
    const key = content.map((w) => w.lemma).join(' ');
    let text = joinTokens(span);
    const head = span[0] as Word;
    if (start === firstWordIndex(words) && !capitalizedMidSentence.has(head.normal)) text = lowerFirst(text);
    const entry = found.get(key);
    if (entry) {
      entry.count++;
      entry.requirement ||= requirement;
      entry.action ??= actionFor(words, start, end);
      continue;
    }
    found.set(key, {
      text,
      score: 0,
      count: 1,
      terms: content.map((w) => w.stem),
      lemmas: content.map((w) => w.lemma),
      action: actionFor(words, start, end),
      requirement,
      first: order++,
    });
  }
  // A word that recurs across phrases ("close", "reconciliations") lifts every phrase that holds it.
  const termFreq = new Map<string, number>();
  for (const k of found.values()) for (const t of k.lemmas) termFreq.set(t, (termFreq.get(t) ?? 0) + k.count);
  const ranked = [...found.values()].map((k) => {
    const spread = k.lemmas.reduce((sum, t) => sum + (termFreq.get(t) ?? 1), 0) / k.lemmas.length;
    // A lone common noun ("finance", "partner") says little; a lone name or acronym (NetSuite, CPA) says a lot.
    const lone = k.terms.length === 1 && !/[A-Z]/.test(k.text.slice(1)) ? -2 : 0;
    const score =
      2 * k.count + spread + lone + (k.terms.length >= 2 ? 1 : 0) + (k.requirement ? 1.5 : 0) + (k.action ? 0.5 : 0);
    return { ...k, score: Math.round(score * 100) / 100 };
  });
  ranked.sort((a, b) => b.score - a.score || a.first - b.first);
  return ranked.slice(0, limit).map(({ first: _first, ...k }) => k);
}

export interface Terms {
  stems: Set<string>;
  lemmas: Set<string>;
}

/** Content-word stems and lemmas of a free text (an achievement, a topic). */
export function contentTerms(text: string): Terms {
  const stems = new Set<string>();
  const lemmas = new Set<string>();
  for (const sentence of analyze(text))
    for (const w of mergeCompounds(sentence)) {
      if (w.type !== 'word' || GENERIC.has(w.normal)) continue;
      if (!['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(w.pos) && !w.compound) continue;
      stems.add(w.stem);
      lemmas.add(w.lemma);
      // "month-end" also matches a plain "month end".
      if (w.compound) for (const part of w.stem.split('-')) if (part.length > 2) stems.add(part);
    }
  return { stems, lemmas };
}

/**
 * Content words a key phrase shares with a text, by lemma ("reconciliations" ~ "reconciliation") or by a long
 * stem ("automate" ~ "automating"); short stems conflate too much ("accountants" ≠ "accounts").
 */
export function sharedTerms(k: Keyphrase, terms: Terms): string[] {
  return k.terms.filter(
    (stem, i) =>
      terms.lemmas.has(k.lemmas[i] ?? '') || (stem.length >= 6 && !stem.startsWith('account') && terms.stems.has(stem)),
  );
}

/** Every key phrase × achievement pair sharing content words, best first. */
export function matchAchievements(keyphrases: ReadonlyArray<Keyphrase>, achievements: ReadonlyArray<string>): Match[] {
  const terms = achievements.map(contentTerms);
  const matches: Array<Match & { k: number }> = [];
  keyphrases.forEach((keyphrase, k) => {
    achievements.forEach((achievement, a) => {
      const shared = sharedTerms(keyphrase, terms[a] as Terms);
      // At least one word must match by lemma: a shared stem alone is too loose ("promotion" vs "promoted").
      if (!keyphrase.lemmas.some((l) => (terms[a] as Terms).lemmas.has(l))) return;
      const coverage = shared.length / keyphrase.terms.length;
      const score = keyphrase.score * coverage * (1 + 0.25 * (shared.length - 1));
      matches.push({ keyphrase, achievement, achievementIndex: a, shared, score: Math.round(score * 100) / 100, k });
    });
  });
  matches.sort((x, y) => y.score - x.score || x.k - y.k || x.achievementIndex - y.achievementIndex);
  return matches.map(({ k: _k, ...m }) => m);
}
