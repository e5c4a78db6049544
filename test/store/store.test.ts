// The store's behaviour, run against every available backend (SQLite always; PostgreSQL when
// FT_TEST_DATABASE_URL is set): round trips, merge and replace, event order, undo, atomic failures.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { AppEvent, Application } from '../../src/core/document/schema.js';
import { FollowthroughError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { normalise, sampleDocument } from './fixtures/documents.js';
import { type Backend, backends } from './helpers.js';

for (const backend of backends()) {
  describe(`store on ${backend.name}`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    after(async () => {
      for (const cleanup of cleanups) await cleanup();
    });

    /** A fresh store; closed after the test file. */
    async function freshStore(options: { maxSnapshots?: number } = {}): Promise<{ store: Store; target: object }> {
      const { target, cleanup } = await backend.fresh();
      const store = await openStore({ ...target, ...options });
      cleanups.unshift(async () => {
        await store.close();
        await cleanup();
      });
      return { store, target };
    }

    test('a new store holds no document, and refuses applications before a candidate exists', async () => {
      const { store } = await freshStore();
      assert.equal(await store.getDocument(), undefined);
      const app = sampleDocument().applications[0] as Application;
      await assert.rejects(store.putApplication(app), { code: 'NOT_FOUND' });
      assert.deepEqual(await store.listApplications(), []);
    });

    test('an imported document reads back exactly, also after reopening the store', async () => {
      const { store, target } = await freshStore();
      const doc = sampleDocument();
      await store.importDocument(doc, { mode: 'replace' });
      assert.deepEqual(await store.getDocument(), doc);
      assert.deepEqual(await store.getApplication('acme'), doc.applications[0]);
      assert.equal(await store.getApplication('nope'), undefined);

      const again = await openStore(target);
      try {
        assert.deepEqual(await again.getDocument(), doc);
        assert.deepEqual(
          (await again.listApplications()).map((a) => [a.id, a.status]),
          [
            ['acme', 'active'],
            ['globex', 'offer'],
          ],
        );
      } finally {
        await again.close();
      }
    });

    test('merge upserts applications by id and keeps the rest; replace makes the store the document', async () => {
      const { store } = await freshStore();
      const original = sampleDocument();
      await store.importDocument(original, { mode: 'replace' });

      const incoming = normalise({
        version: 1,
        candidate: { name: 'Dana R. Reyes', timezone: 'America/New_York' },
        applications: [
          { id: 'initech', company: 'Initech', role: 'Auditor' },
          {
            id: 'acme',
            company: 'Acme Logistics',
            role: 'Senior Accountant',
            status: 'rejected',
            events: [{ at: '2026-01-20T09:00:00-06:00', type: 'rejected', from: 'Maria Chen' }],
          },
        ],
        offers: [
          { company: 'Globex', decideBy: '2026-01-20' },
          { company: 'Hooli', decideBy: '2026-02-01' },
        ],
      });
      await store.importDocument(incoming, { mode: 'merge' });
      const merged = await store.getDocument();
      assert.deepEqual(merged?.candidate, incoming.candidate);
      // acme keeps its place and takes the imported version with its events; globex is untouched; initech is new.
      assert.deepEqual(
        merged?.applications.map((a) => a.id),
        ['acme', 'globex', 'initech'],
      );
      assert.deepEqual(merged?.applications[0], incoming.applications[1]);
      assert.deepEqual(merged?.applications[1], original.applications[1]);
      assert.deepEqual(merged?.offers, [
        { company: 'Globex', decideBy: '2026-01-20' },
        { company: 'Hooli', decideBy: '2026-02-01' },
      ]);

      await store.importDocument(incoming, { mode: 'replace' });
      assert.deepEqual(await store.getDocument(), incoming);
    });

    test('events come back in the order they were added, not sorted by date', async () => {
      const { store } = await freshStore();
      const doc = sampleDocument();
      await store.importDocument(doc, { mode: 'replace' });
      const added: AppEvent[] = [
        { at: '2026-01-15T10:00:00-06:00', type: 'called', kind: 'check-in', to: 'Maria Chen' },
        { at: '2026-01-12T10:00:00-06:00', type: 'sent', kind: 'follow-up', to: 'Maria Chen', note: 'late entry' },
        { at: '2026-01-16T10:00:00-06:00', type: 'next-round', from: 'Maria Chen' },
      ];
      for (const event of added) await store.addEvent('acme', event);
      const acme = await store.getApplication('acme');
      assert.deepEqual(acme?.events, [...(doc.applications[0] as Application).events, ...added]);
      const fromDocument = (await store.getDocument())?.applications[0];
      assert.deepEqual(fromDocument?.events, acme?.events);
      // The other application's history is its own.
      assert.deepEqual((await store.getApplication('globex'))?.events, []);
    });

    test('an event for an unknown application is refused and changes nothing', async () => {
      const { store } = await freshStore();
      await store.importDocument(sampleDocument(), { mode: 'replace' });
      const before = await store.getDocument();
      await assert.rejects(
        store.addEvent('missing', { at: '2026-01-15T10:00:00-06:00', type: 'called' }),
        (err: unknown) =>
          err instanceof FollowthroughError && err.code === 'NOT_FOUND' && /"missing"/.test(err.message),
      );
      assert.deepEqual(await store.getDocument(), before);
    });

    test('putApplication adds new applications last and replaces an existing one, which undo brings back', async () => {
      const { store } = await freshStore();
      const doc = sampleDocument();
      await store.importDocument(doc, { mode: 'replace' });
      const initech: Application = {
        id: 'initech',
        company: 'Initech',
        role: 'Auditor',
        status: 'active',
        interviews: [],
        events: [],
      };
      await store.putApplication(initech);
      assert.deepEqual(
        (await store.listApplications()).map((a) => a.id),
        ['acme', 'globex', 'initech'],
      );
      const acme = doc.applications[0] as Application;
      const changed: Application = { ...acme, status: 'withdrawn', events: [acme.events[0] as AppEvent] };
      await store.putApplication(changed, { label: 'withdraw acme' });
      assert.deepEqual(await store.getApplication('acme'), changed);
      assert.equal((await store.listApplications())[0]?.id, 'acme', 'a replaced application keeps its place');

      assert.equal(await store.undo(), 'withdraw acme');
      assert.deepEqual(await store.getApplication('acme'), acme);
      assert.deepEqual(await store.getApplication('initech'), initech, 'adding is not undone with the replacement');
    });

    test('undo restores the state before each import in turn, back to an empty store', async () => {
      const { store } = await freshStore();
      const first = sampleDocument();
      const second = normalise({ version: 1, candidate: { name: 'Someone Else' }, applications: [] });
      await store.importDocument(first, { mode: 'replace', label: 'import of first.json' });
      await store.addEvent('globex', { at: '2026-01-13T10:00:00-06:00', type: 'sent', kind: 'offer-notice' });
      const beforeSecond = await store.getDocument();
      await store.importDocument(second, { mode: 'replace', label: 'import of second.json' });
      assert.deepEqual(await store.getDocument(), second);

      assert.deepEqual(
        (await store.listSnapshots()).map((s) => s.label),
        ['import of second.json', 'import of first.json'],
      );
      assert.equal(await store.undo(), 'import of second.json');
      assert.deepEqual(await store.getDocument(), beforeSecond);
      // The event was added without a snapshot (as send and sync add theirs): undoing the first import
      // would lose it, so undo refuses, changes nothing, and goes ahead only when forced.
      await assert.rejects(
        store.undo(),
        (err) =>
          err instanceof FollowthroughError &&
          err.code === 'CONFLICT' &&
          /1 later change .*"import of first.json".*--force/.test(err.message),
      );
      assert.deepEqual(await store.getDocument(), beforeSecond);
      assert.equal(await store.undo({ force: true }), 'import of first.json');
      assert.equal(await store.getDocument(), undefined);
      assert.equal(await store.undo(), undefined, 'nothing left to undo');
    });

    test('an event added with a label is undone on its own; one without a label blocks undo past it', async () => {
      const { store } = await freshStore();
      await store.importDocument(sampleDocument(), { mode: 'replace', label: 'the import' });
      const imported = await store.getDocument();
      const logged: AppEvent = { at: '2026-01-14T10:00:00-06:00', type: 'replied', note: 'We decide by Friday.' };
      await store.addEvent('acme', logged, { label: 'replied logged for acme' });
      const afterLog = await store.getDocument();
      assert.equal(await store.undo(), 'replied logged for acme');
      assert.deepEqual(await store.getDocument(), imported, 'the import stays; only the logged event is gone');

      await store.addEvent('acme', logged, { label: 'replied logged for acme' });
      assert.deepEqual(await store.getDocument(), afterLog);
      await store.addEvent('acme', { at: '2026-01-15T10:00:00-06:00', type: 'sent', kind: 'follow-up' });
      await assert.rejects(store.undo(), (err) => err instanceof FollowthroughError && err.code === 'CONFLICT');
      // Two writes in one transaction count as one change.
      await store.transaction(async (tx) => {
        await tx.addEvent('acme', { at: '2026-01-16T10:00:00-06:00', type: 'replied' }, { label: 'two at once' });
        await tx.addOffer({ company: 'Initech', decideBy: '2026-02-01' });
      });
      assert.equal(await store.undo(), 'two at once');
    });

    test('only the newest snapshots are kept', async () => {
      const { store } = await freshStore({ maxSnapshots: 3 });
      for (let i = 1; i <= 5; i++) {
        const doc = normalise({ version: 1, candidate: { name: `Version ${i}` } });
        await store.importDocument(doc, { mode: 'replace', label: `import ${i}` });
      }
      assert.deepEqual(
        (await store.listSnapshots()).map((s) => s.label),
        ['import 5', 'import 4', 'import 3'],
      );
      await store.undo();
      await store.undo();
      await store.undo();
      assert.equal((await store.getDocument())?.candidate.name, 'Version 2');
      assert.equal(await store.undo(), undefined);
    });

    test('an import that violates a constraint changes nothing and leaves no snapshot', async () => {
      const { store } = await freshStore();
      const doc = sampleDocument();
      await store.importDocument(doc, { mode: 'replace' });
      const snapshots = await store.listSnapshots();
      // Two applications with one id: the parser would refuse this, the database must too.
      const duplicate = sampleDocument();
      duplicate.applications.push({ ...(duplicate.applications[0] as Application), role: 'Copy' });
      for (const mode of ['replace', 'merge'] as const) {
        await assert.rejects(
          store.importDocument(duplicate, { mode }),
          (err: unknown) =>
            err instanceof FollowthroughError && err.code === 'STORE' && err.message.includes(store.display),
        );
        assert.deepEqual(await store.getDocument(), doc);
        assert.deepEqual(await store.listSnapshots(), snapshots);
      }
    });

    test('an error thrown inside a transaction rolls back all of its writes', async () => {
      const { store } = await freshStore();
      const doc = sampleDocument();
      await store.importDocument(doc, { mode: 'replace' });
      const boom = new Error('stop here');
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.importDocument(normalise({ version: 1, candidate: { name: 'Other' } }), { mode: 'replace' });
          await tx.addOffer({ company: 'Hooli', decideBy: '2026-02-01' });
          assert.equal((await tx.getDocument())?.candidate.name, 'Other', 'the transaction sees its own writes');
          throw boom;
        }),
        (err: unknown) => err === boom,
      );
      assert.deepEqual(await store.getDocument(), doc);
      assert.equal((await store.listSnapshots()).length, 1);
    });

    test('a transaction commits all of its writes together', async () => {
      const { store } = await freshStore();
      await store.importDocument(sampleDocument(), { mode: 'replace' });
      const result = await store.transaction(async (tx) => {
        await tx.addEvent('acme', { at: '2026-01-20T10:00:00-06:00', type: 'called', to: 'Maria Chen' });
        await tx.addOffer({ company: 'Globex', decideBy: '2026-01-18' });
        return 'done';
      });
      assert.equal(result, 'done');
      const doc = await store.getDocument();
      assert.equal(doc?.applications[0]?.events.at(-1)?.type, 'called');
      assert.deepEqual(doc?.offers, [{ company: 'Globex', decideBy: '2026-01-18' }]);
    });

    test('saving the candidate again can be undone; deleting an application too', async () => {
      const { store } = await freshStore();
      const doc = sampleDocument();
      await store.importDocument(doc, { mode: 'replace' });
      await store.saveCandidate({ ...doc.candidate, email: 'new@example.org' });
      assert.equal((await store.getCandidate())?.email, 'new@example.org');
      assert.equal(await store.undo(), 'change to the candidate profile');
      assert.deepEqual(await store.getCandidate(), doc.candidate);

      assert.equal(await store.deleteApplication('acme'), true);
      assert.equal(await store.deleteApplication('acme'), false);
      assert.deepEqual(
        (await store.getDocument())?.applications.map((a) => a.id),
        ['globex'],
      );
      assert.equal(await store.undo(), 'deletion of application acme');
      assert.deepEqual(await store.getDocument(), doc);
    });

    test('fields the store has no column for survive a round trip', async () => {
      const { store } = await freshStore();
      await store.importDocument(sampleDocument(), { mode: 'replace' });
      // As if a later format version added fields: they ride along in the JSON columns.
      const app = { ...(await store.getApplication('globex')), referral: 'Sam' } as Application;
      const event = { at: '2026-01-13T10:00:00-06:00', type: 'sent', channel: 'portal' } as AppEvent;
      await store.putApplication(app);
      await store.addEvent('globex', event);
      assert.deepEqual(await store.getApplication('globex'), { ...app, events: [event] });
    });

    if (backend.name === 'postgres') pgOnly(backend, freshStore);
  });
}

function pgOnly(_backend: Backend, freshStore: () => Promise<{ store: Store; target: object }>) {
  test('concurrent writers on PostgreSQL never lose an event or reuse its place in the history', async () => {
    const { store, target } = await freshStore();
    await store.importDocument(sampleDocument(), { mode: 'replace' });
    const other = await openStore(target);
    try {
      const writes = Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? store : other).addEvent('globex', { at: '2026-01-13T10:00:00-06:00', type: 'called', note: `${i}` }),
      );
      await Promise.all(writes);
      const notes = (await store.getApplication('globex'))?.events.map((e) => Number(e.note));
      assert.deepEqual(
        [...(notes ?? [])].sort((a, b) => a - b),
        [...Array(20).keys()],
      );
    } finally {
      await other.close();
    }
  });
}

describe('opening a store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-open-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function isOneStoreLine(pattern: RegExp) {
    return (err: unknown) => {
      assert.ok(err instanceof FollowthroughError);
      assert.equal(err.code, 'STORE');
      assert.equal(err.exitCode, 3);
      assert.match(err.message, pattern);
      assert.doesNotMatch(err.message, /\n/);
      return true;
    };
  }

  test('a folder given as the database file gives one STORE line naming it', async () => {
    await assert.rejects(openStore({ path: dir }), isOneStoreLine(new RegExp(`cannot open the store ${dir}`)));
  });

  test('a path below a plain file gives one STORE line naming it', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    await assert.rejects(openStore({ path: join(file, 'store.db') }), isOneStoreLine(/not-a-folder\/store\.db/));
  });

  test('an unreachable PostgreSQL server is named without its password', async () => {
    await assert.rejects(
      openStore({ url: 'postgres://ana:s3cret@127.0.0.1:1/nothing' }),
      isOneStoreLine(/postgres:\/\/ana:\*\*\*@127\.0\.0\.1:1\/nothing/),
    );
    await assert.rejects(
      openStore({ url: 'postgres://ana:s3cret@127.0.0.1:1/nothing' }),
      (err: Error) => !err.message.includes('s3cret'),
    );
  });

  test('a store written by a newer version is refused instead of being damaged', async () => {
    const path = join(dir, 'newer.db');
    const store = await openStore({ path });
    await store.write('pretend to be newer', (db) =>
      db.updateTable('meta').set({ value: '9999-future' }).where('key', '=', 'schema_version').execute(),
    );
    await store.close();
    await assert.rejects(openStore({ path }), isOneStoreLine(/newer\.db: .*newer than this version/));
  });
});
