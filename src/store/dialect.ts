// The only place that knows which database engine is behind the store: it builds the Kysely dialect and
// lists the few SQL differences (how to start a write transaction, how to declare an auto-numbered key).
// Everything else in src/store is shared by SQLite and PostgreSQL.
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import { FollowthroughError } from '../core/errors.js';
import type { StoreLocation } from './location.js';
import type { Tables } from './tables.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Connection {
  db: Kysely<Tables>;
  dialect: DialectName;
  /** Starts a write transaction. SQLite takes the write lock up front so two processes never deadlock. */
  begin: string;
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
    database = new Database(path, { timeout: 5000 });
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
    begin: 'begin immediate',
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
    begin: 'begin',
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
