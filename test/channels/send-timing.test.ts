// Sends that wait for their time, and sends that race: through the real CLI and the suite's SMTP server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { collect, runCli, type SmtpTestServer, spawnCli, startSmtpServer, waitForStderr } from '../helpers/servers.js';

const STEP = 'acme/thank-you/0/maria-chen';
const BEFORE_INTERVIEW = '2026-01-05T04:00:00-06:00'; // the interview is at 10:00 that day
const AFTER_INTERVIEW = '2026-01-05T15:00:00-06:00';

describe('send waits for the step’s time', () => {
  let smtp: SmtpTestServer;
  const boxes: CliStore[] = [];
  before(async () => {
    smtp = await startSmtpServer();
  });
  after(async () => {
    await smtp.close();
    for (const b of boxes) b.cleanup();
  });
  const fresh = async () => {
    smtp.messages.length = 0;
    const box = await cliStore({ smtp });
    boxes.push(box);
    return box;
  };

  test('a thank-you before its interview is refused unless --early, and nothing is sent or recorded', async () => {
    const box = await fresh();
    const r = await runCli(['send', STEP, '--yes', '--now', BEFORE_INTERVIEW], box.env);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      /^send: acme\/thank-you\/0\/maria-chen is early: the interview is .*January 5.* and has not happened yet; .*--early/m,
    );
    assert.equal(smtp.messages.length, 0);
    assert.deepEqual(await box.events(), []);

    const dry = await runCli(['send', STEP, '--dry-run', '--now', BEFORE_INTERVIEW], box.env);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stderr, /^Due: .* \(early: the interview is/m);

    const forced = await runCli(['send', STEP, '--yes', '--early', '--now', BEFORE_INTERVIEW], box.env);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(smtp.messages.length, 1);
  });

  test('a check-in before its day is refused, and its preview says when it is due', async () => {
    const box = await fresh();
    const r = await runCli(['send', 'acme/check-in/1', '--yes', '--now', AFTER_INTERVIEW], box.env);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /is early: it is not due until /);
    assert.equal(smtp.messages.length, 0);
  });

  test('three sends of one step at once: one message; the others hear "already sent" or "being sent", never "interrupted"', async () => {
    const box = await fresh();
    const runs = await Promise.all(
      [0, 1, 2].map(() => runCli(['send', STEP, '--yes', '--now', AFTER_INTERVIEW], box.env)),
    );
    assert.equal(smtp.messages.length, 1, 'one copy reached the server');
    const sent = runs.filter((r) => r.code === 0 && /^Sent thank-you/m.test(r.stdout));
    assert.ok(sent.length >= 1, runs.map((r) => r.stderr).join('\n'));
    for (const r of runs) {
      assert.doesNotMatch(r.stderr, /interrupted|force-resend/, r.stderr);
      if (!sent.includes(r)) assert.match(r.stderr, /already sent|being sent by another process/);
    }
    const events = (await box.events()).filter((e) => e.type === 'sent');
    assert.equal(events.length, 1);
    assert.equal(events[0]?.step, STEP);
  });

  test('a send held mid-way by a live process is "being sent", not "interrupted"; once that process is dead it is', async () => {
    const box = await fresh();
    const held = spawnCli(['send', STEP, '--yes', '--now', AFTER_INTERVIEW], {
      ...box.env,
      FOLLOWTHROUGH_TEST_PAUSE_AT: 'accepted',
    });
    const done = collect(held);
    await waitForStderr(held, /paused at accepted/);
    const second = await runCli(['send', STEP, '--yes', '--force-resend', '--now', AFTER_INTERVIEW], box.env);
    assert.notEqual(second.code, 0);
    assert.match(second.stderr, /being sent by another process/);
    assert.doesNotMatch(second.stderr, /interrupted/);
    held.kill('SIGKILL');
    await done;
    const third = await runCli(['send', STEP, '--yes', '--now', AFTER_INTERVIEW], box.env);
    assert.match(third.stderr, /interrupted mid-send/);
    assert.equal(smtp.messages.length, 1, 'still one copy');
  });
});
