// Public entry of the store. `openStore()` picks SQLite (a file, the default) or PostgreSQL (a URL),
// brings the schema up to date and returns the same Store API for both.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FollowthroughError } from '../core/errors.js';
import { connect } from './dialect.js';
import { locationOf, resolveStoreLocation, type StoreLocation } from './location.js';
import { ensureSchema } from './migrations.js';
import { SqlStore, type Store } from './store.js';

export type { DialectName } from './dialect.js';
export {
  isPostgresUrl,
  type LocationInput,
  locationOf,
  redactUrl,
  resolveStoreLocation,
  type StoreLocation,
  storeLocation,
} from './location.js';
export type { ApplicationSummary, ImportMode, SnapshotInfo, Store } from './store.js';
export type { Tables } from './tables.js';

export interface OpenStoreOptions {
  /** A postgres:// or postgresql:// URL. */
  url?: string;
  /** A SQLite file (created with its folder if missing), or ':memory:'. */
  path?: string;
  /** Overrides `url`/`path`, e.g. the result of `resolveStoreLocation`. */
  location?: StoreLocation;
  /** The wall clock used for `updated_at`, `created_at` and snapshot times (tests pin it). */
  clock?: () => Date;
  /** How many snapshots `undo` can go back (default 20). */
  maxSnapshots?: number;
}

/**
 * Opens (creating if needed) the store at `location`, `url` or `path`; with none of them, the default
 * location from the environment (FOLLOWTHROUGH_DB, DATABASE_URL, XDG_DATA_HOME). Throws STORE errors.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const location = pickLocation(options);
  const connection = await connect(location);
  try {
    await ensureSchema(connection.db);
  } catch (err) {
    await connection.db.destroy().catch(() => {});
    if (err instanceof FollowthroughError) throw err;
    const message = ((err as Error)?.message ?? String(err)).split('\n', 1)[0];
    throw new FollowthroughError('STORE', `cannot prepare the store ${location.display}: ${message}`);
  }
  return SqlStore.create(connection, {
    display: location.display,
    clock: options.clock,
    maxSnapshots: options.maxSnapshots,
  });
}

function pickLocation(options: OpenStoreOptions): StoreLocation {
  if (options.location) return options.location;
  if (options.url) return locationOf(options.url);
  if (options.path) {
    if (options.path === ':memory:') return locationOf(options.path);
    const path = resolve(options.path);
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new FollowthroughError(
        'STORE',
        `cannot create the folder for the store ${path}: ${(err as Error).message}`,
      );
    }
    return locationOf(path);
  }
  return resolveStoreLocation({ env: process.env });
}
