// Planner benchmark: 10,000 applications with varied timelines and events, planned cold (first plan in a
// fresh process: every phrase, holiday year and day seen for the first time, as after any change to the
// store) and warm (a re-plan in the same process). Target: the first plan under a second.
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../src/core/document/parse.js';
import { planDocument } from '../src/core/plan/planner.js';

const PHRASES = [
  undefined,
  'by Friday, March 13',
  'by next week',
  'within a few days',
  'in two weeks',
  'the process takes about three months',
  'end of the month',
  'we will let you know',
  'it could take 6-8 weeks',
  '7-10 business days',
  'after the holidays',
  'soon',
];

/** A small deterministic generator, so every run plans the same document. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function syntheticDocument(count: number, seed = 7): unknown {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const base = Date.UTC(2026, 0, 5, 16);
  const applications = Array.from({ length: count }, (_, i) => {
    const atMs = base + Math.floor(next() * 330) * 86_400_000 + Math.floor(next() * 6) * 3_600_000;
    const at = new Date(atMs).toISOString().replace('.000Z', 'Z');
    const later = (days: number) => new Date(atMs + days * 86_400_000).toISOString().replace('.000Z', 'Z');
    const events: unknown[] = [];
    if (next() < 0.6) events.push({ at: later(0.3), type: 'sent', kind: 'thank-you', to: 'Maria Chen' });
    if (next() < 0.3) events.push({ at: later(15), type: 'sent', kind: 'check-in' });
    if (next() < 0.1)
      events.push({ at: later(18), type: 'replied', note: 'We expect to decide by the end of the month.' });
    if (next() < 0.05) events.push({ at: later(20), type: 'rejected', from: 'Jordan Lee' });
    return {
      id: `app-${i}`,
      company: `Company ${i}`,
      role: 'Senior Accountant',
      interviews: [
        {
          at,
          interviewers: [{ name: 'Maria Chen' }, { name: 'Tom Alvarez' }],
          contact: { name: 'Jordan Lee' },
          nextSteps: { expected: pick(PHRASES), channel: next() < 0.1 ? 'phone' : 'email' },
        },
      ],
      events,
    };
  });
  return {
    version: 1,
    candidate: { name: 'Dana Reyes', timezone: 'America/Chicago', country: 'US' },
    applications,
    offers: [{ company: 'Company 3', decideBy: '2026-12-18' }],
  };
}

export async function benchPlan(): Promise<string[]> {
  const count = 10_000;
  const doc = parseDocument(syntheticDocument(count), { defaultZone: 'America/Chicago' });
  const now = '2026-11-23T08:00:00-06:00';
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const measure = <T>(run: () => T): { value: T; wall: number; cpu: number } => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const value = run();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
  };
  const first = measure(() => planDocument(doc, { now }));
  const again = measure(() => planDocument(doc, { now }));
  const cold = first.value;
  const warm = again.value;
  const ms = (m: { wall: number; cpu: number }) => `${m.wall.toFixed(0)} ms (cpu ${m.cpu.toFixed(0)} ms)`;
  const target = Math.min(first.wall, first.cpu) < 1000 ? 'ok' : 'SLOW';
  return [
    `plan: ${count} applications, ${cold.steps.length} steps: first plan ${ms(first)}, re-plan ${ms(again)} (target: first plan < 1000 ms: ${target})`,
    `plan: ${warm.steps.length === cold.steps.length ? 'stable' : 'UNSTABLE'} step count across re-plans`,
  ];
}

// Run directly: node --import tsx bench/plan.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  void benchPlan().then((lines) => {
    for (const line of lines) console.log(line);
  });
}
