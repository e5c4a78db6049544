// Schema migrations, listed in code (not read from a folder) so they survive bundling. Kysely runs them
// in name order; add new ones with a higher number and never edit one that has shipped.
// Other store modules (e.g. the email outbox) register theirs here with one line.
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { autoIdType, dialectOf } from './dialect.js';
import { emailMigration } from './outbox.js';
import type { Tables } from './tables.js';

const core: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('candidate')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('applications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('company', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('applications_position').on('applications').column('position').execute();
    await db.schema
      .createTable('events')
      .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('kind', 'text')
      .addColumn('to', 'text')
      .addColumn('from', 'text')
      .addColumn('note', 'text')
      .addColumn('message_id', 'text')
      .addColumn('extra', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('events_pk', ['application_id', 'seq'])
      .execute();
    // Replies are matched to sent mail by Message-ID.
    await db.schema.createIndex('events_message_id').on('events').column('message_id').execute();
    await db.schema
      .createTable('offers')
      .addColumn('position', 'integer', (c) => c.primaryKey())
      .addColumn('company', 'text', (c) => c.notNull().unique())
      .addColumn('decide_by', 'text', (c) => c.notNull())
      .addColumn('extra', 'text')
      .execute();
    await db.schema
      .createTable('snapshots')
      .addColumn('id', autoIdType(db), (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .execute();
  },
};

/** Snapshots remember the revision their write produced, so undo can see later writes it would lose. */
const snapshotRevisions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('snapshots').addColumn('revision', 'integer').execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '0001-core': core,
  '0002-email': emailMigration,
  '0003-snapshot-revisions': snapshotRevisions,
};

/** Name of the newest migration: what `meta.schema_version` holds once the store is up to date. */
export function latestMigration(): string {
  return Object.keys(MIGRATIONS).sort().at(-1) as string;
}

/**
 * Brings the schema up to date. When it already is, this costs one indexed read of `meta`, so opening
 * the store for `followthrough today` stays cheap.
 */
export async function ensureSchema(db: Kysely<Tables>): Promise<void> {
  const latest = latestMigration();
  // Several processes may open a new store at once (the first run of two commands): the loser of a race
  // finds the schema made by the winner, or retries on a half-made one.
  for (let attempt = 1; ; attempt++) {
    const current = await readSchemaVersion(db);
    if (current === latest) return;
    if (current !== undefined && current > latest)
      throw new Error(`its schema (${current}) is newer than this version of Followthrough knows; upgrade it`);
    try {
      await (dialectOf(db as unknown as Kysely<unknown>) === 'sqlite'
        ? migrateSqlite(db, latest)
        : migrate(db, latest));
      return;
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** SQLite's DDL is not run in a transaction by Kysely: hold the write lock ourselves so one process migrates. */
async function migrateSqlite(db: Kysely<Tables>, latest: string): Promise<void> {
  await sql`begin immediate`.execute(db);
  try {
    if ((await readSchemaVersion(db)) !== latest) await migrate(db, latest);
    await sql`commit`.execute(db);
  } catch (err) {
    await sql`rollback`.execute(db).catch(() => {});
    throw err;
  }
}

async function migrate(db: Kysely<Tables>, latest: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'ft_migration',
    migrationLockTableName: 'ft_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  await db
    .insertInto('meta')
    .values({ key: 'schema_version', value: latest })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: latest }))
    .execute();
}

async function readSchemaVersion(db: Kysely<Tables>): Promise<string | undefined> {
  try {
    const row = await db.selectFrom('meta').select('value').where('key', '=', 'schema_version').executeTakeFirst();
    return row?.value;
  } catch {
    return undefined; // a new, empty database: no meta table yet
  }
}
