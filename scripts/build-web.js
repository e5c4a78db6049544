#!/usr/bin/env node
// Builds the web page (src/web) with Vite into dist/web: hashed, code-split assets, one chunk per screen,
// and the spelling dictionary copied beside them for the page to fetch only when a draft is open.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../src/web', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

await build({
  root,
  base: '/',
  logLevel: 'warn',
  configFile: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The polyfill would be an inline script, which our Content-Security-Policy refuses.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});

const dictionary = fileURLToPath(new URL('../node_modules/dictionary-en/', import.meta.url));
mkdirSync(`${outDir}/dict`, { recursive: true });
for (const file of ['index.aff', 'index.dic']) copyFileSync(`${dictionary}${file}`, `${outDir}/dict/${file}`);
