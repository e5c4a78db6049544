// A rule is data: what it flags, how bad it is, the words to say, how to match, and examples that must pass
// and fail (the test suite runs every rule's examples). Tone rules are phrase patterns (see pattern.ts);
// contextual rules are check functions over the prepared text and the resolved context.
import type { ResolvedContext } from './context.js';
import type { ContextSketch } from './sketch.js';
import type { PreparedText } from './text.js';
import type { Category, ReviewKind, Severity } from './types.js';

/** An example message; with a sketch when the rule needs context (recipient, company, kind…). */
export type Example = string | { text: string; context: ContextSketch };

export interface Hit {
  start: number;
  end: number;
  /** Overrides the rule's message for this finding (e.g. naming the expected recipient). */
  message?: string;
  suggestions?: string[];
}

interface RuleBase {
  /** Stable id, `category.name`. */
  id: string;
  category: Category;
  severity: Severity;
  /** What is wrong and how to fix it, one sentence. */
  message: string;
  suggestions?: string[];
  /** Only for these kinds of message; all kinds when absent. */
  kinds?: ReviewKind[];
  examples: { pass: Example[]; fail: Example[] };
}

/**
 * A phrase pattern, or one with excuses of its own: a sentence that matches one of them spares this pattern only,
 * not the rule's other patterns ("so young to be leading … and it's inspiring" spares that one).
 */
export type Phrase = string | { match: string; unless: string[] };

/** The pattern of a phrase. */
export function phraseOf(phrase: Phrase): string {
  return typeof phrase === 'string' ? phrase : phrase.match;
}

/** Every pattern a rule holds: its phrases, their own excuses and the rule's. */
export function patternsOf(rule: PatternRule): string[] {
  return [
    ...rule.patterns.flatMap((p) => (typeof p === 'string' ? [p] : [p.match, ...p.unless])),
    ...(rule.unless ?? []),
    ...(rule.unlessAnywhere ?? []),
  ];
}

export interface PatternRule extends RuleBase {
  /** Phrase patterns matched within each sentence. */
  patterns: Phrase[];
  /** A sentence matching any of these is left alone (e.g. a competing offer's deadline). */
  unless?: string[];
  /** How many sentences either side `unless` also looks at ("I have another offer. Could you reply soon?"). */
  unlessReach?: number;
  /** A message matching any of these anywhere is left alone (an offer told in one paragraph, its deadline in the next). */
  unlessAnywhere?: string[];
  /** Words inside quotation marks are someone else's ("you called it \"hell week\""): leave them alone. */
  skipQuoted?: boolean;
}

export interface CheckRule extends RuleBase {
  check(text: PreparedText, context: ResolvedContext): Hit[];
}

export type Rule = PatternRule | CheckRule;

export function isPatternRule(rule: Rule): rule is PatternRule {
  return 'patterns' in rule;
}
