// Real mail servers for the channel tests, all on 127.0.0.1 and owned by the test process:
// - an SMTP server (npm smtp-server) with AUTH PLAIN/LOGIN that keeps every message it accepts;
// - Dovecot (Debian's dovecot-imapd) as a private, unprivileged instance with its own config, passwd-file and
//   maildir under a temp folder (written by scripts/services/dovecot.sh prepare), on a free port, no TLS, no
//   system services;
// - helpers to run the CLI (the built bin when the tests run from dist/, else the sources through tsx).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { ROOT } from './root.js';

// ---- SMTP ----------------------------------------------------------------------------------------------

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
  user?: string;
}

export interface SmtpTestServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Every message the server accepted, in order. */
  messages: ReceivedMail[];
  /** smtp://user:password@127.0.0.1:port */
  url(password?: string): string;
  /** While set, a message's data is read but the final reply is withheld until `releaseData()`. */
  holdData: boolean;
  /** Resolves when the next message's data has been fully received (before the reply). */
  nextData(): Promise<void>;
  releaseData(): void;
  /** Cuts every open connection without a word, as a network failure would. */
  dropConnections(): void;
  close(): Promise<void>;
}

export async function startSmtpServer(options: { user?: string; password?: string } = {}): Promise<SmtpTestServer> {
  const user = options.user ?? 'dana@example.test';
  const password = options.password ?? 'correct horse battery';
  const messages: ReceivedMail[] = [];
  let dataWaiters: Array<() => void> = [];
  let held: Array<() => void> = [];
  const state = { holdData: false };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const finish = () => {
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
            user: typeof session.user === 'string' ? session.user : undefined,
          });
          callback(null, 'OK: queued');
        };
        const waiters = dataWaiters;
        dataWaiters = [];
        for (const w of waiters) w();
        if (state.holdData) held.push(finish);
        else finish();
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = (server as unknown as { server: import('node:net').Server }).server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    messages,
    get holdData() {
      return state.holdData;
    },
    set holdData(value: boolean) {
      state.holdData = value;
    },
    url(pw = password) {
      return `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}`;
    },
    nextData() {
      return new Promise<void>((resolve) => dataWaiters.push(resolve));
    },
    releaseData() {
      const pending = held;
      held = [];
      for (const f of pending) f();
    },
    dropConnections() {
      const open = (server as unknown as { connections: Set<{ _socket?: { destroy(): void } }> }).connections;
      for (const c of open) c._socket?.destroy();
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- Dovecot -------------------------------------------------------------------------------------------

export const DOVECOT = '/usr/sbin/dovecot';

/** Why the IMAP tests cannot run here, or undefined when they can. In CI a missing Dovecot is a failure. */
export function dovecotMissing(): string | undefined {
  if (existsSync(DOVECOT)) return undefined;
  const why = 'Dovecot is not installed (apt-get install dovecot-imapd; scripts/install-test-deps.sh does it)';
  if (process.env.CI) throw new Error(why);
  return why;
}

export interface DovecotServer {
  host: string;
  port: number;
  user: string;
  password: string;
  dir: string;
  /** imap://user:password@127.0.0.1:port/INBOX */
  url(password?: string, mailbox?: string): string;
  /** Delivers a message into a mailbox (INBOX, Sent, …) with IMAP APPEND. */
  append(mailbox: string, raw: string | Buffer): Promise<void>;
  /** Empties every mailbox, for a fresh start between tests. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a private Dovecot on a free port; `close()` stops it and removes its folder. */
export async function startDovecot(options: { user?: string; password?: string } = {}): Promise<DovecotServer> {
  const user = options.user ?? 'dana@example.test';
  const password = options.password ?? 'imap secret 42';
  const dir = mkdtempSync(join(tmpdir(), 'ft-dovecot-'));
  const port = await freePort();
  // The config, passwd-file and maildir come from the script a developer uses by hand, so there is one of each.
  const confPath = execFileSync('bash', [join(ROOT, 'scripts', 'services', 'dovecot.sh'), 'prepare'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      FT_IMAP_DIR: dir,
      FT_IMAP_PORT: String(port),
      FT_IMAP_USER: user,
      FT_IMAP_PASSWORD: password,
    },
  }).trim();
  const child = spawn(DOVECOT, ['-F', '-c', confPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(port, 10_000, () => (child.exitCode !== null ? `dovecot exited: ${stderr.trim()}` : undefined));
  } catch (err) {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  const withClient = async (fn: (client: import('imapflow').ImapFlow) => Promise<void>) => {
    const { ImapFlow } = await import('imapflow');
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user, pass: password },
      logger: false,
    });
    client.on('error', () => {});
    await client.connect();
    try {
      await fn(client);
    } finally {
      await client.logout().catch(() => client.close());
    }
  };
  const server: DovecotServer = {
    host: '127.0.0.1',
    port,
    user,
    password,
    dir,
    url(pw = password, mailbox = 'INBOX') {
      return `imap://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${encodeURIComponent(mailbox)}`;
    },
    async append(mailbox, raw) {
      await withClient(async (client) => {
        await client.append(mailbox, typeof raw === 'string' ? Buffer.from(raw.replace(/\r?\n/g, '\r\n')) : raw);
      });
    },
    async reset() {
      await withClient(async (client) => {
        for (const box of await client.list()) {
          const lock = await client.getMailboxLock(box.path);
          try {
            if (client.mailbox && client.mailbox.exists > 0) await client.messageDelete('1:*');
          } finally {
            lock.release();
          }
        }
      });
    },
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

async function waitForPort(port: number, ms: number, failed: () => string | undefined): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const why = failed();
    if (why) throw new Error(why);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = netConnect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not listen on 127.0.0.1:${port} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- The CLI -------------------------------------------------------------------------------------------

/** The repository root (holds package.json), whether this file runs from test/ or dist/test/. */

const FROM_DIST = fileURLToPath(import.meta.url).includes(`${join('dist', 'test')}`);

/** `node bin/followthrough.js` after a build (the tests' normal run), else the sources through tsx. */
export function cliArgs(args: string[]): string[] {
  return FROM_DIST
    ? [join(ROOT, 'bin', 'followthrough.js'), ...args]
    : ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args];
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function spawnCli(args: string[], env: Record<string, string | undefined>): ChildProcess {
  return spawn(process.execPath, cliArgs(args), {
    cwd: ROOT,
    env: { ...cleanEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runCli(
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<CliResult> {
  const child = spawnCli(args, env);
  return collect(child, timeoutMs);
}

export function collect(child: ChildProcess, timeoutMs = 60_000): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Resolves with everything written to stderr so far once `pattern` shows up there. */
export function waitForStderr(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return waitForOutput(child, 'stderr', pattern, timeoutMs);
}

/** The same for stdout. */
export function waitForStdout(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return waitForOutput(child, 'stdout', pattern, timeoutMs);
}

function waitForOutput(
  child: ChildProcess,
  which: 'stdout' | 'stderr',
  pattern: RegExp,
  timeoutMs: number,
): Promise<string> {
  const stream = child[which];
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern} on ${which}; got: ${text}`)),
      timeoutMs,
    );
    const onData = (c: Buffer) => {
      text += c.toString();
      if (pattern.test(text)) {
        clearTimeout(timer);
        stream?.off('data', onData);
        resolve(text);
      }
    };
    stream?.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      if (!pattern.test(text)) reject(new Error(`exited before ${pattern} showed on ${which}: ${text}`));
    });
  });
}

/** The environment without the user's own Followthrough settings, so tests never touch their data. */
function cleanEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('FOLLOWTHROUGH_') || key === 'DATABASE_URL') delete env[key];
  return env;
}
