// The real `followthrough serve` for browser tests: the built CLI on a free port over a temp store and
// config, with the launch URL read from what it prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './root.js';
import { runCli } from './servers.js';

export interface ServeProcess {
  url: string;
  origin: string;
  dir: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startServe(
  options: { config?: unknown; env?: Record<string, string>; now?: string; importFile?: string } = {},
): Promise<ServeProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-serve-'));
  const env = {
    FOLLOWTHROUGH_DB: join(dir, 'ft.db'),
    FOLLOWTHROUGH_CONFIG: join(dir, 'config.json'),
    XDG_CONFIG_HOME: dir,
    ...options.env,
  };
  writeFileSync(env.FOLLOWTHROUGH_CONFIG, JSON.stringify(options.config ?? {}));
  if (options.importFile) {
    const imported = await runCli(['import', options.importFile], env);
    if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'bin/followthrough.js'),
      'serve',
      '--no-open',
      '--port',
      '0',
      ...(options.now ? ['--now', options.now] : []),
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 15_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(stderr);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}: ${stderr}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dir,
    env,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
