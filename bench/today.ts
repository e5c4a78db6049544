// Start-up benchmark: the median cold wall time of `followthrough today` on a store with 1,000
// applications, next to `node -e 0` on the same machine. Target: at most 4x.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../src/core/document/parse.js';
import { openStore } from '../src/store/index.js';
import { ROOT } from '../test/helpers/root.js';
import { median } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const APPLICATIONS = 1000;

const TARGET = 4;

/**
 * 1,000 applications from the example, their interviews spread over the 60 days before `now`. The
 * benchmark runs `today` as a user does, at the real current time, so the data is placed around it.
 */
export function syntheticDocument(rootDir: string, now: number, count = APPLICATIONS): unknown {
  const example = JSON.parse(readFileSync(join(rootDir, 'examples', 'dana-reyes.json'), 'utf8'));
  const base = now;
  const applications = Array.from({ length: count }, (_, i) => {
    const template = example.applications[i % example.applications.length];
    const at = new Date(base - ((i * 37) % (60 * 24)) * 3_600_000).toISOString().replace('.000Z', 'Z');
    return {
      ...template,
      id: `app-${i}`,
      company: `${template.company} ${i}`,
      interviews: template.interviews.map((iv: object) => ({ ...iv, at })),
      events: [],
    };
  });
  return { ...example, applications };
}

function timeRun(args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export async function benchToday(): Promise<string[]> {
  const rootDir = ROOT;
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-'));
  try {
    const db = join(dir, 'store.db');
    const store = await openStore({ path: db });
    await store.importDocument(
      parseDocument(syntheticDocument(rootDir, Date.now()), { defaultZone: 'America/Chicago' }),
      {
        mode: 'replace',
      },
    );
    await store.close();

    const env = {
      ...process.env,
      FOLLOWTHROUGH_CONFIG: join(dir, 'config.json'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      NO_COLOR: '1',
    };
    const uncached = { ...env, FOLLOWTHROUGH_NO_CACHE: '1' };
    const bin = join(rootDir, 'bin', 'followthrough.js');
    const today = [bin, '--db', db, 'today'];
    // One warm-up each: fills the OS file cache and the plan cache, as after any change to the store
    // (the first `today` after a change plans afresh and caches the result; see src/app/plan-cache.ts).
    timeRun(['-e', '0'], env);
    timeRun(today, env);
    const base: number[] = [];
    const cli: number[] = [];
    const fresh: number[] = [];
    const runs = Math.max(7, RUNS);
    // Interleaved, so a burst of load on the machine hits every side alike.
    for (let i = 0; i < runs; i++) {
      base.push(timeRun(['-e', '0'], env));
      cli.push(timeRun(today, env));
      if (i < 3) fresh.push(timeRun(today, uncached));
    }
    const b = median(base);
    const c = median(cli);
    const ratio = c / b;
    return [
      `followthrough today, ${APPLICATIONS} applications: median ${c.toFixed(1)} ms over ${runs} cold runs`,
      `node -e 0:                               median ${b.toFixed(1)} ms`,
      `ratio ${ratio.toFixed(2)}x (target ≤ ${TARGET}x): ${ratio <= TARGET ? 'ok' : 'OVER TARGET'}`,
      `without the plan cache (first run after a change): median ${median(fresh).toFixed(1)} ms, ${(median(fresh) / b).toFixed(2)}x`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
