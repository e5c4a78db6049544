// Lists the reviewer's misses and false alarms on the corpus's train and dev splits, with the words each
// finding points at, for tuning by hand. Never reads the test split.
//   npx tsx scripts/corpus-report.ts [train|dev]
import { reviewMessage } from '../src/core/review/index.js';
import { loadSpeller } from '../src/review-node/speller.js';
import { loadMessages } from '../test/helpers/corpus.js';
import { corpusContext, scoreCorpus } from '../test/review/corpus-eval.js';

const only = process.argv[2];
const messages = loadMessages().filter((m) => m.split !== 'test' && (!only || m.split === only));
const speller = loadSpeller();
const score = scoreCorpus(messages, (m) => {
  const { findings } = reviewMessage(m.text, corpusContext(m), { speller });
  const errors = findings.filter((f) => f.severity === 'error');
  const wrong = m.labels.length === 0 ? errors : [];
  for (const f of wrong) console.log(`FALSE ${m.id} ${f.rule}: "${m.text.slice(f.start, f.end)}"`);
  const missed = m.labels.filter((l) => !errors.some((f) => f.category === l));
  if (missed.length)
    console.log(`MISS ${m.id} [${missed.join(', ')}] spans: ${m.spans.map((s) => JSON.stringify(s)).join(' | ')}`);
  return findings;
});
for (const c of score.categories)
  console.log(`${c.category.padEnd(16)} recall ${c.caught}/${c.labelled}  precision ${c.correct}/${c.flagged}`);
console.log(`false alarms ${score.falseAlarms}/${score.good}`);
