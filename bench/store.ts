// Store benchmark: importing 1,000 applications, then opening the store and loading the whole document
// (what `followthrough today` does on every run), on a SQLite file in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../src/core/document/parse.js';
import { openStore } from '../src/store/index.js';
import { median } from './measure.js';

const APPLICATIONS = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function document(count: number) {
  return parseDocument(
    {
      version: 1,
      candidate: { name: 'Bench Candidate', timezone: 'America/Chicago' },
      applications: Array.from({ length: count }, (_, i) => ({
        id: `app-${i}`,
        company: `Company ${i}`,
        role: 'Analyst',
        listing: 'A listing of a few hundred characters. '.repeat(10),
        interviews: [
          {
            at: '2026-02-02T09:00:00-06:00',
            interviewers: [{ name: `Interviewer ${i}`, topics: ['budgets', 'close process'] }],
            nextSteps: { expected: 'by next week' },
          },
        ],
        events: [
          { at: '2026-02-02T17:00:00-06:00', type: 'sent', kind: 'thank-you', to: `Interviewer ${i}` },
          { at: '2026-02-10T10:00:00-06:00', type: 'replied', from: `Interviewer ${i}` },
        ],
      })),
    },
    { defaultZone: 'America/Chicago' },
  );
}

export async function benchStore(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-store-'));
  const path = join(dir, 'followthrough.db');
  try {
    const doc = document(APPLICATIONS);
    let t = performance.now();
    const store = await openStore({ path });
    const create = performance.now() - t;
    t = performance.now();
    await store.importDocument(doc, { mode: 'replace', label: 'bench import' });
    const importMs = performance.now() - t;
    await store.close();

    const open: number[] = [];
    const load: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      const s = await openStore({ path });
      open.push(performance.now() - t);
      t = performance.now();
      await s.getDocument();
      load.push(performance.now() - t);
      await s.close();
    }
    return [
      `create + migrate a new SQLite store: ${create.toFixed(1)} ms`,
      `import ${APPLICATIONS} applications (one transaction): ${importMs.toFixed(1)} ms`,
      `open an up-to-date store (median of ${RUNS}): ${median(open).toFixed(2)} ms`,
      `load the whole document of ${APPLICATIONS} applications (median of ${RUNS}): ${median(load).toFixed(1)} ms`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
