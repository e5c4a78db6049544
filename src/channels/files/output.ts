// Writing an `-o` file without harming what is already there. Every command that writes a file (export,
// export-eml, letter, calendar) comes through here:
// - `-` is stdout;
// - a regular file (or a new one) is replaced atomically: written beside it, flushed, then renamed over it,
//   keeping the old file's permissions, so a crash leaves the old file or the new one, never half of either;
// - a symlink is followed: its target is written by the same rules and the note says so (the link stays);
// - a special file (a FIFO, a terminal, /dev/null) is written in place, never replaced by a regular file;
//   a socket or a directory is refused.
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FollowthroughError } from '../../core/errors.js';

export interface WrittenOutput {
  /** What was done, for the command's note: `wrote out.json`, `wrote out.json (through the symlink …)`. */
  how: 'stdout' | 'created' | 'replaced' | 'in place';
  /** The file actually written (a symlink's target). */
  path: string;
  /** Set when `path` was reached through a symlink. */
  via?: string;
}

/** Writes `data` to `target` by the rules above; errors are one line naming `flag` and the path. */
export function writeOutput(target: string, data: string | Uint8Array, flag = '-o'): WrittenOutput {
  if (target === '-') {
    process.stdout.write(data);
    return { how: 'stdout', path: '-' };
  }
  const fail = (why: string): never => {
    throw new FollowthroughError('INVALID_ARGUMENT', `${flag}: cannot write ${target}: ${why}`);
  };
  let path = target;
  let via: string | undefined;
  let kind = statKind(path, false);
  if (kind === 'symlink') {
    try {
      path = realpathSync(target);
    } catch (err) {
      fail(`it is a symlink to a missing file (${code(err)}); not followed`);
    }
    via = target;
    kind = statKind(path, true);
  }
  const done = (how: WrittenOutput['how']): WrittenOutput => ({ how, path, ...(via && { via }) });
  try {
    if (kind === 'directory') fail('it is a folder');
    if (kind === 'socket') fail('it is a socket; special files are never replaced');
    if (kind === 'special') {
      writeInPlace(path, data);
      return done('in place');
    }
    replaceAtomically(path, data, kind === 'file');
    return done(kind === 'file' ? 'replaced' : 'created');
  } catch (err) {
    if (err instanceof FollowthroughError) throw err;
    return fail(code(err));
  }
}

/** "Wrote out.json", "Wrote out.json (through the symlink link.json)", for the command's note. */
export function describeOutput(written: WrittenOutput): string {
  const place = written.via ? `${written.path} (followed the symlink ${written.via})` : written.path;
  return written.how === 'in place' ? `${place}, a special file, written in place` : place;
}

type Kind = 'missing' | 'file' | 'symlink' | 'directory' | 'socket' | 'special';

function statKind(path: string, follow: boolean): Kind {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = follow ? statSync(path) : lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new FollowthroughError('INVALID_ARGUMENT', `-o: cannot write ${path}: ${code(err)}`);
  }
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isSocket()) return 'socket';
  return 'special';
}

function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

function writeInPlace(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, data);
  } finally {
    closeSync(fd);
  }
}

function replaceAtomically(path: string, data: string | Uint8Array, exists: boolean): void {
  const mode = exists ? statSync(path).mode & 0o7777 : 0o666;
  // 'wx': the temp name must be new, so nobody can have planted a symlink there.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'wx', mode);
  try {
    if (exists) fchmodSync(fd, mode);
    writeAll(fd, data);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String((err as Error).message ?? err);
}
