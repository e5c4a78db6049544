#!/usr/bin/env node
// Bundles the CLI (after `tsc`) into dist/cli/: one main file plus lazily loaded chunks, so a command
// loads a handful of files instead of the hundreds that kysely, zod and date-holidays are made of.
// Start-up time is a product requirement (see bench/today.ts). Packages that read their own data files
// at run time (fonts, dictionaries, language models) or load native code stay external and are imported
// from node_modules as usual. bin/followthrough.js falls back to dist/src when the bundle is missing
// or older than the tsc output.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Pure JavaScript, no data files read by path: safe and worthwhile to bundle.
const BUNDLED = new Set(['commander', 'kysely', 'zod', 'luxon', 'date-holidays', 'chrono-node']);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]
  .filter((name) => !BUNDLED.has(name))
  .concat(['pg-native']);

rmSync(new URL('../dist/cli', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __ftCreateRequire } from 'node:module';\nconst require = __ftCreateRequire(import.meta.url);",
  },
});
