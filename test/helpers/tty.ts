// Drives the real CLI under a pseudo-terminal, the way a person at a keyboard meets its prompts. The terminal
// comes from util-linux `script` (no npm package): `script -qfec CMD /dev/null` runs CMD on a fresh pty, copies
// what we write to its stdin onto the pty, and the pty's output (stdout and stderr together) to its stdout.
// `-e` returns CMD's exit status. When our end of stdin closes, `script` types Ctrl-D into the pty.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ROOT } from './root.js';
import { cliArgs } from './servers.js';

/** The `script` binary on PATH, or undefined. */
export function findScript(): string | undefined {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(delimiter)) {
    const path = join(dir, 'script');
    if (dir && existsSync(path)) return path;
  }
  return undefined;
}

/**
 * A reason to skip the terminal tests, or undefined to run them. Under CI=true a missing `script` is never a
 * reason to skip: the tests run and fail, since util-linux is part of every Debian system.
 */
export function ttySkipReason(): string | undefined {
  if (findScript() && spawnSync(findScript() as string, ['--version']).status === 0) return undefined;
  return process.env.CI ? undefined : 'util-linux `script` is not installed (apt-get install util-linux)';
}

/** Removes terminal control sequences and carriage returns, leaving the text a person reads. */
export function plain(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences on purpose
      .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: OSC and two-character escapes
      .replace(/\u001b\][^\u0007]*\u0007|\u001b[=>()][0-9A-Za-z]?/g, '')
      .replace(/\r/g, '')
  );
}

export interface TtyExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Everything the terminal showed, control sequences removed. */
  output: string;
}

export interface TtySession {
  /** Everything shown so far (plain text). */
  readonly output: string;
  /**
   * Waits until `pattern` appears in the output after the point the previous `expect` matched, and resolves
   * with the text from that point up to the end of the match. Fails with what was shown on timeout or exit.
   */
  expect(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Types `line` and Enter. */
  send(line: string): void;
  /** Types raw keys, e.g. '\u0004' (Ctrl-D) or '\u0003' (Ctrl-C). */
  type(keys: string): void;
  /** Closes our end of the terminal's input: `script` types Ctrl-D (end of input). */
  end(): void;
  /** Waits for the command to finish (kills it after `timeoutMs`). */
  exit(timeoutMs?: number): Promise<TtyExit>;
  /** Stops the session now (for cleanup after a failed assertion). */
  kill(): void;
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Starts `followthrough ...args` (the built CLI, or the sources through tsx) on a pseudo-terminal. */
export function spawnTtyCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): TtySession {
  return spawnTty([process.execPath, ...cliArgs(args)], options);
}

/** Starts any command on a pseudo-terminal. */
export function spawnTty(argv: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): TtySession {
  const script = findScript();
  if (!script)
    throw new Error('util-linux `script` is not installed: the terminal tests need it (apt-get install util-linux)');
  const child: ChildProcess = spawn(script, ['-qfec', argv.map(quote).join(' '), '/dev/null'], {
    cwd: options.cwd ?? ROOT,
    // A known terminal type, whatever the test runner's own terminal is (or isn't).
    env: { ...(options.env ?? process.env), TERM: 'xterm' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let raw = '';
  let cursor = 0;
  let finished: TtyExit | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
    notify();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
    notify();
  });
  // Writing after the command exited is not the test's concern: the assertions on the output catch it.
  child.stdin?.on('error', () => {});
  const done = new Promise<TtyExit>((resolve) => {
    child.once('close', (code, signal) => {
      finished = { code, signal, output: plain(raw) };
      resolve(finished);
      notify();
    });
  });

  const session: TtySession = {
    get output() {
      return plain(raw);
    },
    expect(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const text = plain(raw);
          const rest = text.slice(cursor);
          let end = -1;
          if (typeof pattern === 'string') {
            const at = rest.indexOf(pattern);
            if (at >= 0) end = at + pattern.length;
          } else {
            const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(rest);
            if (m) end = m.index + m[0].length;
          }
          if (end >= 0) {
            stop();
            cursor += end;
            resolve(rest.slice(0, end));
          } else if (finished) {
            stop();
            reject(
              new Error(`the command exited (${finished.code}) before showing ${String(pattern)}; it showed:\n${rest}`),
            );
          }
        };
        const timer = setTimeout(() => {
          stop();
          reject(
            new Error(
              `timed out after ${timeoutMs} ms waiting for ${String(pattern)}; it showed:\n${plain(raw).slice(cursor)}`,
            ),
          );
        }, timeoutMs);
        const stop = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    send(line) {
      // Enter on a keyboard is a carriage return.
      child.stdin?.write(`${line}\r`);
    },
    type(keys) {
      child.stdin?.write(keys);
    },
    end() {
      child.stdin?.end();
    },
    async exit(timeoutMs = 20_000) {
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await done;
      } finally {
        clearTimeout(timer);
      }
    },
    kill() {
      if (!finished) child.kill('SIGKILL');
    },
  };
  return session;
}
