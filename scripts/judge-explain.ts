// Prints the judge's reading of each sentence given on the command line: probability per category and the
// features that weighed most. For tuning by hand on sentences of one's own (never the test split).
//   npx tsx scripts/judge-explain.ts "Sentence one." "Sentence two."
import { readSentences } from '../src/core/review/judge/analyze.js';
import { messageFeatures } from '../src/core/review/judge/features.js';
import { gated, JUDGED, type JudgeModel, score } from '../src/core/review/judge/model.js';
import MODEL from '../src/core/review/judge/reviewer-model.json' with { type: 'json' };
import { prepare } from '../src/core/review/text.js';

const model = MODEL as JudgeModel;
for (const text of process.argv.slice(2)) {
  const prepared = prepare(text);
  const sentences = readSentences(prepared);
  const all = messageFeatures(prepared.norm, sentences);
  for (const [i, s] of sentences.entries()) {
    const features = all[i] ?? [];
    console.log(`${text.slice(s.start, s.end)}  (sentiment ${s.sentiment.toFixed(2)})`);
    for (const c of JUDGED) {
      const { probability, reasons } = score(model.categories[c], features);
      const open = gated(
        c,
        features.map((f) => f.name),
      );
      const top = reasons.slice(0, 6).map((r) => `${r.feature.name} ${r.weight.toFixed(2)}`);
      console.log(
        `  ${c} ${open ? probability.toFixed(2) : 'gated'} (threshold ${model.categories[c].threshold}): ${top.join(', ')}`,
      );
    }
  }
}
