// Concurrent writes: writer processes running mixed use cases (add, log, edit, snooze, import; no mail) on
// one SQLite store through the application layer, with 1 and with 4 writers at once. Each write is a
// serialized transaction, so 4 writers cannot beat 1 by much: the target is that they do not collapse.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../src/app/transfer.js';
import { openStore } from '../src/store/index.js';
import { ACME_DOC } from '../test/helpers/documents.js';
import type { WriterReport } from '../test/helpers/writer.js';

const WRITER = fileURLToPath(new URL('../test/helpers/writer.js', import.meta.url));
const WRITES = Number(process.env.BENCH_WRITES ?? 60);
const NOW = '2026-04-08T09:30:00-05:00';
// A person writes a few times a minute; a sync or a second tab adds a few more. 20/s leaves ample room.
const TARGET_PER_SECOND = 20;

function writer(path: string, worker: number): Promise<WriterReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [WRITER, path, String(worker), String(WRITES), NOW, 'add,log,edit,snooze,import'],
      {
        env: { ...process.env, FOLLOWTHROUGH_NO_CACHE: '1', FOLLOWTHROUGH_CONFIG: '/nonexistent.json' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as WriterReport) : reject(new Error(`writer exited ${code}`)),
    );
  });
}

async function run(writers: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-writes-'));
  const path = join(dir, 'followthrough.db');
  try {
    const store = await openStore({ path });
    await importText(
      { store, env: {} },
      { text: JSON.stringify(ACME_DOC), mode: 'replace', source: 'bench', defaultZone: 'UTC' },
    );
    await store.close();
    const t = performance.now();
    await Promise.all(Array.from({ length: writers }, (_, w) => writer(path, w)));
    return (writers * WRITES) / ((performance.now() - t) / 1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchConcurrentWrites(): Promise<string[]> {
  const one = await run(1);
  const four = await run(4);
  const mark = (v: number) => (v >= TARGET_PER_SECOND ? 'ok' : 'MISSED');
  return [
    `writes per second, 1 writer (${WRITES} mixed use cases, process start included): ${one.toFixed(0)} (target >= ${TARGET_PER_SECOND}) ${mark(one)}`,
    `writes per second, 4 writers at once (${4 * WRITES} in all): ${four.toFixed(0)} (target >= ${TARGET_PER_SECOND}) ${mark(four)}`,
  ];
}
