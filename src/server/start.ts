// `followthrough serve`: opens the store, binds 127.0.0.1 (unless told otherwise), prints and opens the
// launch URL. The launch secret lives only in this process; the calendar token is kept beside the config
// file so a calendar subscription survives restarts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import type { Env } from '../config/read.js';
import { configPath } from '../config/read.js';
import { FollowthroughError } from '../core/errors.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { createGuard } from './security.js';

export interface StartOptions {
  store: Store;
  port: number;
  host: string;
  open: boolean;
  env: Env;
  clock?: () => Date;
  log: (line: string) => void;
}

/** The folder of the built page: dist/web beside the code (tsc output or bundle), found by walking up. */
export function findWebRoot(from = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'web'), join(dir, 'dist', 'web')])
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export function calendarToken(env: Env): string {
  const file = join(dirname(configPath(env)), 'calendar-token');
  try {
    const token = readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{20,}$/.test(token)) return token;
  } catch {
    // none yet
  }
  const token = randomBytes(18).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => {}); // no browser opener: the printed URL is enough
  child.unref();
}

export async function startServer(options: StartOptions): Promise<{ url: string; close(): Promise<void> }> {
  const launchSecret = randomBytes(24).toString('base64url');
  const webRoot = findWebRoot();
  if (!webRoot) options.log('serve: the page is not built (run npm run build); only the API answers');
  // Bind first: the guard's Host allow-list needs the port, which is chosen by the system for --port 0.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new FollowthroughError(
          'INVALID_ARGUMENT',
          err.code === 'EADDRINUSE'
            ? `--port: ${options.port} is already in use; try another, or --port 0 for any free one`
            : `--host: cannot listen on ${options.host}:${options.port}: ${err.code ?? err.message}`,
        ),
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const guard = createGuard({ port, host: options.host, launchSecret });
  const app = createApp({
    guard,
    store: () => options.store,
    env: options.env,
    clock: options.clock ?? (() => new Date()),
    webRoot,
    calendarToken: calendarToken(options.env),
    log: options.log,
  });
  server.on('request', getRequestListener(app.fetch));
  const shown = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/?launch=${launchSecret}`;
  if (options.open) openBrowser(url);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
