// `npm run bench`: runs every bench/*.ts module's exported `bench*` functions (each returns the lines it
// wants printed) one after the other, so timings do not disturb each other.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Bench = () => Promise<string[]>;

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => /\.(js|ts)$/.test(f) && !/\.d\.ts$/.test(f) && !/^run\.(js|ts)$/.test(f))
  .sort();

let failed = false;
for (const file of files) {
  const module = (await import(pathToFileURL(`${here}/${file}`).href)) as Record<string, unknown>;
  for (const [name, fn] of Object.entries(module)) {
    if (!/^bench[A-Z]/.test(name) || typeof fn !== 'function') continue;
    if (filter.length && !filter.some((f) => name.toLowerCase().includes(f.toLowerCase()))) continue;
    console.log(`## ${name} (${file})`);
    try {
      for (const line of await (fn as Bench)()) console.log(line);
    } catch (err) {
      failed = true;
      console.log(`failed: ${(err as Error).stack ?? String(err)}`);
    }
    console.log();
  }
}
if (failed) process.exitCode = 1;
