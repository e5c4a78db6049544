// Several processes writing one store at once, on SQLite and PostgreSQL: 4 writers × 50 mixed use cases
// (add, log, edit, snooze, send over the suite's SMTP server, import). Every write must be there after,
// the outbox and the events must agree, and no message may go out twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importText } from '../../src/app/transfer.js';
import { openStore } from '../../src/store/index.js';
import { outboxOf } from '../../src/store/outbox.js';
import { ACME_DOC } from '../helpers/documents.js';
import { runCli, type SmtpTestServer, startSmtpServer } from '../helpers/servers.js';
import type { WriterReport } from '../helpers/writer.js';
import { backends } from '../store/helpers.js';

const WRITER = fileURLToPath(new URL('../helpers/writer.js', import.meta.url));
const NOW = '2026-04-08T09:30:00-05:00';
const WORKERS = 4;
const WRITES = 50;

function runWriter(target: string, worker: number, env: Record<string, string>): Promise<WriterReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, target, String(worker), String(WRITES), NOW], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`writer ${worker} exited ${code}: ${err.trim()}`));
      else resolve(JSON.parse(out) as WriterReport);
    });
  });
}

for (const backend of backends()) {
  describe(`four writers at once on ${backend.name}`, () => {
    let smtp: SmtpTestServer;
    before(async () => {
      smtp = await startSmtpServer();
    });
    after(() => smtp.close());

    test(`${WORKERS} processes × ${WRITES} mixed writes: nothing lost, nothing sent twice`, {
      timeout: 240_000,
    }, async () => {
      const { target, cleanup } = await backend.fresh();
      try {
        const where = target.url ?? (target.path as string);
        const setup = await openStore(target);
        await importText(
          { store: setup, env: {} },
          { text: JSON.stringify(ACME_DOC), mode: 'replace', source: 'setup', defaultZone: 'UTC' },
        );
        await setup.close();
        const env = {
          FOLLOWTHROUGH_SMTP_URL: smtp.url(),
          FOLLOWTHROUGH_CONFIG: '/nonexistent/followthrough-config.json',
          FOLLOWTHROUGH_NO_CACHE: '1',
        };
        const reports = await Promise.all(Array.from({ length: WORKERS }, (_, w) => runWriter(where, w, env)));

        const store = await openStore(target);
        try {
          const doc = await store.getDocument();
          assert.ok(doc);
          const acme = doc.applications.find((a) => a.id === 'acme');
          assert.ok(acme);
          const all = (key: keyof WriterReport) => reports.flatMap((r) => r[key] as string[]);
          assert.deepEqual(all('retryable'), [], 'no writer needed to give up');
          const notes = new Set(acme.events.filter((e) => e.type === 'replied').map((e) => e.note));
          for (const n of all('notes')) assert.ok(notes.has(n), `logged reply ${n} is stored`);
          const times = new Set(acme.interviews.map((iv) => Date.parse(iv.at)));
          for (const at of all('interviews')) assert.ok(times.has(Date.parse(at)), `interview at ${at} is stored`);
          assert.equal(acme.interviews.length, 1 + all('interviews').length, 'no interview duplicated or lost');
          const maria = acme.interviews[0]?.interviewers.find((p) => p.name === 'Maria Chen');
          for (const t of all('topics')) assert.ok(maria?.topics.includes(t), `topic ${t} is stored`);
          for (const s of all('snoozed')) assert.ok(acme.steps?.[s]?.snoozedUntil, `snooze of ${s} is stored`);
          const ids = new Set(doc.applications.map((a) => a.id));
          for (const id of all('imported')) assert.ok(ids.has(id), `imported ${id} is stored`);

          // The outbox and the events tell the same story, and the server got each message once.
          const sentRows = await outboxOf(store).list({ state: 'sent' });
          const sentEvents = acme.events.filter((e) => e.type === 'sent');
          assert.equal(sentRows.length, all('sent').length);
          assert.deepEqual(
            sentRows.map((r) => r.stepId).sort(),
            sentEvents.map((e) => e.step).sort(),
            'every sent row has its sent event, and no event lacks its row',
          );
          const delivered = smtp.messages
            .map((m) => /^Message-ID:\s*(\S+)/im.exec(m.raw.toString('utf8'))?.[1])
            .filter((id) => id && sentRows.some((r) => r.messageId === id));
          assert.equal(delivered.length, sentRows.length, 'each sent step reached the server exactly once');
          assert.equal(new Set(delivered).size, delivered.length);
          assert.deepEqual(await outboxOf(store).list({ state: 'claimed' }), [], 'no claim left behind');
        } finally {
          await store.close();
        }
      } finally {
        smtp.messages.length = 0;
        await cleanup();
      }
    });
  });
}

for (const backend of backends()) {
  describe(`first use and same-company adds at once on ${backend.name}`, () => {
    test('four commands opening a new store at once all see one schema', async () => {
      const { target, cleanup } = await backend.fresh();
      try {
        const env = { FOLLOWTHROUGH_DB: target.url ?? (target.path as string), FOLLOWTHROUGH_NO_CACHE: '1' };
        const runs = await Promise.all(
          [0, 1, 2, 3].map((i) => runCli(['init', '--name', `Writer ${i}`, '--timezone', 'America/Chicago'], env)),
        );
        for (const r of runs) assert.equal(r.code, 0, r.stderr);
        const list = await runCli(['list'], env);
        assert.equal(list.code, 0, list.stderr);
      } finally {
        await cleanup();
      }
    });

    test('two adds for a new company at once: one creates it, the other adds its interview', async () => {
      const { target, cleanup } = await backend.fresh();
      try {
        const env = { FOLLOWTHROUGH_DB: target.url ?? (target.path as string), FOLLOWTHROUGH_NO_CACHE: '1' };
        assert.equal((await runCli(['init', '--name', 'Dana Reyes', '--timezone', 'America/Chicago'], env)).code, 0);
        const add = (at: string, who: string) =>
          runCli(['add', '--company', 'Same Co', '--role', 'Analyst', '--at', at, '--interviewer', who], env);
        const runs = await Promise.all([add('2026-04-06 10:00', 'Ana Diaz'), add('2026-04-07 10:00', 'Ben Cole')]);
        for (const r of runs) assert.equal(r.code, 0, r.stderr);
        assert.equal(
          runs.filter((r) => /^Created same-co /m.test(r.stdout)).length,
          1,
          runs.map((r) => r.stdout).join(''),
        );
        assert.equal(runs.filter((r) => /^Added an interview to same-co /m.test(r.stdout)).length, 1);
        const store = await openStore(target);
        try {
          const app = await store.getApplication('same-co');
          assert.deepEqual(app?.interviews.map((iv) => iv.interviewers[0]?.name).sort(), ['Ana Diaz', 'Ben Cole']);
        } finally {
          await store.close();
        }
      } finally {
        await cleanup();
      }
    });
  });
}
