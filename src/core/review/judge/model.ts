// The judge's model: one logistic regression per category over the sentence features (features.ts), trained
// by scripts/train-reviewer.ts on the corpus's train split and shipped as reviewer-model.json. Scoring is a
// sum of weights, so a finding can say which words weighed most.
import type { Feature } from './features.js';

export const JUDGED = ['desperation', 'negativity', 'pushiness'] as const;
export type JudgedCategory = (typeof JUDGED)[number];

export interface CategoryModel {
  bias: number;
  /** Probability at or above which a sentence is flagged (chosen on the dev split). */
  threshold: number;
  weights: Record<string, number>;
}

export interface JudgeModel {
  version: 1;
  /** What it was trained on and how, for the record. */
  trainedOn: string;
  categories: Record<JudgedCategory, CategoryModel>;
}

/**
 * A sentence is judged for desperation only when it carries a sign of it (a plea, hardship, a negative word about
 * oneself), which keeps plain sentences about work from adding up to a verdict by length. Negativity and
 * pushiness judge every sentence: understated digs ("I'm sure the tea bushes will be impressed") carry no
 * negative word, and judging every sentence caught 38 of 87 negative messages by three writers it was never
 * trained on against 28 with a gate, with one false alarm fewer (docs/REVIEWER.md).
 */
export const GATES: Record<JudgedCategory, RegExp> = {
  negativity: /./,
  pushiness: /./,
  desperation: /^(act:(plea|hardship):|pol:[a-z-]+&self$|sent:(neg|vneg)&self$)/,
};

/** An apology for one's own doing is polite; it is judged for negativity only with a complaint's or insult's cue. */
const APOLOGY_GATE = /^act:(complaint|insult|sarcasm|accusation|threat):/;

export function gated(category: JudgedCategory, names: ReadonlyArray<string>): boolean {
  if (category === 'negativity' && names.includes('apology&self')) return names.some((n) => APOLOGY_GATE.test(n));
  if (category === 'pushiness' && names.includes('competing-offer')) return false;
  return names.some((n) => GATES[category].test(n));
}

export interface Score {
  probability: number;
  /** Each distinct feature that added weight, with its weight, largest first. */
  reasons: Array<{ feature: Feature; weight: number }>;
}

/** Distinct features by name (the model is over presence, not counts); the first span of each is kept. */
export function distinct(features: ReadonlyArray<Feature>): Feature[] {
  const seen = new Set<string>();
  return features.filter((f) => !seen.has(f.name) && seen.add(f.name));
}

export function score(model: CategoryModel, features: ReadonlyArray<Feature>): Score {
  let z = model.bias;
  const reasons: Score['reasons'] = [];
  for (const f of features) {
    const w = model.weights[f.name];
    if (w === undefined) continue;
    const v = w * (f.value ?? 1);
    z += v;
    if (v > 0) reasons.push({ feature: f, weight: v });
  }
  reasons.sort((a, b) => b.weight - a.weight);
  return { probability: 1 / (1 + Math.exp(-z)), reasons };
}
