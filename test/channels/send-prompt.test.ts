// `followthrough send STEP` at a terminal: it shows the message and asks before anything leaves. Driven through
// a real pseudo-terminal (util-linux `script`) against the test SMTP server on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Step } from '../../src/core/plan/types.js';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { runCli, type SmtpTestServer, startSmtpServer } from '../helpers/servers.js';
import { spawnTtyCli, type TtySession, ttySkipReason } from '../helpers/tty.js';

const NOW = '2026-01-05T15:00:00-06:00';
const MARIA = 'acme/thank-you/0/maria-chen';
const SAM = 'acme/thank-you/0/sam-ortiz';

describe('send asks at a terminal', { skip: ttySkipReason() }, () => {
  let smtp: SmtpTestServer;
  let box: CliStore;
  let env: Record<string, string>;
  let session: TtySession | undefined;

  const tty = (args: string[]) => {
    session = spawnTtyCli(args, { env: { ...process.env, NO_COLOR: '1', ...env } });
    return session;
  };
  const step = async (id: string): Promise<Step | undefined> => {
    const r = await runCli(['plan', '--json', '--now', NOW], env);
    assert.equal(r.code, 0, r.stderr);
    return (JSON.parse(r.stdout) as { steps: Step[] }).steps.find((s) => s.id === id);
  };

  before(async () => {
    smtp = await startSmtpServer({ user: 'dana@example.test' });
    box = await cliStore({ smtp });
    env = box.env;
  });
  afterEach(() => {
    session?.kill();
    session = undefined;
  });
  after(async () => {
    await smtp?.close();
    box?.cleanup();
  });

  test('the message is shown before the question; "n" sends nothing and the step stays open', async () => {
    const t = tty(['send', MARIA, '--now', NOW]);
    const shown = await t.expect(/Send this to maria\.chen@acme\.example\? \[y\/N\]: $/);
    assert.match(shown, /^From: Dana Reyes <dana@example\.test>$/m);
    assert.match(shown, /^To: Maria Chen <maria\.chen@acme\.example>$/m);
    assert.match(shown, /^Subject: \S/m);
    assert.match(shown, /Maria/, 'the body is shown too');
    t.send('n');
    await t.expect('send: not sent');
    const done = await t.exit();
    assert.equal(done.code, 0, done.output);
    assert.equal(smtp.messages.length, 0);
    assert.notEqual((await step(MARIA))?.state, 'done');
  });

  test('Enter alone takes the default, which is not to send', async () => {
    const t = tty(['send', MARIA, '--now', NOW]);
    await t.expect(/\[y\/N\][^\n]*: $/);
    t.send('');
    await t.expect('send: not sent');
    const done = await t.exit();
    assert.equal(done.code, 0, done.output);
    assert.equal(smtp.messages.length, 0);
  });

  test('Ctrl-D at the question: non-zero exit, one line, nothing sent', async () => {
    const t = tty(['send', MARIA, '--now', NOW]);
    await t.expect(/\[y\/N\][^\n]*: $/);
    t.type('\u0004');
    const done = await t.exit();
    assert.equal(done.code, 2, done.output);
    assert.match(
      done.output.trim().split('\n').at(-1) ?? '',
      /^Send this to maria\.chen@acme\.example\? .*cancelled with Ctrl\+D$/,
    );
    assert.equal(smtp.messages.length, 0);
    assert.notEqual((await step(MARIA))?.state, 'done');
  });

  test('"y" sends exactly that message and the step is done', async () => {
    const t = tty(['send', SAM, '--now', NOW]);
    const shown = await t.expect(/Send this to sam\.ortiz@acme\.example\? \[y\/N\]: $/);
    const subject = /^Subject: (.+)$/m.exec(shown)?.[1];
    t.send('y');
    await t.expect(/Sent thank-you to Sam Ortiz <sam\.ortiz@acme\.example>/);
    const done = await t.exit();
    assert.equal(done.code, 0, done.output);
    assert.equal(smtp.messages.length, 1);
    assert.deepEqual(smtp.messages[0]?.to, ['sam.ortiz@acme.example']);
    assert.ok(subject && smtp.messages[0]?.raw.toString('utf8').includes(subject), 'the shown subject was sent');
    assert.equal((await step(SAM))?.state, 'done');
  });
});
