// End to end through the real CLI: a store with a document, the plan, `send` over SMTP, a reply delivered
// to Dovecot, `sync`, and the plan moving because of it. Servers: smtp-server and Dovecot on 127.0.0.1.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import type { Step } from '../../src/core/plan/types.js';
import { openStore } from '../../src/store/index.js';
import { outboxOf } from '../../src/store/outbox.js';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { ACME_DOC } from '../helpers/documents.js';
import {
  collect,
  type DovecotServer,
  dovecotMissing,
  freePort,
  runCli,
  type SmtpTestServer,
  spawnCli,
  startDovecot,
  startSmtpServer,
  waitForStderr,
  waitForStdout,
} from '../helpers/servers.js';

const SENT_AT = '2026-01-05T15:00:00-06:00';
const REPLY_SEEN = '2026-01-14T09:00:00-06:00';
const MARIA = 'acme/thank-you/0/maria-chen';

const missing = dovecotMissing();

describe('send, reply, sync, re-plan', { skip: missing }, () => {
  let smtp: SmtpTestServer;
  let imap: DovecotServer;
  let box: CliStore;
  let dir: string;
  let env: Record<string, string>;

  const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, { ...env, ...extra });
  const planSteps = async (now: string): Promise<Step[]> => {
    const r = await cli(['plan', '--json', '--now', now]);
    assert.equal(r.code, 0, r.stderr);
    return (JSON.parse(r.stdout) as { steps: Step[] }).steps;
  };
  const events = () => box.events();

  before(async () => {
    [smtp, imap] = await Promise.all([startSmtpServer({ user: 'dana@example.test' }), startDovecot()]);
    box = await cliStore({ smtp, imap });
    ({ dir, env } = box);
  });
  after(async () => {
    await Promise.all([smtp?.close(), imap?.close()]);
    box?.cleanup();
  });

  test('a script must say --yes; --dry-run and export-eml show the message and send nothing', async () => {
    const refused = await cli(['send', MARIA, '--now', SENT_AT]);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr.trim(), 'send: not on a terminal: add --yes to send without asking');

    const dry = await cli(['send', MARIA, '--dry-run', '--now', SENT_AT]);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(
      dry.stdout,
      /^From: Dana Reyes <dana@example.test>\nTo: Maria Chen <maria.chen@acme.example>\nSubject: .+\nDate: .+\nMessage-ID: <.+>\n\n\S/,
    );

    const eml = join(dir, 'maria.eml');
    const exported = await cli(['export-eml', MARIA, '-o', eml, '--now', SENT_AT]);
    assert.equal(exported.code, 0, exported.stderr);
    const parsed = await simpleParser(readFileSync(eml));
    assert.equal(parsed.from?.value[0]?.address, 'dana@example.test');
    assert.ok(parsed.subject && parsed.text && parsed.messageId);
    assert.equal(smtp.messages.length, 0);
  });

  test('wrong password and unreachable server: one line, exit 3, step unsent', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: smtp.user, password: 'Wr0ng-Secret' },
      }),
    );
    const wrong = await cli(['send', MARIA, '--yes', '--now', SENT_AT], {
      FOLLOWTHROUGH_CONFIG: join(dir, 'bad.json'),
    });
    assert.equal(wrong.code, 3);
    const lines = wrong.stderr.trim().split('\n');
    assert.equal(lines.length, 1, wrong.stderr);
    assert.match(
      lines[0] as string,
      new RegExp(`^send: SMTP login failed for user dana@example.test at 127.0.0.1:${smtp.port}\\b`),
    );
    assert.doesNotMatch(wrong.stderr + wrong.stdout, /Wr0ng-Secret/);

    const port = await freePort();
    const down = await cli(['send', MARIA, '--yes', '--now', SENT_AT], {
      FOLLOWTHROUGH_SMTP_URL: `smtp://dana%40example.test:Wr0ng-Secret@127.0.0.1:${port}`,
    });
    assert.equal(down.code, 3);
    assert.equal(down.stderr.trim(), `send: cannot reach the SMTP server at 127.0.0.1:${port} (connection refused)`);

    assert.equal(smtp.messages.length, 0);
    const step = (await planSteps(SENT_AT)).find((s) => s.id === MARIA);
    assert.notEqual(step?.state, 'done');
    assert.equal((await events()).length, 0);
  });

  test('send, reply with a new date, sync: the check-in moves; an auto-reply only pauses; sync twice is a no-op', async () => {
    const steps = await planSteps(SENT_AT);
    assert.ok(
      steps.find((s) => s.id === MARIA && s.channel === 'email'),
      `no ${MARIA} in ${steps.map((s) => s.id)}`,
    );
    const sent = await cli(['send', MARIA, '--yes', '--now', SENT_AT]);
    assert.equal(sent.code, 0, sent.stderr);

    assert.equal(smtp.messages.length, 1);
    const message = smtp.messages[0];
    assert.deepEqual(message?.to, ['maria.chen@acme.example']);
    const parsed = await simpleParser(message?.raw as Buffer);
    assert.equal(parsed.from?.value[0]?.address, 'dana@example.test');
    assert.equal(parsed.from?.value[0]?.name, 'Dana Reyes');
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    assert.equal(to?.value[0]?.address, 'maria.chen@acme.example');
    const recorded = (await events()).filter((e) => e.type === 'sent');
    assert.equal(recorded.length, 1);
    assert.equal(recorded[0]?.kind, 'thank-you');
    assert.equal(recorded[0]?.to, 'Maria Chen');
    assert.equal(recorded[0]?.messageId, parsed.messageId);
    const store = await openStore({ path: join(dir, 'ft.db') });
    const entry = await outboxOf(store).get(MARIA);
    await store.close();
    assert.equal(entry?.subject, parsed.subject);
    assert.equal((await planSteps(SENT_AT)).find((s) => s.id === MARIA)?.state, 'done');

    // Sending the same step again sends nothing.
    const again = await cli(['send', MARIA, '--yes', '--now', SENT_AT]);
    assert.equal(again.code, 0);
    assert.match(again.stderr, /already/);
    assert.equal(smtp.messages.length, 1);

    await imap.append(
      'INBOX',
      [
        'From: Maria Chen <maria.chen@acme.example>',
        `To: ${imap.user}`,
        `Subject: Re: ${parsed.subject}`,
        'Date: Tue, 13 Jan 2026 16:20:00 -0600',
        'Message-ID: <maria.reply.1@acme.example>',
        `In-Reply-To: ${parsed.messageId}`,
        `References: ${parsed.messageId}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hi Dana,',
        '',
        'Thank you for the kind note. We are still meeting candidates and expect to decide by January 30.',
        '',
        'Maria',
        '',
        `On Mon, Jan 5, 2026 Dana Reyes <dana@example.test> wrote:`,
        '> Thank you for your time today.',
      ].join('\n'),
    );
    const synced = await cli(['sync', '--now', REPLY_SEEN]);
    assert.equal(synced.code, 0, synced.stderr);
    assert.match(synced.stdout, /acme: reply from Maria Chen/);
    const replied = (await events()).filter((e) => e.type === 'replied');
    assert.equal(replied.length, 1);
    assert.match(replied[0]?.note ?? '', /expect to decide by January 30/);
    assert.doesNotMatch(replied[0]?.note ?? '', /Thank you for your time today/);

    // January 30, 2026 is a Friday: the check-in waits one business day, to Monday, February 2.
    const checkIn = (await planSteps(REPLY_SEEN)).find((s) => s.application === 'acme' && s.kind === 'check-in');
    assert.ok(checkIn, 'a check-in is planned');
    assert.equal(checkIn.earliest.slice(0, 10), '2026-02-02');
    assert.equal(checkIn.state, 'pending');

    await imap.append(
      'INBOX',
      [
        'From: Maria Chen <maria.chen@acme.example>',
        `To: ${imap.user}`,
        'Subject: Automatic reply: Checking in',
        'Date: Mon, 02 Feb 2026 09:05:00 -0600',
        'Message-ID: <maria.ooo.1@acme.example>',
        'Auto-Submitted: auto-replied',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'I am out of the office and will be back on Monday, February 9. For urgent matters contact Sam Ortiz.',
      ].join('\n'),
    );
    const later = '2026-02-02T12:00:00-06:00';
    const ooo = await cli(['sync', '--now', later]);
    assert.equal(ooo.code, 0, ooo.stderr);
    assert.match(ooo.stdout, /automatic reply from Maria Chen; follow-ups wait until 2026-02-09/);
    const auto = (await events()).filter((e) => e.type === 'replied' && e.autoReply);
    assert.equal(auto.length, 1);
    assert.equal(auto[0]?.pausedUntil, '2026-02-09');
    // A pause, not an answer that ends the follow-up: the check-in waits for one business day after the return.
    const ahead = (await planSteps(later)).filter(
      (s) =>
        s.application === 'acme' &&
        (s.kind === 'check-in' || s.kind === 'follow-up') &&
        s.state !== 'done' &&
        s.state !== 'cancelled',
    );
    assert.ok(ahead.length > 0, 'follow-ups are still planned');
    assert.equal(ahead[0]?.kind, 'check-in');
    assert.equal(ahead[0]?.earliest.slice(0, 10), '2026-02-10');
    assert.ok(
      ahead.every((s) => s.earliest.slice(0, 10) >= '2026-02-10'),
      ahead.map((s) => s.earliest).join(', '),
    );

    const count = (await events()).length;
    const twice = await cli(['sync', '--now', later]);
    assert.equal(twice.code, 0, twice.stderr);
    assert.match(twice.stderr, /nothing new/);
    assert.equal((await events()).length, count);

    // What send and sync recorded has no undo of its own: undo will not silently throw it away.
    const undo = await cli(['undo']);
    assert.equal(undo.code, 2);
    assert.match(
      undo.stderr.trim(),
      /^undo: \d+ later changes \(recorded by send or sync\) would be lost with "import of .*"; run `followthrough undo --force` to undo anyway$/,
    );
    assert.equal((await events()).length, count);
  });
});

describe('watch', { skip: missing }, () => {
  test('records a reply as it arrives and stops cleanly on SIGINT', async () => {
    const imap = await startDovecot();
    const dir = mkdtempSync(join(tmpdir(), 'ft-watch-'));
    try {
      writeFileSync(join(dir, 'doc.json'), JSON.stringify(ACME_DOC));
      const env = {
        FOLLOWTHROUGH_DB: join(dir, 'ft.db'),
        FOLLOWTHROUGH_IMAP_URL: imap.url(),
        FOLLOWTHROUGH_CONFIG: join(dir, 'none.json'),
      };
      assert.equal((await runCli(['import', join(dir, 'doc.json')], env)).code, 0);
      const child = spawnCli(['watch'], env);
      const done = collect(child, 90_000);
      await waitForStderr(child, /watch: waiting for mail in INBOX/);
      const seen = waitForStdout(child, /acme: reply from Sam Ortiz/);
      await imap.append(
        'INBOX',
        [
          'From: Sam Ortiz <sam.ortiz@acme.example>',
          `To: ${imap.user}`,
          'Subject: Re: Thank you',
          'Date: Wed, 07 Jan 2026 10:00:00 -0600',
          'Message-ID: <sam.1@acme.example>',
          '',
          'Thanks, Dana. We will be in touch next week.',
        ].join('\n'),
      );
      await seen;
      child.kill('SIGINT');
      const result = await done;
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /watch: stopped/);
      const store = await openStore({ path: join(dir, 'ft.db') });
      const replied = ((await store.getApplication('acme'))?.events ?? []).filter((e) => e.type === 'replied');
      await store.close();
      assert.equal(replied.length, 1);
      assert.equal(replied[0]?.from, 'Sam Ortiz');
    } finally {
      await imap.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

if (missing) test(`end-to-end tests skipped: ${missing}`, { skip: missing }, () => {});
