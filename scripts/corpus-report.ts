// Lists the reviewer's misses and false alarms on the corpus's train and dev splits, with the words each
// finding points at, for tuning by hand. Never reads the test split.
//   npx tsx scripts/corpus-report.ts [train|dev] [--files=PREFIX] [--quiet]
// --files keeps only messages from files whose names start with PREFIX (e.g. a new batch, measured before any
// rule or model has been tuned on it); --ids=FILE keeps only the ids listed in FILE; --quiet prints only the
// figures.
import { readFileSync } from 'node:fs';
import { reviewMessage } from '../src/core/review/index.js';
import { loadSpeller } from '../src/review-node/speller.js';
import { loadMessages } from '../test/helpers/corpus.js';
import { corpusContext, scoreCorpus } from '../test/review/corpus-eval.js';

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--'));
const files = args.find((a) => a.startsWith('--files='))?.slice('--files='.length);
const quiet = args.includes('--quiet');
const idsFile = args.find((a) => a.startsWith('--ids='))?.slice('--ids='.length);
const ids = idsFile ? new Set(readFileSync(idsFile, 'utf8').split(/\s+/).filter(Boolean)) : undefined;
const log = (line: string) => quiet || console.log(line);
const messages = loadMessages().filter(
  (m) =>
    m.split !== 'test' &&
    (!only || m.split === only) &&
    (!files || m.file.startsWith(files)) &&
    (!ids || ids.has(m.id)),
);
const speller = loadSpeller();
const score = scoreCorpus(messages, (m) => {
  const { findings } = reviewMessage(m.text, corpusContext(m), { speller });
  const errors = findings.filter((f) => f.severity === 'error');
  const wrong = m.labels.length === 0 ? errors : [];
  for (const f of wrong) log(`FALSE ${m.id} ${f.rule}: "${m.text.slice(f.start, f.end)}"`);
  const missed = m.labels.filter((l) => !errors.some((f) => f.category === l));
  if (missed.length)
    log(`MISS ${m.id} [${missed.join(', ')}] spans: ${m.spans.map((s) => JSON.stringify(s)).join(' | ')}`);
  return findings;
});
for (const c of score.categories)
  console.log(`${c.category.padEnd(16)} recall ${c.caught}/${c.labelled}  precision ${c.correct}/${c.flagged}`);
console.log(`false alarms ${score.falseAlarms}/${score.good}`);
