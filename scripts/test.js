#!/usr/bin/env node
// Runs every compiled test file under dist/test with Node's own test runner, after starting the servers the
// store tests need (a throwaway PostgreSQL on 127.0.0.1, unless FT_TEST_DATABASE_URL is already set).
// Usage: node scripts/test.js [substring…]  (only files whose path contains one of the substrings)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.test.js') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = walk('dist/test')
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('test: no test files found under dist/test (run npm run build first)');
  process.exit(2);
}

const env = { ...process.env };
let startedPostgres = false;
if (!env.FT_TEST_DATABASE_URL) {
  const running = spawnSync('scripts/services/postgres.sh', ['status']).status === 0;
  const pg = spawnSync('scripts/services/postgres.sh', ['start'], { encoding: 'utf8' });
  if (pg.status === 0) {
    env.FT_TEST_DATABASE_URL = pg.stdout.trim();
    startedPostgres = !running;
    console.log(`# PostgreSQL for the store tests: ${env.FT_TEST_DATABASE_URL}`);
  } else if (env.CI) {
    console.error(`test: could not start PostgreSQL: ${pg.stderr.trim()}`);
    process.exit(1);
  } else {
    console.log(`# PostgreSQL not available, its store tests are skipped: ${pg.stderr.trim()}`);
  }
}

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
if (startedPostgres) spawnSync('scripts/services/postgres.sh', ['stop']);
process.exit(result.status ?? 1);
