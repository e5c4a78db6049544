// `followthrough sync` at a terminal: a reply that reads as a rejection or an offer is shown with its sentence
// and recorded only on "y"; "n" dismisses it for good. Driven through a real pseudo-terminal against Dovecot.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { type DovecotServer, dovecotMissing, runCli, startDovecot } from '../helpers/servers.js';
import { spawnTtyCli, type TtySession, ttySkipReason } from '../helpers/tty.js';

const NOW = '2026-01-14T09:00:00-06:00';

const mail = (from: string, id: string, body: string) =>
  [
    `From: ${from}`,
    'To: dana@example.test',
    'Subject: Re: Thank you',
    'Date: Tue, 13 Jan 2026 16:00:00 -0600',
    `Message-ID: <${id}@acme.example>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\n');

describe('sync asks about outcomes at a terminal', { skip: dovecotMissing() ?? ttySkipReason() }, () => {
  let imap: DovecotServer;
  let box: CliStore;
  let env: Record<string, string>;
  let session: TtySession | undefined;

  const tty = (args: string[]) => {
    session = spawnTtyCli(args, { env: { ...process.env, NO_COLOR: '1', ...env } });
    return session;
  };
  const events = () => box.events();

  before(async () => {
    imap = await startDovecot();
    box = await cliStore({ imap });
    env = box.env;
  });
  afterEach(() => {
    session?.kill();
    session = undefined;
  });
  after(async () => {
    await imap?.close();
    box?.cleanup();
  });

  test('"n" records the reply but not the rejection, and the question does not come back', async () => {
    await imap.append(
      'INBOX',
      mail(
        'Maria Chen <maria.chen@acme.example>',
        'maria.no',
        'Thank you for your time. After careful thought we have decided to move forward with another candidate.',
      ),
    );
    const t = tty(['sync', '--now', NOW]);
    const shown = await t.expect(/Record acme as rejected\? \[y\/N\][^\n]*: $/);
    assert.match(shown, /reads as a rejection: ".*another candidate/);
    t.send('n');
    const done = await t.exit();
    assert.equal(done.code, 0, done.output);
    const recorded = await events();
    assert.equal(recorded.filter((e) => e.type === 'replied').length, 1);
    assert.equal(recorded.filter((e) => e.type === 'rejected').length, 0);

    const again = await runCli(['sync', '--now', NOW], env);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stdout, /reads as a rejection/);
    assert.equal((await events()).length, recorded.length);
  });

  test('"y" records the offer, and nothing is left to send for the application', async () => {
    await imap.append(
      'INBOX',
      mail(
        'Sam Ortiz <sam.ortiz@acme.example>',
        'sam.yes',
        'Good news: we would like to offer you the Senior Accountant position. Your offer letter follows.',
      ),
    );
    const t = tty(['sync', '--now', NOW]);
    await t.expect(/Record acme as an offer\? \[y\/N\][^\n]*: $/);
    t.send('y');
    await t.expect('acme: recorded as an offer');
    const done = await t.exit();
    assert.equal(done.code, 0, done.output);
    const offers = (await events()).filter((e) => e.type === 'offer');
    assert.equal(offers.length, 1);
    assert.equal(offers[0]?.from, 'Sam Ortiz');

    const plan = await runCli(['plan', '--json', '--now', NOW], env);
    assert.equal(plan.code, 0, plan.stderr);
    const open = (JSON.parse(plan.stdout) as { steps: Array<{ state: string }> }).steps.filter(
      (s) => s.state === 'pending' || s.state === 'overdue',
    );
    assert.deepEqual(open, []);
  });
});
