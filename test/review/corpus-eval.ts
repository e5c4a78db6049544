// Scores the reviewer on the labelled corpus (test/helpers/corpus.ts): recall and precision per category,
// counting a message as caught when the review has an error in that category, and false alarms as good
// messages with any error. The benchmark, the regression test and the training script share it.
import { contextFromSketch, type Finding, type ReviewContext } from '../../src/core/review/index.js';
import type { CorpusMessage } from '../helpers/corpus.js';

export interface CategoryScore {
  category: string;
  /** Labelled messages caught / labelled messages. */
  caught: number;
  labelled: number;
  /** Messages flagged in this category / of which were labelled with it. */
  flagged: number;
  correct: number;
}

export interface CorpusScore {
  messages: number;
  good: number;
  falseAlarms: number;
  categories: CategoryScore[];
  /** One line per miss or false alarm, for reading (never printed for the test split's texts). */
  problems: string[];
}

export function corpusContext(m: CorpusMessage): ReviewContext {
  return { ...contextFromSketch({ ...(m.context ?? {}), kind: m.kind }), kind: m.kind };
}

export function scoreCorpus(
  messages: ReadonlyArray<CorpusMessage>,
  errorsOf: (m: CorpusMessage) => Finding[],
): CorpusScore {
  const byCategory = new Map<string, CategoryScore>();
  const entry = (category: string) => {
    let e = byCategory.get(category);
    if (!e) {
      e = { category, caught: 0, labelled: 0, flagged: 0, correct: 0 };
      byCategory.set(category, e);
    }
    return e;
  };
  let good = 0;
  let falseAlarms = 0;
  const problems: string[] = [];
  for (const m of messages) {
    const errors = errorsOf(m).filter((f) => f.severity === 'error');
    const flagged = new Set(errors.map((f) => f.category));
    if (m.labels.length === 0) {
      good++;
      if (errors.length) {
        falseAlarms++;
        problems.push(`false alarm ${m.id}: ${errors.map((f) => f.rule).join(', ')}`);
      }
    }
    for (const label of m.labels) {
      const e = entry(label);
      e.labelled++;
      if (flagged.has(label)) e.caught++;
      else problems.push(`missed ${label} in ${m.id}`);
    }
    for (const category of flagged) {
      const e = entry(category);
      e.flagged++;
      if ((m.labels as string[]).includes(category)) e.correct++;
    }
  }
  const categories = [...byCategory.values()].sort((a, b) => a.category.localeCompare(b.category));
  return { messages: messages.length, good, falseAlarms, categories, problems };
}
