// `npm run bench`: runs every bench/*.ts module's exported `bench*` functions (each returns the lines it
// wants printed) one after the other, so timings do not disturb each other.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Bench = () => Promise<string[]>;

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => /\.(js|ts)$/.test(f) && !/\.d\.ts$/.test(f) && !/^run\.(js|ts)$/.test(f))
  .sort();

// Each file runs in a child process of its own: one bench's heap (the reviewer's model, the corpus) must not
// slow the next one's timings through garbage collection.
const only = process.env.FT_BENCH_FILE;
if (!only) {
  let failed = false;
  for (const file of files) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...filter], {
      stdio: 'inherit',
      env: { ...process.env, FT_BENCH_FILE: file },
    });
    if (child.status !== 0) failed = true;
  }
  if (failed) process.exitCode = 1;
} else {
  let failed = false;
  const module = (await import(pathToFileURL(`${here}/${only}`).href)) as Record<string, unknown>;
  for (const [name, fn] of Object.entries(module)) {
    if (!/^bench[A-Z]/.test(name) || typeof fn !== 'function') continue;
    if (filter.length && !filter.some((f) => name.toLowerCase().includes(f.toLowerCase()))) continue;
    console.log(`## ${name} (${only})`);
    try {
      for (const line of await (fn as Bench)()) console.log(line);
    } catch (err) {
      failed = true;
      console.log(`failed: ${(err as Error).stack ?? String(err)}`);
    }
    console.log();
  }
  if (failed) process.exitCode = 1;
}
