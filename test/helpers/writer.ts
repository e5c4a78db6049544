// One concurrent writer for the concurrency test and the write benchmark: a separate process that runs
// mixed use cases (add, log, edit, snooze, send, import) through the application layer on a shared store
// and prints, as one JSON line, what it wrote so the parent can check every write is there.
// Usage: node writer.js TARGET WORKER COUNT NOW [ops]   (TARGET: a SQLite path or a postgres:// URL)
import { addInterview, editPerson, logEvent } from '../../src/app/applications.js';
import { send } from '../../src/app/mail.js';
import { snoozeStep } from '../../src/app/steps.js';
import { importText } from '../../src/app/transfer.js';
import { FollowthroughError } from '../../src/core/errors.js';
import { openStore } from '../../src/store/index.js';

export const OPS = ['add', 'log', 'edit', 'snooze', 'send', 'import'] as const;
export type Op = (typeof OPS)[number];

export interface WriterReport {
  worker: number;
  notes: string[];
  interviews: string[];
  topics: string[];
  snoozed: string[];
  sent: string[];
  imported: string[];
  /** One-line errors that were allowed (retryable BUSY); anything else fails the worker. */
  retryable: string[];
  ms: number;
}

const [target = '', workerText = '0', countText = '50', now = '', opsText = OPS.join(',')] = process.argv.slice(2);
const worker = Number(workerText);
const ops = opsText.split(',') as Op[];
const store = await openStore(target.startsWith('postgres') ? { url: target } : { path: target });
const deps = { store, env: process.env, clock: () => now };
const report: WriterReport = {
  worker,
  notes: [],
  interviews: [],
  topics: [],
  snoozed: [],
  sent: [],
  imported: [],
  retryable: [],
  ms: 0,
};
const thankYous: string[] = [];
const started = performance.now();
const nowMs = Date.parse(now);
try {
  for (let i = 0; i < Number(countText); i++) {
    const op = ops[i % ops.length] as Op;
    const tag = `w${worker}-${i}`;
    try {
      if (op === 'add') {
        // Distinct moments an hour or more before `now`: each is a new interview with two people.
        const at = new Date(nowMs - (worker * 1000 + i + 60) * 60_000).toISOString();
        const r = await addInterview(deps, {
          id: 'acme',
          interview: {
            at,
            interviewers: [
              { name: `Pat ${tag}`, email: `pat.${tag}@acme.example`, topics: [] },
              { name: `Lee ${tag}`, email: `lee.${tag}@acme.example`, topics: [] },
            ],
          },
        });
        report.interviews.push(at);
        for (const p of r.interview.interviewers) thankYous.push(`acme/thank-you/${r.interview.id}/${p.id}`);
      } else if (op === 'log') {
        await logEvent(deps, { id: 'acme', event: { at: now, type: 'replied', from: 'Jordan Lee', note: tag } });
        report.notes.push(tag);
      } else if (op === 'edit') {
        await editPerson(deps, { id: 'acme', interview: '1', person: 'Maria Chen', addTopics: [tag] });
        report.topics.push(tag);
      } else if (op === 'snooze') {
        const step = thankYous.shift();
        if (step) {
          await snoozeStep(deps, { step, until: new Date(nowMs + 5 * 86_400_000).toISOString().slice(0, 10) });
          report.snoozed.push(step);
        }
      } else if (op === 'send') {
        const step = thankYous.shift();
        if (step) {
          const r = await send(deps, { step, now, early: true });
          if (r.status === 'sent') report.sent.push(step);
        }
      } else {
        const id = `imp-${tag}`;
        const doc = {
          version: 1,
          candidate: { name: 'Dana Reyes', email: 'dana@example.test', timezone: 'America/Chicago' },
          applications: [{ id, company: `Imported ${tag}`, role: 'Analyst' }],
        };
        await importText(deps, { text: JSON.stringify(doc), mode: 'merge', source: tag, defaultZone: 'UTC' });
        report.imported.push(id);
      }
    } catch (err) {
      if (err instanceof FollowthroughError && err.code === 'BUSY') report.retryable.push(err.message);
      else throw err;
    }
  }
  report.ms = performance.now() - started;
  process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  await store.close();
}
