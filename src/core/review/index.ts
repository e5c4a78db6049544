// The message reviewer: runs every rule over a message and returns findings sorted by position, plus stats.
// Pure (no I/O, no clock): it runs in Node and in a browser; spelling needs a Speller passed in `deps`.
import { FollowthroughError } from '../errors.js';
import { type ResolvedContext, resolveContext } from './context.js';
import { bodySentiment } from './judge/analyze.js';
import { JUDGE_RULE_IDS } from './judge/judge.js';
import { matchAll, test } from './pattern.js';
import { type Hit, isPatternRule, type PatternRule, phraseOf, type Rule } from './rule.js';
import { countQuestions, readingGrade } from './rules/form.js';
import { RULES } from './rules/index.js';
import { mergeHits } from './rules/pushiness.js';
import { computeSignals } from './signals.js';
import { type PreparedText, prepare } from './text.js';
import type { Finding, ReviewContext, ReviewDeps, ReviewKind, ReviewResult } from './types.js';

export type { Example, Rule } from './rule.js';
export type { Signal, SignalId } from './signals.js';
export { type ContextSketch, contextFromSketch } from './sketch.js';
export * from './types.js';
export { RULES };

/** A follow-up is a few hundred words; past this the text is refused, so a review never takes long. */
export const MAX_REVIEW_TEXT = 20_000;

export function reviewMessage(text: string, context: ReviewContext = {}, deps: ReviewDeps = {}): ReviewResult {
  if (text.length > MAX_REVIEW_TEXT)
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `text: ${text.length} characters is more than a message to review (at most ${MAX_REVIEW_TEXT})`,
    );
  const prepared = prepare(text);
  const resolved = resolveContext({ ...context, kind: context.kind ?? inferKind(prepared) }, deps.speller);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.kinds && (!resolved.kind || !rule.kinds.includes(resolved.kind))) continue;
    const hits = isPatternRule(rule) ? matchRule(rule, prepared) : rule.check(prepared, resolved);
    for (const h of hits) findings.push(toFinding(rule, h));
  }
  const kept = dropOverlapping(dropRedundant(findings, prepared));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const stats = {
    words: prepared.bodyWords.length,
    questions: countQuestions(prepared),
    readingGrade: readingGrade(prepared),
  };
  const signals = computeSignals(prepared, { ...stats, sentiment: bodySentiment(prepared), kind: resolved.kind });
  return { findings: kept, stats, signals };
}

/** Runs one rule alone (the examples test uses it to check each rule in isolation). */
export function runRule(rule: Rule, text: string, context: ReviewContext = {}, deps: ReviewDeps = {}): Finding[] {
  const prepared = prepare(text);
  const resolved: ResolvedContext = resolveContext(
    { ...context, kind: context.kind ?? inferKind(prepared) },
    deps.speller,
  );
  if (rule.kinds && (!resolved.kind || !rule.kinds.includes(resolved.kind))) return [];
  const hits = isPatternRule(rule) ? matchRule(rule, prepared) : rule.check(prepared, resolved);
  return hits.map((h) => toFinding(rule, h));
}

/** The judge's finding adds nothing where a phrase rule already flagged the same sentence for the same thing. */
function dropRedundant(findings: Finding[], text: PreparedText): Finding[] {
  const sentenceOf = (offset: number) => text.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const named = new Set(
    findings.filter((f) => !JUDGE_RULE_IDS.has(f.rule)).map((f) => `${f.category}@${sentenceOf(f.start)}`),
  );
  return findings.filter((f) => !JUDGE_RULE_IDS.has(f.rule) || !named.has(`${f.category}@${sentenceOf(f.start)}`));
}

/**
 * Two negativity phrase rules over the same words say one thing twice ("looked like a dump" is both a dig at the
 * workplace and a rough word): keep the one that reads more of the sentence. Other categories keep both, since
 * their advice differs (a deadline of your own and an order), and so do rules that read the whole note.
 */
const PHRASE_RULE_IDS = new Set(RULES.filter(isPatternRule).map((r) => r.id));

function dropOverlapping(findings: Finding[]): Finding[] {
  const merged = (f: Finding) => f.category === 'negativity' && PHRASE_RULE_IDS.has(f.rule);
  const longerFirst = findings.filter(merged).sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Finding[] = [];
  for (const f of longerFirst)
    if (!kept.some((k) => k.severity === f.severity && k.start < f.end && f.start < k.end)) kept.push(f);
  return findings.filter((f) => !merged(f) || kept.includes(f));
}

function matchRule(rule: PatternRule, text: PreparedText): Hit[] {
  const hits: Hit[] = [];
  const reach = rule.unlessReach ?? 0;
  if (rule.unlessAnywhere?.some((p) => test(text.norm, p, text.bodyStart, text.norm.length))) return hits;
  text.sentences.forEach((s, i) => {
    const from = text.sentences[Math.max(0, i - reach)] ?? s;
    const to = text.sentences[Math.min(text.sentences.length - 1, i + reach)] ?? s;
    if (rule.unless?.some((p) => test(text.norm, p, from.start, to.end))) return;
    const quoted = rule.skipQuoted ? quotations(text.norm, s.start, s.end) : [];
    for (const phrase of rule.patterns) {
      if (typeof phrase !== 'string' && phrase.unless.some((p) => test(text.norm, p, s.start, s.end))) continue;
      for (const [start, end] of matchAll(text.norm, phraseOf(phrase), s.start, s.end))
        if (!quoted.some((q) => start >= q.start && end <= q.end)) hits.push({ start, end });
    }
  });
  return mergeHits(hits);
}

/**
 * Phrases of two words or more in double quotes within a sentence (the normalized text has straight quotes only):
 * someone else's words. One word in quotes is a scare quote ("a \"shambles\""), and an inch mark is no quote.
 */
function quotations(norm: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out = [];
  for (const m of norm.slice(from, to).matchAll(/(?<![\w"])"([^"\n]*\s[^"\n]*)"(?![\w])/g))
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

function toFinding(rule: Rule, hit: Hit): Finding {
  const finding: Finding = {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: hit.message ?? rule.message,
    start: hit.start,
    end: hit.end,
  };
  const suggestions = hit.suggestions ?? rule.suggestions;
  if (suggestions?.length) finding.suggestions = [...suggestions];
  return finding;
}

/** Without a kind, a subject line that thanks them marks a thank-you note. */
function inferKind(text: PreparedText): ReviewKind | undefined {
  if (text.subject && /\bthank/.test(text.norm.slice(text.subject.start, text.subject.end))) return 'thank-you';
  return undefined;
}
