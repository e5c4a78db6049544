// The only place that knows which database engine is behind the store: it builds the Kysely dialect and
// lists the few SQL differences (how to start a write transaction, how to declare an auto-numbered key).
// Everything else in src/store is shared by SQLite and PostgreSQL.
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import { FollowthroughError } from '../core/errors.js';
import type { StoreLocation } from './location.js';
import type { Tables } from './tables.js';

export type DialectName = 'sqlite' | 'postgres';

/** How long a write waits for another writer before giving up with a retryable BUSY error. */
export const BUSY_TIMEOUT_MS = 15_000;
/** The advisory lock key that serializes Followthrough's writers on PostgreSQL ("ftw1" in ASCII). */
const WRITER_LOCK_KEY = 0x66747731;

/** A database error that means "another writer holds the lock; try again", on either engine. */
export function isBusyError(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  if (!e) return false;
  // SQLite: SQLITE_BUSY(_*) and SQLITE_LOCKED; PostgreSQL: lock_not_available, serialization, deadlock.
  if (typeof e.code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(e.code)) return true;
  if (e.code === '55P03' || e.code === '40001' || e.code === '40P01') return true;
  return /database is locked|lock timeout/i.test(e.message ?? '');
}

export interface Connection {
  db: Kysely<Tables>;
  dialect: DialectName;
  /**
   * Starts a write transaction, one statement each. Writers are serialized: SQLite takes the write lock up
   * front (BEGIN IMMEDIATE), PostgreSQL a transaction-level advisory lock on the store, so a use case that
   * reads, decides and writes inside one transaction never loses another's write.
   */
  begin: string[];
  /** Starts a read-only transaction: several SELECTs then see one consistent state. */
  beginRead: string;
}

export async function connect(location: StoreLocation): Promise<Connection> {
  return location.kind === 'postgres' ? connectPostgres(location.url, location.display) : connectSqlite(location.path);
}

async function connectSqlite(path: string): Promise<Connection> {
  // Loaded here, not at the top, so a PostgreSQL user never loads the native module (and vice versa).
  const { default: Database } = await import('better-sqlite3');
  let database: import('better-sqlite3').Database;
  try {
    // A writer waits this long for another's lock before the store reports itself busy (retryable).
    database = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    // WAL: readers never block the writer, and a killed process leaves the last commit intact.
    // NORMAL is durable against process crashes; only a power cut may lose the latest commit.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
  } catch (err) {
    throw new FollowthroughError('STORE', `cannot open the store ${path}: ${(err as Error).message}`);
  }
  return {
    db: new Kysely<Tables>({ dialect: new SqliteDialect({ database }) }),
    dialect: 'sqlite',
    begin: ['begin immediate'],
    beginRead: 'begin',
  };
}

async function connectPostgres(url: string, display: string): Promise<Connection> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the CLI; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await db.destroy().catch(() => {});
    throw new FollowthroughError('STORE', `cannot open the store ${display}: ${(err as Error).message}`);
  }
  return {
    db,
    dialect: 'postgres',
    begin: [
      'begin',
      `set local lock_timeout = '${BUSY_TIMEOUT_MS}ms'`,
      // One key for the whole store: every writer of this database waits its turn, like SQLite's lock.
      `select pg_advisory_xact_lock(${WRITER_LOCK_KEY})`,
    ],
    beginRead: 'begin transaction isolation level repeatable read read only',
  };
}

/** Which engine a Kysely instance talks to; migrations use it for the few DDL differences. */
export function dialectOf(db: Kysely<unknown>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Column type of an auto-numbered integer primary key. */
export function autoIdType(db: Kysely<unknown>): 'serial' | 'integer' {
  return dialectOf(db) === 'postgres' ? 'serial' : 'integer';
}
