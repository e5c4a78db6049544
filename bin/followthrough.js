#!/usr/bin/env node
// Runs the bundled CLI (dist/cli, made by `npm run build`), or the plain tsc output when the bundle is
// missing or older than it (e.g. after a bare `tsc`).
import { statSync } from 'node:fs';

const mtime = (path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
};
const bundled = mtime('../dist/cli/main.js');
await import(bundled >= 0 && bundled >= mtime('../dist/src/cli/main.js') ? '../dist/cli/main.js' : '../dist/src/cli/main.js');
