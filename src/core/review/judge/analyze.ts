// Reads each sentence of a message with wink-nlp: its tokens (with parts of speech and offsets into the
// original text) and wink's sentiment score, which already weighs negation ("not happy") and intensity
// ("very happy"). The sentence judge builds its features from this.
import type { ItsFunction, PartOfSpeech } from 'wink-nlp';
import { nlp } from '../../keyphrases/nlp.js';
import type { PreparedText, Span } from '../text.js';

export interface JudgedToken extends Span {
  /** Lower-cased, typographic apostrophes straightened. */
  normal: string;
  pos: PartOfSpeech;
  /** Porter stem ("disappointing", "disappointed" -> "disappoint"): new wordings share their stems. */
  stem: string;
}

export interface SentenceReading extends Span {
  tokens: JudgedToken[];
  /** wink's sentiment, -1 to 1. */
  sentiment: number;
}

/** Every sentence of the body (not the subject line), read by wink. */
export function readSentences(text: PreparedText): SentenceReading[] {
  const w = nlp();
  const its = w.its;
  const out: SentenceReading[] = [];
  for (const s of text.sentences) {
    if (s.start < text.bodyStart) continue;
    const source = text.text.slice(s.start, s.end);
    if (!/[A-Za-z]/.test(source)) continue;
    // A line ending in a colon is a heading ("If they have not decided yet:"), not something said to them.
    if (/:\s*$/.test(source)) continue;
    const doc = w.readDoc(source);
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as PartOfSpeech[];
    // The typings declare stem with an extra `addons` parameter that wink passes itself.
    const stems = doc.tokens().out(its.stem as ItsFunction<string>) as string[];
    const tokens: JudgedToken[] = [];
    let cursor = 0;
    values.forEach((value, i) => {
      const at = source.indexOf(value, cursor);
      const start = at < 0 ? cursor : at;
      cursor = at < 0 ? cursor : at + value.length;
      tokens.push({
        start: s.start + start,
        end: s.start + start + value.length,
        normal: value.toLowerCase().replace(/\u2019/g, "'"),
        pos: pos[i] ?? 'X',
        stem: (stems[i] ?? value).toLowerCase(),
      });
    });
    out.push({ start: s.start, end: s.end, tokens, sentiment: Number(doc.out(its.sentiment)) || 0 });
  }
  return out;
}

const cache = new WeakMap<PreparedText, SentenceReading[]>();

/** Read once per prepared text: the judge's rules and the signals share the reading. */
export function readOnce(text: PreparedText): SentenceReading[] {
  let r = cache.get(text);
  if (!r) {
    r = readSentences(text);
    cache.set(text, r);
  }
  return r;
}

/** Mean sentence sentiment of the body's prose (greetings and sign-offs of one or two words left out). */
export function bodySentiment(text: PreparedText): number {
  const prose = readOnce(text).filter((s) => s.tokens.length > 3);
  if (!prose.length) return 0;
  return prose.reduce((n, s) => n + s.sentiment, 0) / prose.length;
}
