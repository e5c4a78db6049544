// Where the store lives. `storeLocation` is pure (the caller passes env and home); `resolveStoreLocation`
// adds the two bits of I/O: the current directory for relative paths and creating the data folder.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { FollowthroughError } from '../core/errors.js';

export type StoreLocation =
  | { kind: 'sqlite'; path: string; display: string }
  | { kind: 'postgres'; url: string; display: string };

export interface LocationInput {
  /** `--db PATH` (or a postgres:// URL). */
  db?: string;
  env: Record<string, string | undefined>;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function isPostgresUrl(value: string): boolean {
  return POSTGRES_URL.test(value);
}

/** The URL with its password replaced, safe for error messages and `--verbose` output. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    // Not parseable: drop anything between "//" and "@", where a password would be.
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/** Builds a location from a path or URL, as given by the user. */
export function locationOf(target: string): StoreLocation {
  if (isPostgresUrl(target)) return { kind: 'postgres', url: target, display: redactUrl(target) };
  return { kind: 'sqlite', path: target, display: target };
}

/**
 * `--db` first, then FOLLOWTHROUGH_DB, then DATABASE_URL when it is a PostgreSQL URL, else
 * `$XDG_DATA_HOME/followthrough/followthrough.db` (default `~/.local/share/...`). Pure.
 */
export function storeLocation(input: LocationInput & { home: string }): StoreLocation {
  const { db, env, home } = input;
  if (db !== undefined && db.trim() === '') throw new FollowthroughError('INVALID_ARGUMENT', '--db: empty path');
  const explicit = db ?? (env.FOLLOWTHROUGH_DB?.trim() || undefined);
  if (explicit) return locationOf(explicit);
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && isPostgresUrl(databaseUrl)) return locationOf(databaseUrl);
  const dataHome = env.XDG_DATA_HOME?.trim() || `${home.replace(/\/+$/, '')}/.local/share`;
  return locationOf(`${dataHome}/followthrough/followthrough.db`);
}

/** `storeLocation` for this process: relative paths resolved against the current folder, folder created. */
export function resolveStoreLocation(input: LocationInput): StoreLocation {
  const location = storeLocation({ ...input, home: input.env.HOME || homedir() });
  if (location.kind === 'postgres' || location.path === ':memory:') return location;
  const path = resolve(location.path);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw new FollowthroughError('STORE', `cannot create the folder for the store ${path}: ${reason(err)}`);
  }
  return { kind: 'sqlite', path, display: path };
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ?? e.message ?? String(err);
}
