// The email outbox and the inbox ledger: the tables that make `send` and `sync` idempotent.
//
// Outbox: one row per plan step that was (or is being) emailed, keyed by the step id. A send moves the row
//   claimed  -> the Message-ID is chosen and stored, nothing has reached the SMTP server yet;
//   sending  -> written just before the message is handed to the server: from here on the server may hold it;
//   sent     -> the server accepted it and the `sent` event was recorded (in the same transaction).
// A process killed while `claimed` sent nothing, so another attempt may take the row over. One killed while
// `sending` is ambiguous: the row stays put until the copy is found in the Sent folder (sync) or the user
// forces a resend (which reuses the same Message-ID, so mail clients collapse a duplicate).
//
// Inbox ledger: every incoming message already processed (by Message-ID, else by mailbox UID), and the
// highest UID read per mailbox, so syncing twice records nothing twice.
import { type Kysely, type Migration, sql } from 'kysely';
import type { Store } from './store.js';

export type OutboxState = 'claimed' | 'sending' | 'sent';

export interface OutboxTable {
  step_id: string;
  application_id: string;
  kind: string;
  /** The people's names, as in the step (", "-joined). */
  recipient: string;
  /** Their addresses, ", "-joined. */
  address: string;
  subject: string;
  message_id: string;
  state: string;
  /** `host:pid` of the process holding a claim. */
  owner: string;
  claimed_at: string;
  sending_at: string | null;
  sent_at: string | null;
  /** The SMTP server's last reply to the message, e.g. "250 OK: queued as …". */
  response: string | null;
  attempts: number;
}

export interface InboxSeenTable {
  /** The message's Message-ID, or `uid:<account>/<mailbox>/<uidvalidity>/<uid>` when it has none. */
  key: string;
  application_id: string | null;
  /** reply | auto-reply | sent-copy */
  kind: string;
  sender: string | null;
  subject: string | null;
  received_at: string | null;
  processed_at: string;
  /** A proposed outcome the user has not confirmed yet: rejected | offer. */
  outcome: string | null;
  /** proposed | confirmed | dismissed */
  outcome_state: string | null;
  /** The sentence that triggered the proposal. */
  outcome_quote: string | null;
}

export interface InboxCursorTable {
  /** `<user>@<host>:<port>/<mailbox>` */
  mailbox: string;
  uid_validity: string;
  last_uid: number;
}

export interface EmailTables {
  outbox: OutboxTable;
  inbox_seen: InboxSeenTable;
  inbox_cursor: InboxCursorTable;
}

/** Registered in MIGRATIONS (src/store/migrations.ts). Never edit once shipped; add a new one. */
export const emailMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('outbox')
      .addColumn('step_id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull().unique())
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('claimed', 'sending', 'sent')`))
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'text', (c) => c.notNull())
      .addColumn('sending_at', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('response', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('outbox_application').on('outbox').columns(['application_id', 'state']).execute();
    await db.schema
      .createTable('inbox_seen')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('sender', 'text')
      .addColumn('subject', 'text')
      .addColumn('received_at', 'text')
      .addColumn('processed_at', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('outcome_state', 'text')
      .addColumn('outcome_quote', 'text')
      .execute();
    await db.schema
      .createTable('inbox_cursor')
      .addColumn('mailbox', 'text', (c) => c.primaryKey())
      .addColumn('uid_validity', 'text', (c) => c.notNull())
      .addColumn('last_uid', 'integer', (c) => c.notNull())
      .execute();
  },
};

/** What one send is: the step, who it goes to and the message's headers. */
export interface OutboxMessage {
  stepId: string;
  applicationId: string;
  kind: string;
  recipient: string;
  address: string;
  subject: string;
  messageId: string;
}

export interface OutboxEntry extends OutboxMessage {
  state: OutboxState;
  owner: string;
  claimedAt: string;
  sendingAt?: string;
  sentAt?: string;
  response?: string;
  attempts: number;
}

/** `messageId` is used only when the step has no row yet; a retry keeps the first attempt's Message-ID. */
export interface ClaimRequest extends OutboxMessage {
  owner: string;
  now: string;
}

export type ClaimResult =
  /** The caller owns the row (state `claimed`) and may send with `entry.messageId`. */
  | { status: 'claimed'; entry: OutboxEntry; takenOver?: OutboxEntry }
  /** Already sent: nothing to do. */
  | { status: 'sent'; entry: OutboxEntry }
  /** A send was cut off after the message may have reached the server. */
  | { status: 'interrupted'; entry: OutboxEntry }
  /** Another process holds the claim and may still be working on it. */
  | { status: 'busy'; entry: OutboxEntry };

export interface ClaimPolicy {
  /** Is the process holding `entry` gone (so its row may be taken over, or reported as interrupted)? */
  canTakeOver(entry: OutboxEntry): boolean;
  /** --force-resend: take over an interrupted (`sending`) row too. */
  force?: boolean;
}

function db<T>(k: Kysely<T>): Kysely<EmailTables> {
  return k as unknown as Kysely<EmailTables>;
}

function entryFromRow(row: OutboxTable): OutboxEntry {
  const entry: OutboxEntry = {
    stepId: row.step_id,
    applicationId: row.application_id,
    kind: row.kind,
    recipient: row.recipient,
    address: row.address,
    subject: row.subject,
    messageId: row.message_id,
    state: row.state as OutboxState,
    owner: row.owner,
    claimedAt: row.claimed_at,
    attempts: Number(row.attempts),
  };
  if (row.sending_at) entry.sendingAt = row.sending_at;
  if (row.sent_at) entry.sentAt = row.sent_at;
  if (row.response) entry.response = row.response;
  return entry;
}

/** The outbox of one store. Every method is one transaction (or joins the caller's). */
export class Outbox {
  constructor(private readonly store: Store) {}

  get(stepId: string): Promise<OutboxEntry | undefined> {
    return this.store.read(async (k) => {
      const row = await db(k).selectFrom('outbox').selectAll().where('step_id', '=', stepId).executeTakeFirst();
      return row && entryFromRow(row);
    });
  }

  /** Every row of an application (or all), oldest claim first. */
  list(filter: { applicationId?: string; state?: OutboxState } = {}): Promise<OutboxEntry[]> {
    return this.store.read(async (k) => {
      let q = db(k).selectFrom('outbox').selectAll();
      if (filter.applicationId) q = q.where('application_id', '=', filter.applicationId);
      if (filter.state) q = q.where('state', '=', filter.state);
      const rows = await q.orderBy('claimed_at').orderBy('step_id').execute();
      return rows.map(entryFromRow);
    });
  }

  /** Decides, atomically, whether the caller may send the step now. */
  claim(request: ClaimRequest, policy: ClaimPolicy): Promise<ClaimResult> {
    return this.store.write(`claim step "${request.stepId}" in the outbox`, async (k) => {
      const d = db(k);
      const row = await d.selectFrom('outbox').selectAll().where('step_id', '=', request.stepId).executeTakeFirst();
      const fresh = {
        application_id: request.applicationId,
        kind: request.kind,
        recipient: request.recipient,
        address: request.address,
        subject: request.subject,
        state: 'claimed',
        owner: request.owner,
        claimed_at: request.now,
        sending_at: null,
        response: null,
      };
      if (!row) {
        await d
          .insertInto('outbox')
          .values({ ...fresh, step_id: request.stepId, message_id: request.messageId, sent_at: null, attempts: 1 })
          .execute();
        const entry = entryFromRow({
          ...fresh,
          step_id: request.stepId,
          message_id: request.messageId,
          sent_at: null,
          attempts: 1,
        });
        return { status: 'claimed', entry };
      }
      const previous = entryFromRow(row);
      if (previous.state === 'sent') return { status: 'sent', entry: previous };
      // A row whose process is still alive is that process's business, whatever the flags say: a second
      // sender is told the step is busy (never "interrupted", which invites a resend and a second copy).
      const ownerGone = policy.canTakeOver(previous);
      if (!ownerGone) return { status: 'busy', entry: previous };
      if (previous.state === 'sending' && policy.force !== true) return { status: 'interrupted', entry: previous };
      // The Message-ID stays: if an earlier attempt did reach the server, the copies share one id.
      await d
        .updateTable('outbox')
        .set({ ...fresh, attempts: previous.attempts + 1 })
        .where('step_id', '=', request.stepId)
        .execute();
      const entry = entryFromRow({ ...row, ...fresh, attempts: previous.attempts + 1 });
      return { status: 'claimed', entry, takenOver: previous };
    });
  }

  /** Marks the point of no return: the message is about to be handed to the server. */
  markSending(stepId: string, owner: string, now: string): Promise<void> {
    return this.store.write(`mark step "${stepId}" as sending`, async (k) => {
      const result = await db(k)
        .updateTable('outbox')
        .set({ state: 'sending', sending_at: now })
        .where('step_id', '=', stepId)
        .where('owner', '=', owner)
        .where('state', '=', 'claimed')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new Error(`the outbox claim on "${stepId}" was lost`);
    });
  }

  /** The server accepted it. Call inside the transaction that records the `sent` event. */
  markSent(stepId: string, sent: { now: string; response?: string }): Promise<void> {
    return this.store.write(`mark step "${stepId}" as sent`, async (k) => {
      await db(k)
        .updateTable('outbox')
        .set({ state: 'sent', sent_at: sent.now, response: sent.response ?? null })
        .where('step_id', '=', stepId)
        .execute();
    });
  }

  /** Gives a step back after a failure that certainly delivered nothing (the row is removed). */
  release(stepId: string, owner: string): Promise<void> {
    return this.store.write(`release step "${stepId}" from the outbox`, async (k) => {
      await db(k)
        .deleteFrom('outbox')
        .where('step_id', '=', stepId)
        .where('owner', '=', owner)
        .where('state', '!=', 'sent')
        .execute();
    });
  }

  /** Sent messages to the same people of an application, oldest first: the thread a new touch joins. */
  thread(applicationId: string, recipient: string): Promise<OutboxEntry[]> {
    return this.store.read(async (k) => {
      const rows = await db(k)
        .selectFrom('outbox')
        .selectAll()
        .where('application_id', '=', applicationId)
        .where('recipient', '=', recipient)
        .where('state', '=', 'sent')
        .orderBy('sent_at')
        .execute();
      return rows.map(entryFromRow);
    });
  }

  /** Every Message-ID we sent or tried to send, for matching replies. */
  messageIds(): Promise<Map<string, OutboxEntry>> {
    return this.list().then((rows) => new Map(rows.map((r) => [r.messageId, r])));
  }
}

export function outboxOf(store: Store): Outbox {
  return new Outbox(store);
}
