// Hostile-input benchmark (issue 10): how long a refusal or the work takes on the largest inputs a user can
// give. Targets: a 1 MB field refused in under a second; a document with every field at its limit drafted,
// reviewed and typeset in under a second each; a review of the longest text accepted in under a second.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { typesetLetter } from '../src/channels/letter/render.js';
import { composeStepDraft } from '../src/core/compose/index.js';
import { parseDocument } from '../src/core/document/parse.js';
import { LIMITS } from '../src/core/document/schema.js';
import { planDocument } from '../src/core/plan/planner.js';
import { MAX_REVIEW_TEXT, reviewMessage } from '../src/core/review/index.js';
import { loadSpeller } from '../src/review-node/speller.js';
import { ROOT } from '../test/helpers/root.js';

const TARGET_MS = 1000;
const NOW = '2026-11-18T09:00:00-06:00';

const example = () => JSON.parse(readFileSync(join(ROOT, 'examples', 'dana-reyes.json'), 'utf8'));

function time<T>(fn: () => T): { ms: number; value?: T; error?: Error } {
  const started = performance.now();
  try {
    const value = fn();
    return { ms: performance.now() - started, value };
  } catch (err) {
    return { ms: performance.now() - started, error: err as Error };
  }
}

const verdict = (ms: number) => `${ms.toFixed(1)} ms (target < ${TARGET_MS} ms: ${ms < TARGET_MS ? 'ok' : 'MISSED'})`;

/** Every text field at its limit, in one long word (the worst case for wrapping and stemming). */
function atLimits(): unknown {
  const long = (n: number) => 'x'.repeat(n);
  const doc = example();
  doc.candidate.name = long(LIMITS.name);
  doc.candidate.signature = long(LIMITS.signature);
  doc.candidate.address = long(LIMITS.address);
  doc.candidate.achievements = Array.from({ length: 20 }, () => long(LIMITS.item));
  for (const app of doc.applications) {
    app.company = long(LIMITS.name);
    app.role = long(LIMITS.name);
    app.listing = long(LIMITS.listing);
    for (const interview of app.interviews)
      for (const person of interview.interviewers) {
        person.name = long(LIMITS.name);
        person.topics = Array.from({ length: 20 }, () => long(LIMITS.item));
      }
  }
  return doc;
}

export async function benchHostile(): Promise<string[]> {
  const lines: string[] = [];
  const mb = 'x'.repeat(1_000_000);
  for (const [field, set] of [
    ['candidate.name', (d: ReturnType<typeof example>) => (d.candidate.name = mb)],
    ['applications[0].listing', (d: ReturnType<typeof example>) => (d.applications[0].listing = mb)],
  ] as const) {
    const doc = example();
    set(doc);
    const r = time(() => parseDocument(doc, { defaultZone: 'UTC' }));
    lines.push(`1 MB ${field}: ${r.error ? 'refused' : 'ACCEPTED'} in ${verdict(r.ms)}`);
  }

  const doc = parseDocument(atLimits(), { defaultZone: 'America/Chicago' });
  const plan = planDocument(doc, { now: NOW });
  const step = plan.steps.find((s) => s.kind === 'thank-you' && s.application === 'acme');
  if (!step) throw new Error('no thank-you step in the example');
  const speller = loadSpeller();
  const draft = time(() => composeStepDraft(doc, step, NOW, 'email'));
  lines.push(`draft, every field at its limit: ${verdict(draft.ms)}`);
  const text = draft.value ? `Subject: ${draft.value.subject}\n\n${draft.value.body}` : '';
  const review = time(() => reviewMessage(text, { kind: 'thank-you' }, { speller }));
  lines.push(`review of that draft (${text.length} characters): ${verdict(review.ms)}`);
  const letter = composeStepDraft(doc, step, NOW, 'mail').letter;
  if (letter) {
    const started = performance.now();
    const outcome = await typesetLetter(letter, { pageSize: 'LETTER' }).then(
      () => 'typeset',
      () => 'refused (more than a page)',
    );
    lines.push(`letter, every field at its limit: ${outcome} in ${verdict(performance.now() - started)}`);
  }
  const word = `Subject: Thanks\n\nDear Maria,\n\n${'x'.repeat(MAX_REVIEW_TEXT - 100)}\n\nBest,\nDana`;
  const longest = time(() => reviewMessage(word, {}, { speller }));
  lines.push(
    `review of the longest text accepted, one ${MAX_REVIEW_TEXT - 100}-character word: ${verdict(longest.ms)}`,
  );
  return lines;
}
