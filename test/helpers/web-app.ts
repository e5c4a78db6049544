// A web app over a fresh SQLite store in a temp folder, for app.request() tests: the same createApp the
// server uses, with a fixed launch secret, a pinned clock and its own config file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.js';
import { CSRF_HEADER, createGuard, type Guard, SESSION_COOKIE } from '../../src/server/security.js';
import { openStore, type Store } from '../../src/store/index.js';

export const PORT = 4178;
export const ORIGIN = `http://127.0.0.1:${PORT}`;

export interface WebApp {
  app: ReturnType<typeof createApp>;
  guard: Guard;
  store: Store;
  dir: string;
  env: Record<string, string>;
  /** The config file the app reads and the settings screen writes. */
  configFile: string;
  /** A request as the page makes it: our Host, the session cookie, and on writes the Origin and CSRF token. */
  call(path: string, init?: { method?: string; json?: unknown; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

export async function webApp(options: { now?: string; config?: unknown; webRoot?: string } = {}): Promise<WebApp> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-web-'));
  const env = { FOLLOWTHROUGH_CONFIG: join(dir, 'config.json'), XDG_CONFIG_HOME: dir };
  if (options.config) writeFileSync(env.FOLLOWTHROUGH_CONFIG, JSON.stringify(options.config));
  const store = await openStore({ path: join(dir, 'ft.db') });
  const guard = createGuard({ port: PORT, launchSecret: 'test-launch-secret-0123456789' });
  const now = options.now;
  const app = createApp({
    guard,
    store: () => store,
    env,
    clock: () => (now ? new Date(now) : new Date()),
    calendarToken: 'calendar-token-0123456789abcdef',
    webRoot: options.webRoot,
    log: () => {},
  });
  return {
    app,
    guard,
    store,
    dir,
    env,
    configFile: env.FOLLOWTHROUGH_CONFIG,
    call(path, init = {}) {
      const method = init.method ?? (init.json !== undefined ? 'POST' : 'GET');
      const headers: Record<string, string> = {
        host: `127.0.0.1:${PORT}`,
        cookie: `${SESSION_COOKIE}=${guard.session}`,
        ...(method !== 'GET' ? { origin: ORIGIN, [CSRF_HEADER]: guard.csrf } : {}),
        ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      };
      return Promise.resolve(
        app.request(`http://127.0.0.1:${PORT}${path}`, {
          method,
          headers,
          ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
        }),
      );
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The one-line error of a refused request. */
export async function errorOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: string }).error;
}
