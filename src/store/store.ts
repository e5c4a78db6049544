// The store: the user's document kept in SQLite or PostgreSQL through one Kysely code path.
// Every write runs in one transaction. Writes a person makes (init, add, debrief, log, import) first save a
// snapshot of the whole document in that same transaction, which `undo()` restores. Every transaction that
// changes the document also bumps a revision number in `meta`; a snapshot remembers the revision its write
// produced, so undo can tell when later writes without a snapshot of their own (events recorded by send
// and sync) would be lost with it, and refuses unless forced.
import { type Kysely, sql } from 'kysely';
import type { AppEvent, Application, Candidate, Document, Offer } from '../core/document/schema.js';
import { EXIT, FollowthroughError } from '../core/errors.js';
import { BUSY_TIMEOUT_MS, type Connection, type DialectName, isBusyError } from './dialect.js';
import {
  applicationFromRow,
  applicationRow,
  candidateFromRow,
  candidateRow,
  eventFromRow,
  eventRow,
  offerFromRow,
  offerRow,
} from './rows.js';
import type { Tables } from './tables.js';

export type ImportMode = 'merge' | 'replace';

export interface ApplicationSummary {
  id: string;
  company: string;
  role: string;
  status: Application['status'];
  updatedAt: string;
}

export interface SnapshotInfo {
  label: string;
  takenAt: string;
}

export interface UndoOptions {
  /** Undo even when later changes without a snapshot (a reply sync recorded, a send) would be lost too. */
  force?: boolean;
}

export interface Store {
  /** Where the store is, for messages (a PostgreSQL password is masked). */
  readonly display: string;
  readonly dialect: DialectName;
  /** The whole document, applications and events in order; undefined until a candidate is saved (`init`). */
  getDocument(): Promise<Document | undefined>;
  getCandidate(): Promise<Candidate | undefined>;
  /** Creates or replaces the candidate profile (takes a snapshot). */
  saveCandidate(candidate: Candidate, options?: { label?: string }): Promise<void>;
  /** Id, company, role, status and last change of every application, in document order. Cheap. */
  listApplications(): Promise<ApplicationSummary[]>;
  getApplication(id: string): Promise<Application | undefined>;
  /** Adds the application, or replaces the stored one with the same id (events included). Takes a snapshot. */
  putApplication(app: Application, options?: { label?: string }): Promise<void>;
  /**
   * Rewrites the application's own row (company, role, status, interviews, listing, choices) and leaves its
   * events alone, so an edit never races a send or a sync that appends one. With a label, takes a snapshot.
   */
  updateApplication(app: Application, options?: { label?: string }): Promise<void>;
  /** Removes an application and its events (takes a snapshot). Returns false when there was none. */
  deleteApplication(id: string, options?: { label?: string }): Promise<boolean>;
  /** Appends an event to an application's history. */
  /** With a label, takes a snapshot first: an event a person logs can be undone on its own. */
  addEvent(applicationId: string, event: AppEvent, options?: { label?: string }): Promise<void>;
  /** Adds a competing offer, or updates the deadline of the offer from the same company. */
  addOffer(offer: Offer): Promise<void>;
  /**
   * merge: the candidate is replaced, applications are upserted by id (an imported one replaces the stored
   * one with its events; new ones go last), offers are upserted by company. replace: the store becomes `doc`.
   */
  importDocument(doc: Document, options: { mode: ImportMode; label?: string }): Promise<void>;
  /** Newest first. */
  listSnapshots(): Promise<SnapshotInfo[]>;
  /**
   * Restores the state before the last write that took a snapshot and forgets that snapshot; returns its
   * label. Refuses (CONFLICT) when later writes without a snapshot would be lost too, unless `force`.
   */
  undo(options?: UndoOptions): Promise<string | undefined>;
  /**
   * Runs `fn` in one transaction: everything it does through the store it is given commits or rolls back
   * together. Use only that store inside `fn` (the outer one would wait for the transaction on SQLite).
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /**
   * For store modules under src/store (e.g. the email outbox): runs `fn` in a write transaction (or the
   * current one) and turns database failures into STORE errors.
   */
  write<T>(what: string, fn: (db: Kysely<Tables>) => Promise<T>): Promise<T>;
  /** The same for reads, without a transaction. */
  read<T>(fn: (db: Kysely<Tables>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StoreContext {
  display: string;
  dialect: DialectName;
  begin: string[];
  beginRead: string;
  /** The wall clock, for `created_at`, `updated_at` and snapshot times. */
  clock: () => Date;
  maxSnapshots: number;
}

/** The transactions (their connection-bound Kysely instances) that already bumped the revision. */
const changedIn = new WeakSet<Kysely<Tables>>();
/** The transactions that already saved their undo snapshot. */
const snapshotIn = new WeakSet<Kysely<Tables>>();

// Rows per INSERT: stays under SQLite's and PostgreSQL's bound-parameter limits with room to spare.
const BATCH = 400;

export class SqlStore implements Store {
  readonly display: string;
  readonly dialect: DialectName;

  private constructor(
    private readonly root: Kysely<Tables>,
    /** The root instance, or the connection of the transaction this store is bound to. */
    private readonly db: Kysely<Tables>,
    private readonly inTransaction: boolean,
    private readonly ctx: StoreContext,
  ) {
    this.display = ctx.display;
    this.dialect = ctx.dialect;
  }

  static create(connection: Connection, options: { display: string; clock?: () => Date; maxSnapshots?: number }) {
    const ctx: StoreContext = {
      display: options.display,
      dialect: connection.dialect,
      begin: connection.begin,
      beginRead: connection.beginRead,
      clock: options.clock ?? (() => new Date()),
      maxSnapshots: options.maxSnapshots ?? 20,
    };
    return new SqlStore(connection.db, connection.db, false, ctx);
  }

  // ---- reads ----

  getDocument(): Promise<Document | undefined> {
    // Several SELECTs: one read transaction so a concurrent writer cannot show us half of its change.
    return this.read((db) => (this.inTransaction ? readDocument(db) : this.runTransaction(readDocument, 'read')));
  }

  getCandidate(): Promise<Candidate | undefined> {
    return this.read(async (db) => {
      const row = await db.selectFrom('candidate').select('data').where('id', '=', 1).executeTakeFirst();
      return row && candidateFromRow(row);
    });
  }

  listApplications(): Promise<ApplicationSummary[]> {
    return this.read(async (db) => {
      const rows = await db
        .selectFrom('applications')
        .select(['id', 'company', 'role', 'status', 'updated_at'])
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        company: r.company,
        role: r.role,
        status: r.status as Application['status'],
        updatedAt: r.updated_at,
      }));
    });
  }

  getApplication(id: string): Promise<Application | undefined> {
    return this.read(async (db) => {
      const row = await db
        .selectFrom('applications')
        .select(['id', 'company', 'role', 'status', 'data'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const events = await db
        .selectFrom('events')
        .select(['at', 'type', 'kind', 'to', 'from', 'note', 'message_id', 'extra'])
        .where('application_id', '=', id)
        .orderBy('seq')
        .execute();
      return applicationFromRow(row, events.map(eventFromRow));
    });
  }

  listSnapshots(): Promise<SnapshotInfo[]> {
    return this.read(async (db) => {
      const rows = await db.selectFrom('snapshots').select(['label', 'taken_at']).orderBy('id', 'desc').execute();
      return rows.map((r) => ({ label: r.label, takenAt: r.taken_at }));
    });
  }

  // ---- writes ----

  saveCandidate(candidate: Candidate, options: { label?: string } = {}): Promise<void> {
    return this.write('save the candidate profile', async (db) => {
      const exists = await db.selectFrom('candidate').select('id').where('id', '=', 1).executeTakeFirst();
      await this.snapshot(
        db,
        options.label ?? (exists ? 'change to the candidate profile' : 'creation of the profile'),
      );
      const row = candidateRow(candidate, this.now());
      await db
        .insertInto('candidate')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: row.name, data: row.data, updated_at: row.updated_at }))
        .execute();
    });
  }

  putApplication(app: Application, options: { label?: string } = {}): Promise<void> {
    return this.write(`save application "${app.id}"`, async (db) => {
      await requireCandidate(db);
      const existing = await db
        .selectFrom('applications')
        .select('position')
        .where('id', '=', app.id)
        .executeTakeFirst();
      const now = this.now();
      await this.snapshot(db, options.label ?? `${existing ? 'change to' : 'addition of'} application ${app.id}`);
      if (existing) {
        const { position: _p, id: _id, ...row } = applicationRow(app, existing.position, now);
        await db.updateTable('applications').set(row).where('id', '=', app.id).execute();
        await db.deleteFrom('events').where('application_id', '=', app.id).execute();
      } else {
        await db
          .insertInto('applications')
          .values(applicationRow(app, await nextPosition(db, 'applications'), now))
          .execute();
      }
      await insertBatches(
        db,
        'events',
        app.events.map((e, i) => eventRow(app.id, i + 1, e, now)),
      );
    });
  }

  updateApplication(app: Application, options: { label?: string } = {}): Promise<void> {
    return this.write(`save application "${app.id}"`, async (db) => {
      if (options.label) await this.snapshot(db, options.label);
      else await this.changed(db);
      const { position: _p, id: _id, ...row } = applicationRow(app, 0, this.now());
      const result = await db.updateTable('applications').set(row).where('id', '=', app.id).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0)
        throw new FollowthroughError('NOT_FOUND', `application "${app.id}" is not in the store`);
    });
  }

  deleteApplication(id: string, options: { label?: string } = {}): Promise<boolean> {
    return this.write(`delete application "${id}"`, async (db) => {
      const exists = await db.selectFrom('applications').select('id').where('id', '=', id).executeTakeFirst();
      if (!exists) return false;
      await this.snapshot(db, options.label ?? `deletion of application ${id}`);
      await db.deleteFrom('events').where('application_id', '=', id).execute();
      await db.deleteFrom('applications').where('id', '=', id).execute();
      return true;
    });
  }

  addEvent(applicationId: string, event: AppEvent, options: { label?: string } = {}): Promise<void> {
    return this.write(`add an event to application "${applicationId}"`, async (db) => {
      const now = this.now();
      if (options.label) await this.snapshot(db, options.label);
      else await this.changed(db);
      // Touching the application first also locks its row on PostgreSQL, so two writers cannot pick the same seq.
      const touched = await db
        .updateTable('applications')
        .set({ updated_at: now })
        .where('id', '=', applicationId)
        .executeTakeFirst();
      if (Number(touched.numUpdatedRows) === 0)
        throw new FollowthroughError('NOT_FOUND', `application "${applicationId}" is not in the store`);
      const last = await db
        .selectFrom('events')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('application_id', '=', applicationId)
        .executeTakeFirst();
      await db
        .insertInto('events')
        .values(eventRow(applicationId, Number(last?.seq ?? 0) + 1, event, now))
        .execute();
    });
  }

  addOffer(offer: Offer): Promise<void> {
    return this.write(`save the offer from ${offer.company}`, async (db) => {
      await requireCandidate(db);
      await this.changed(db);
      await upsertOffers(db, [offer]);
    });
  }

  importDocument(doc: Document, options: { mode: ImportMode; label?: string }): Promise<void> {
    const { mode } = options;
    return this.write('import the document', async (db) => {
      await this.snapshot(db, options.label ?? `import (${mode})`);
      if (mode === 'replace') {
        await clearDocument(db);
        await writeDocument(db, doc, this.now());
        return;
      }
      const now = this.now();
      await db
        .insertInto('candidate')
        .values(candidateRow(doc.candidate, now))
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({ name: doc.candidate.name, data: JSON.stringify(doc.candidate), updated_at: now }),
        )
        .execute();
      const stored = await db.selectFrom('applications').select(['id', 'position']).execute();
      const positions = new Map(stored.map((r) => [r.id, r.position]));
      const replaced = doc.applications.filter((a) => positions.has(a.id)).map((a) => a.id);
      for (const ids of chunks(replaced, BATCH)) {
        await db.deleteFrom('events').where('application_id', 'in', ids).execute();
        await db.deleteFrom('applications').where('id', 'in', ids).execute();
      }
      let next = await nextPosition(db, 'applications');
      const rows = doc.applications.map((app) => applicationRow(app, positions.get(app.id) ?? next++, now));
      await insertBatches(db, 'applications', rows);
      await insertBatches(
        db,
        'events',
        doc.applications.flatMap((app) => app.events.map((e, i) => eventRow(app.id, i + 1, e, now))),
      );
      await upsertOffers(db, doc.offers);
    });
  }

  undo(options: UndoOptions = {}): Promise<string | undefined> {
    return this.write('undo the last change', async (db) => {
      const latest = await db
        .selectFrom('snapshots')
        .select(['id', 'label', 'document', 'revision'])
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!latest) return undefined;
      // Snapshots from before revisions were kept have none: nothing to compare, as before.
      const made = latest.revision === null ? undefined : Number(latest.revision);
      const later = made === undefined ? 0 : (await readRevision(db)) - made;
      if (later > 0 && !options.force)
        throw new FollowthroughError(
          'CONFLICT',
          `undo: ${later} later ${later === 1 ? 'change' : 'changes'} (recorded by send or sync) would be lost with "${latest.label}"; run \`followthrough undo --force\` to undo anyway`,
          { exitCode: EXIT.usage },
        );
      const doc = JSON.parse(latest.document) as Document | null;
      await clearDocument(db);
      if (doc) await writeDocument(db, doc, this.now());
      await db.deleteFrom('snapshots').where('id', '=', latest.id).execute();
      // The store is now as it was just before that write: so is its revision.
      if (made === undefined) await this.changed(db);
      else {
        await writeRevision(db, made - 1);
        changedIn.add(db);
      }
      return latest.label;
    });
  }

  // ---- transactions ----

  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    return this.runTransaction((conn) => fn(new SqlStore(this.root, conn, true, this.ctx)));
  }

  write<T>(what: string, fn: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
    const guarded = async (db: Kysely<Tables>) => {
      try {
        return await fn(db);
      } catch (err) {
        throw this.storeError(`cannot ${what} in the store`, err);
      }
    };
    return this.inTransaction ? guarded(this.db) : this.runTransaction(guarded);
  }

  async read<T>(fn: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
    try {
      return await fn(this.db);
    } catch (err) {
      throw this.storeError('cannot read the store', err);
    }
  }

  async close(): Promise<void> {
    if (!this.inTransaction) await this.root.destroy();
  }

  /**
   * One connection for the whole transaction; the engine-specific BEGIN comes from dialect.ts. Errors
   * thrown by `fn` pass through as they are; failures to begin or commit become STORE errors.
   */
  private async runTransaction<T>(
    fn: (db: Kysely<Tables>) => Promise<T>,
    mode: 'write' | 'read' = 'write',
  ): Promise<T> {
    let failed: { error: unknown } | undefined;
    try {
      return await this.root.connection().execute(async (conn) => {
        for (const statement of mode === 'write' ? this.ctx.begin : [this.ctx.beginRead])
          await sql.raw(statement).execute(conn);
        let result: T;
        try {
          result = await fn(conn);
        } catch (error) {
          failed = { error };
          await sql`rollback`.execute(conn).catch(() => {});
          throw error;
        }
        await sql`commit`.execute(conn);
        return result;
      });
    } catch (err) {
      if (failed && failed.error === err) throw err;
      throw this.storeError(mode === 'write' ? 'cannot write to the store' : 'cannot read the store', err);
    }
  }

  /**
   * Marks the document changed by this transaction: the revision goes up once per transaction, however many
   * writes it holds. Returns the revision the transaction produces.
   */
  private async changed(db: Kysely<Tables>): Promise<number> {
    if (changedIn.has(db)) return readRevision(db);
    // One atomic increment, so concurrent writers on PostgreSQL cannot both read n and write n + 1.
    await db
      .insertInto('meta')
      .values({ key: 'revision', value: '0' })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    await db
      .updateTable('meta')
      .set({ value: sql<string>`cast(cast(value as integer) + 1 as text)` })
      .where('key', '=', 'revision')
      .execute();
    changedIn.add(db);
    return readRevision(db);
  }

  /**
   * Saves the current document (before this write) as the newest snapshot; keeps the newest few. One per
   * transaction: a use case that writes several rows is undone as one change.
   */
  private async snapshot(db: Kysely<Tables>, label: string): Promise<void> {
    if (snapshotIn.has(db)) return;
    snapshotIn.add(db);
    const doc = await readDocument(db);
    const revision = await this.changed(db);
    await db
      .insertInto('snapshots')
      .values({ label, taken_at: this.now(), document: JSON.stringify(doc ?? null), revision })
      .execute();
    const cutoff = await db
      .selectFrom('snapshots')
      .select('id')
      .orderBy('id', 'desc')
      .offset(this.ctx.maxSnapshots)
      .limit(1)
      .executeTakeFirst();
    if (cutoff) await db.deleteFrom('snapshots').where('id', '<=', cutoff.id).execute();
  }

  private now(): string {
    return this.ctx.clock().toISOString();
  }

  /** Our own errors pass through; database errors become one STORE line naming the store. */
  private storeError(prefix: string, err: unknown): FollowthroughError {
    if (err instanceof FollowthroughError) return err;
    if (isBusyError(err)) return busyError(this.ctx.display);
    const message = (err as Error)?.message ?? String(err);
    return new FollowthroughError('STORE', `${prefix} ${this.ctx.display}: ${firstLine(message)}`);
  }
}

async function readDocument(db: Kysely<Tables>): Promise<Document | undefined> {
  const candidate = await db.selectFrom('candidate').select('data').where('id', '=', 1).executeTakeFirst();
  if (!candidate) return undefined;
  const apps = await db
    .selectFrom('applications')
    .select(['id', 'company', 'role', 'status', 'data'])
    .orderBy('position')
    .execute();
  const events = await db
    .selectFrom('events')
    .select(['application_id', 'at', 'type', 'kind', 'to', 'from', 'note', 'message_id', 'extra'])
    .orderBy('application_id')
    .orderBy('seq')
    .execute();
  const byApp = new Map<string, AppEvent[]>();
  for (const row of events) {
    const list = byApp.get(row.application_id);
    if (list) list.push(eventFromRow(row));
    else byApp.set(row.application_id, [eventFromRow(row)]);
  }
  const offers = await db.selectFrom('offers').select(['company', 'decide_by', 'extra']).orderBy('position').execute();
  return {
    version: 1,
    candidate: candidateFromRow(candidate),
    applications: apps.map((row) => applicationFromRow(row, byApp.get(row.id) ?? [])),
    offers: offers.map(offerFromRow),
  };
}

async function writeDocument(db: Kysely<Tables>, doc: Document, now: string): Promise<void> {
  await db.insertInto('candidate').values(candidateRow(doc.candidate, now)).execute();
  await insertBatches(
    db,
    'applications',
    doc.applications.map((app, i) => applicationRow(app, i + 1, now)),
  );
  await insertBatches(
    db,
    'events',
    doc.applications.flatMap((app) => app.events.map((e, i) => eventRow(app.id, i + 1, e, now))),
  );
  await insertBatches(
    db,
    'offers',
    doc.offers.map((o, i) => offerRow(o, i + 1)),
  );
}

async function readRevision(db: Kysely<Tables>): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'revision').executeTakeFirst();
  return row ? Number(row.value) : 0;
}

async function writeRevision(db: Kysely<Tables>, revision: number): Promise<void> {
  const value = String(revision);
  await db
    .insertInto('meta')
    .values({ key: 'revision', value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

async function clearDocument(db: Kysely<Tables>): Promise<void> {
  await db.deleteFrom('events').execute();
  await db.deleteFrom('applications').execute();
  await db.deleteFrom('offers').execute();
  await db.deleteFrom('candidate').execute();
}

async function upsertOffers(db: Kysely<Tables>, offers: Offer[]): Promise<void> {
  for (const offer of offers) {
    const row = offerRow(offer, await nextPosition(db, 'offers'));
    await db
      .insertInto('offers')
      .values(row)
      .onConflict((oc) => oc.column('company').doUpdateSet({ decide_by: row.decide_by, extra: row.extra }))
      .execute();
  }
}

async function requireCandidate(db: Kysely<Tables>): Promise<void> {
  const row = await db.selectFrom('candidate').select('id').where('id', '=', 1).executeTakeFirst();
  if (!row) throw new FollowthroughError('NOT_FOUND', 'the store has no candidate profile yet: run followthrough init');
}

async function nextPosition(db: Kysely<Tables>, table: 'applications' | 'offers'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

async function insertBatches<T extends 'applications' | 'events' | 'offers'>(
  db: Kysely<Tables>,
  table: T,
  rows: Tables[T][],
): Promise<void> {
  for (const batch of chunks(rows, BATCH)) {
    // `never`: Kysely cannot relate a generic table name to its row type; the signature checks the rows.
    await db
      .insertInto(table)
      .values(batch as never)
      .execute();
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Another writer held the store for too long: the one line a user sees, and a code that says "try again". */
export function busyError(display: string): FollowthroughError {
  return new FollowthroughError(
    'BUSY',
    `the store ${display} is busy: another Followthrough process kept it locked for ${BUSY_TIMEOUT_MS / 1000} s; nothing was changed, try again`,
  );
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
