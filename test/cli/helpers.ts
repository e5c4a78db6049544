// Runs the real built CLI (bin/followthrough.js → dist) in a child process with its own temp store and
// config file, the way a user runs it. Tests assume `npm run build` ran first.
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT } from '../helpers/root.js';

export { ROOT };

export const BIN = join(ROOT, 'bin', 'followthrough.js');

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Sandbox {
  dir: string;
  db: string;
  config: string;
  env: NodeJS.ProcessEnv;
  /** Runs `followthrough --db <temp> ...args`. */
  run(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv; noDb?: boolean }): Result;
  /** Starts the CLI without waiting (for the kill test). */
  start(args: string[]): ReturnType<typeof spawn>;
  write(name: string, content: string | object): string;
  exportDoc(): unknown;
  cleanup(): void;
}

export function sandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'ft-cli-'));
  const db = join(dir, 'store.db');
  const config = join(dir, 'config.json');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of [
    'FOLLOWTHROUGH_DB',
    'DATABASE_URL',
    'NO_COLOR',
    'FORCE_COLOR',
    'FOLLOWTHROUGH_DEBUG',
    'FOLLOWTHROUGH_NO_CACHE',
  ])
    delete env[key];
  Object.assign(env, {
    FOLLOWTHROUGH_CONFIG: config,
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'xdg-config'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    HOME: dir,
    TZ: 'America/Chicago',
  });
  const box: Sandbox = {
    dir,
    db,
    config,
    env,
    run(args, options = {}) {
      const r: SpawnSyncReturns<string> = spawnSync(
        process.execPath,
        [BIN, ...(options.noDb ? [] : ['--db', db]), ...args],
        {
          cwd: dir,
          env: { ...env, ...options.env },
          input: options.input ?? '',
          encoding: 'utf8',
          timeout: 60_000,
          // A large store exports more than the default 1 MiB.
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      if (r.error) throw r.error;
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    start(args) {
      return spawn(process.execPath, [BIN, '--db', db, ...args], { cwd: dir, env, stdio: 'ignore' });
    },
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return path;
    },
    exportDoc() {
      const r = box.run(['export']);
      if (r.status !== 0) throw new Error(`export failed: ${r.stderr}`);
      return JSON.parse(r.stdout);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return box;
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export const EXAMPLE = join(ROOT, 'examples', 'dana-reyes.json');
