// The inbox ledger (tables from src/store/outbox.ts's migration): which incoming messages were processed,
// outcomes waiting for the user's yes, and how far each mailbox was read.
import type { Kysely } from 'kysely';
import type { Store } from '../../store/index.js';
import type { EmailTables, InboxSeenTable } from '../../store/outbox.js';

function db<T>(k: Kysely<T>): Kysely<EmailTables> {
  return k as unknown as Kysely<EmailTables>;
}

export type SeenRow = InboxSeenTable;

export interface Cursor {
  uidValidity: string;
  lastUid: number;
}

export function seenKeys(store: Store, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return Promise.resolve(new Set());
  return store.read(async (k) => {
    const found = new Set<string>();
    // Chunks keep the IN list under the engines' parameter limits.
    for (let i = 0; i < keys.length; i += 400) {
      const rows = await db(k)
        .selectFrom('inbox_seen')
        .select('key')
        .where('key', 'in', keys.slice(i, i + 400))
        .execute();
      for (const r of rows) found.add(r.key);
    }
    return found;
  });
}

/** Records a processed message; false when another process recorded it first (then record nothing else). */
export function markSeen(store: Store, row: SeenRow): Promise<boolean> {
  return store.write('record a processed message', async (k) => {
    const result = await db(k)
      .insertInto('inbox_seen')
      .values(row)
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  });
}

export function getCursor(store: Store, mailbox: string): Promise<Cursor | undefined> {
  return store.read(async (k) => {
    const row = await db(k).selectFrom('inbox_cursor').selectAll().where('mailbox', '=', mailbox).executeTakeFirst();
    return row && { uidValidity: row.uid_validity, lastUid: Number(row.last_uid) };
  });
}

/** Moves the cursor forward (never back, so an older pass finishing late cannot rewind it). */
export function advanceCursor(store: Store, mailbox: string, cursor: Cursor): Promise<void> {
  return store.write('record how far the mailbox was read', async (k) => {
    const d = db(k);
    const row = await d.selectFrom('inbox_cursor').selectAll().where('mailbox', '=', mailbox).executeTakeFirst();
    if (!row) {
      await d
        .insertInto('inbox_cursor')
        .values({ mailbox, uid_validity: cursor.uidValidity, last_uid: cursor.lastUid })
        .execute();
      return;
    }
    if (row.uid_validity === cursor.uidValidity && Number(row.last_uid) >= cursor.lastUid) return;
    await d
      .updateTable('inbox_cursor')
      .set({ uid_validity: cursor.uidValidity, last_uid: cursor.lastUid })
      .where('mailbox', '=', mailbox)
      .execute();
  });
}

export function pendingOutcomes(store: Store): Promise<SeenRow[]> {
  return store.read((k) =>
    db(k)
      .selectFrom('inbox_seen')
      .selectAll()
      .where('outcome_state', '=', 'proposed')
      .orderBy('received_at')
      .orderBy('key')
      .execute(),
  );
}

export function setOutcomeState(store: Store, key: string, state: 'confirmed' | 'dismissed'): Promise<void> {
  return store.write('record your answer about an outcome', async (k) => {
    await db(k).updateTable('inbox_seen').set({ outcome_state: state }).where('key', '=', key).execute();
  });
}
