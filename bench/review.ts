// Reviewer benchmark: precision and recall per category and false alarms on the corpus's test split
// (test/fixtures/corpus, never tuned on), the same over the old labelled set (test/fixtures/messages), the warm
// review time of a 300-word note, and the cold wall time of `followthrough review FILE` (needs `npm run build`
// first: it spawns bin/followthrough.js). Test-split misses are counted, never printed, so nobody tunes on them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewMessage } from '../src/core/review/index.js';
import { loadSpeller } from '../src/review-node/speller.js';
import { loadMessages } from '../test/helpers/corpus.js';
import { ROOT } from '../test/helpers/root.js';
import { corpusContext, scoreCorpus } from '../test/review/corpus-eval.js';
import { contextOf, loadLabelled } from '../test/review/labelled.js';
import { median } from './measure.js';

const RECALL_TARGET = 0.95;
/** The acceptance on the corpus test split: recall per category, and errors on good messages. */
const CORPUS_RECALL_TARGET = 0.9;
const CORPUS_FALSE_ALARM_TARGET = 0.02;
const WARM_TARGET_MS = 30;
const COLD_TARGET_MS = 800;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A plausible 300-word follow-up (no errors), built from sentences a real note would hold. */
export function note300(): string {
  const sentences = [
    'Thank you again for taking the time to talk with me about the Senior Accountant role.',
    'I enjoyed hearing how the team plans to shorten the month-end close as the new distribution centers open.',
    'At Fabrikam I automated the bank reconciliations and cut our close from ten days to six.',
    'I also led the NetSuite migration for a forty-person finance team, two weeks ahead of schedule.',
    'Your point about explaining freight cost swings to warehouse managers stayed with me.',
    'I built a variance dashboard that our CFO used in every quarterly board review.',
    'I would be glad to share an example if it would help the team.',
  ];
  const body: string[] = [];
  let words = 0;
  for (let i = 0; words < 290; i++) {
    const s = sentences[i % sentences.length] as string;
    body.push(s);
    words += s.split(/\s+/).length;
  }
  return `Subject: Thank you\n\nDear Maria,\n\n${body.join(' ')}\n\nI remain very interested in the role.\n\nBest regards,\nDana Reyes\n`;
}

/** Precision and recall per category on one split of the corpus, and the false-alarm rate on its good messages. */
export function corpusLines(split: 'train' | 'dev' | 'test'): string[] {
  const speller = loadSpeller();
  const messages = loadMessages().filter((m) => m.split === split);
  const score = scoreCorpus(messages, (m) => reviewMessage(m.text, corpusContext(m), { speller }).findings);
  const lines = [`corpus ${split} split: ${score.messages} messages (${score.good} good)`];
  for (const c of score.categories) {
    if (!c.labelled) continue;
    const recall = c.caught / c.labelled;
    const precision = c.flagged ? c.correct / c.flagged : 1;
    lines.push(
      `  ${c.category.padEnd(16)} recall ${pct(recall).padStart(6)} (${c.caught}/${c.labelled})  precision ${pct(precision).padStart(6)} (${c.correct}/${c.flagged})  ${recall >= CORPUS_RECALL_TARGET ? 'ok' : 'UNDER TARGET'} (recall >= ${pct(CORPUS_RECALL_TARGET)})`,
    );
  }
  const rate = score.good ? score.falseAlarms / score.good : 0;
  lines.push(
    `  false alarms: an error on ${pct(rate)} of good messages (${score.falseAlarms}/${score.good}), ${(rate * 30).toFixed(2)} per 30 good  ${rate <= CORPUS_FALSE_ALARM_TARGET ? 'ok' : 'OVER TARGET'} (<= ${pct(CORPUS_FALSE_ALARM_TARGET)})`,
  );
  return lines;
}

export async function benchReview(): Promise<string[]> {
  const lines: string[] = [...corpusLines('test')];
  const speller = loadSpeller();
  const messages = loadLabelled();

  // Recall and false alarms.
  const perCategory = new Map<string, { hit: number; total: number }>();
  let goodTotal = 0;
  let falseAlarms = 0;
  const misses: string[] = [];
  for (const m of messages) {
    const errors = reviewMessage(m.text, contextOf(m), { speller }).findings.filter((f) => f.severity === 'error');
    if (m.good) {
      goodTotal++;
      if (errors.length) {
        falseAlarms++;
        misses.push(`false alarm ${m.id}: ${errors.map((f) => f.rule).join(', ')}`);
      }
      continue;
    }
    for (const category of m.expect?.errors ?? []) {
      const entry = perCategory.get(category) ?? { hit: 0, total: 0 };
      entry.total++;
      if (errors.some((f) => f.category === category)) entry.hit++;
      else misses.push(`missed ${category} in ${m.id}`);
      perCategory.set(category, entry);
    }
  }
  lines.push(`old labelled set (test/fixtures/messages): ${messages.length} messages (${goodTotal} good)`);
  for (const [category, { hit, total }] of [...perCategory].sort()) {
    const recall = hit / total;
    lines.push(
      `recall ${category.padEnd(12)} ${pct(recall).padStart(6)} (${hit}/${total})  ${recall >= RECALL_TARGET ? 'ok' : 'UNDER TARGET'}`,
    );
  }
  const falseRate = goodTotal ? falseAlarms / goodTotal : 0;
  lines.push(
    `false alarms on good messages: ${pct(falseRate)} (${falseAlarms}/${goodTotal})  ${falseAlarms === 0 ? 'ok' : 'OVER TARGET'}`,
  );
  lines.push(...misses.map((m) => `  ${m}`));

  // Warm review time of a 300-word note, with its document context and the speller.
  const text = note300();
  const context = contextOf({
    id: 'bench',
    text,
    kind: 'thank-you',
    context: { document: 'realistic', application: 'acme', to: 'Maria Chen' },
  });
  for (let i = 0; i < 20; i++) reviewMessage(text, context, { speller });
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    reviewMessage(text, context, { speller });
    times.push(performance.now() - t0);
  }
  const warm = median(times);
  const words = reviewMessage(text, context, { speller }).stats.words;
  lines.push(
    `warm review, ${words}-word note: median ${warm.toFixed(2)} ms over ${times.length} runs (target < ${WARM_TARGET_MS} ms): ${warm < WARM_TARGET_MS ? 'ok' : 'OVER TARGET'}`,
  );

  // Cold CLI wall time.
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-review-'));
  try {
    const file = join(dir, 'note.txt');
    writeFileSync(file, text);
    const bin = join(ROOT, 'bin/followthrough.js');
    const cold: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [bin, 'review', file], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      cold.push(performance.now() - t0);
      if (r.status !== 0 && r.status !== 1) throw new Error(`followthrough review failed: ${r.stderr}`);
    }
    const c = median(cold);
    lines.push(
      `cold \`followthrough review FILE\`: median ${c.toFixed(0)} ms over ${cold.length} runs (target < ${COLD_TARGET_MS} ms): ${c < COLD_TARGET_MS ? 'ok' : 'OVER TARGET'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
