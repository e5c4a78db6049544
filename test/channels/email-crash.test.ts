// At most once, even under SIGKILL: the CLI is killed at each point of a send, then `send` runs again.
// Afterwards the SMTP server holds exactly one copy, or none and the step is plainly unsent, or the step is
// reported as interrupted (never a silent duplicate). FOLLOWTHROUGH_TEST_PAUSE_AT stops the CLI at a named
// point so the kill lands there; the mid-data case instead holds the server's reply to the message data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import { openStore } from '../../src/store/index.js';
import { outboxOf } from '../../src/store/outbox.js';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import {
  collect,
  type DovecotServer,
  dovecotMissing,
  runCli,
  type SmtpTestServer,
  spawnCli,
  startDovecot,
  startSmtpServer,
  waitForStderr,
} from '../helpers/servers.js';

const NOW = '2026-01-05T15:00:00-06:00';
const STEP = 'acme/thank-you/0/maria-chen';

describe('send survives SIGKILL at every point', () => {
  let smtp: SmtpTestServer;
  let imap: DovecotServer | undefined;
  const boxes: CliStore[] = [];

  before(async () => {
    smtp = await startSmtpServer();
    if (!dovecotMissing()) imap = await startDovecot();
  });
  after(async () => {
    await smtp.close();
    await imap?.close();
    for (const box of boxes) box.cleanup();
  });

  /** A fresh store with the document, and the env that points the CLI at it and the test servers. */
  async function fresh(): Promise<{ env: Record<string, string>; db: string }> {
    smtp.messages.length = 0;
    smtp.holdData = false;
    await imap?.reset();
    const box = await cliStore(imap ? { smtp, imap } : { smtp });
    boxes.push(box);
    return box;
  }

  /** Runs `send` until it pauses at `point`, then kills it with SIGKILL. */
  async function killAt(point: string, env: Record<string, string>): Promise<void> {
    const child = spawnCli(['send', STEP, '--yes', '--now', NOW], { ...env, FOLLOWTHROUGH_TEST_PAUSE_AT: point });
    const done = collect(child);
    await waitForStderr(child, new RegExp(`paused at ${point}`));
    child.kill('SIGKILL');
    assert.equal((await done).signal, 'SIGKILL');
  }

  async function state(db: string) {
    const store = await openStore({ path: db });
    try {
      const entry = await outboxOf(store).get(STEP);
      const sent = ((await store.getApplication('acme'))?.events ?? []).filter((e) => e.type === 'sent');
      return { entry, sent };
    } finally {
      await store.close();
    }
  }

  const send = (env: Record<string, string>, ...flags: string[]) =>
    runCli(['send', STEP, '--yes', '--now', NOW, ...flags], env);

  test('killed after the login, before the data: nothing went out, so the next send sends it once', async () => {
    const { env, db } = await fresh();
    await killAt('before-data', env);
    assert.equal(smtp.messages.length, 0);
    assert.equal((await state(db)).entry?.state, 'claimed');

    const retry = await send(env);
    assert.equal(retry.code, 0, retry.stderr);
    assert.equal(smtp.messages.length, 1);
    const after = await state(db);
    assert.equal(after.entry?.state, 'sent');
    assert.equal(after.sent.length, 1);
    assert.equal((await simpleParser(smtp.messages[0]?.raw as Buffer)).messageId, after.entry?.messageId);
  });

  test('killed while the server held the data: reported as interrupted; sync finds the copy in Sent', async (t) => {
    const { env, db } = await fresh();
    smtp.holdData = true;
    const dataIn = smtp.nextData();
    const child = spawnCli(['send', STEP, '--yes', '--now', NOW], env);
    const done = collect(child);
    await dataIn;
    child.kill('SIGKILL');
    await done;
    smtp.releaseData(); // the server kept the message although the client never heard back
    smtp.holdData = false;
    assert.equal(smtp.messages.length, 1);
    assert.equal((await state(db)).entry?.state, 'sending');

    const retry = await send(env);
    assert.equal(retry.code, 3);
    assert.match(retry.stderr, /interrupted mid-send/);
    assert.match(retry.stderr, /--force-resend/);
    assert.equal(retry.stderr.trim().split('\n').length, 1);
    assert.equal(smtp.messages.length, 1, 'no second copy');
    assert.equal((await state(db)).sent.length, 0);

    if (!imap) {
      t.skip(`the Sent-folder half needs Dovecot: ${dovecotMissing()}`);
      return;
    }
    // The provider filed the copy in Sent (as Gmail and others do): sync settles the step by its Message-ID.
    await imap.append('Sent', smtp.messages[0]?.raw as Buffer);
    const synced = await runCli(['sync', '--now', '2026-01-05T16:00:00-06:00'], env);
    assert.equal(synced.code, 0, synced.stderr);
    assert.match(synced.stdout, /found in the Sent folder; recorded as sent/);
    const settled = await state(db);
    assert.equal(settled.entry?.state, 'sent');
    assert.equal(settled.sent.length, 1);
    const last = await send(env);
    assert.equal(last.code, 0);
    assert.match(last.stderr, /already sent (on )?Mon 2026-01-05 \d{2}:\d{2} \(Message-ID/);
    assert.equal(smtp.messages.length, 1);
  });

  test('killed after the server accepted, before the record: interrupted, never re-sent silently', async () => {
    const { env, db } = await fresh();
    await killAt('accepted', env);
    assert.equal(smtp.messages.length, 1);
    assert.equal((await state(db)).entry?.state, 'sending');

    const retry = await send(env);
    assert.equal(retry.code, 3);
    assert.match(retry.stderr, /^send: step acme\/thank-you\/0\/maria-chen was interrupted mid-send/);
    // The moment is shown in the candidate's zone (Chicago), as people read it, not as stored.
    assert.match(retry.stderr, /mid-send at Mon 2026-01-05 15:00: /);
    assert.equal(smtp.messages.length, 1);
    assert.equal((await state(db)).sent.length, 0);
  });

  test('killed right after recording: already sent, nothing more', async () => {
    const { env, db } = await fresh();
    await killAt('recorded', env);
    assert.equal(smtp.messages.length, 1);
    const retry = await send(env);
    assert.equal(retry.code, 0, retry.stderr);
    assert.match(retry.stderr, /already sent/);
    assert.equal(smtp.messages.length, 1);
    const s = await state(db);
    assert.equal(s.entry?.state, 'sent');
    assert.equal(s.sent.length, 1);
  });
});
