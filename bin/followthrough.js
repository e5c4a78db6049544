#!/usr/bin/env node
// The CLI as bundled by `npm run build` (tsc, then scripts/bundle.js): one file and a few lazily loaded chunks
// start much faster than the hundreds of modules behind them.
import '../dist/cli/main.js';
