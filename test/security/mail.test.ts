// Mail from outside cannot hurt the plan, against the real Dovecot the suite runs: a message nobody can
// parse is skipped once and sync moves on; forged senders, look-alike domains, another company's
// interviewer in our thread, and an out-of-office "until 2099" change nothing they should not.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Step } from '../../src/core/plan/types.js';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { ACME, ACME_INTERVIEW_AT, DANA } from '../helpers/documents.js';
import { type DovecotServer, dovecotMissing, runCli, startDovecot } from '../helpers/servers.js';

const OUR_THANKS = '<ft.thanks.acme.1@example.test>';
const OUR_GLOBEX = '<ft.thanks.globex.1@example.test>';

const DOC = {
  version: 1,
  candidate: DANA,
  applications: [
    {
      ...ACME,
      interviews: [
        {
          at: ACME_INTERVIEW_AT,
          interviewers: [
            { name: 'Maria Chen', email: 'maria.chen@acme.example', topics: ['the close'] },
            { name: 'Sam Ortiz', email: 'sam.ortiz@acme.example' },
          ],
          nextSteps: { expected: 'within two weeks' },
        },
      ],
      events: [
        {
          at: '2026-01-05T15:00:00-06:00',
          type: 'sent',
          kind: 'thank-you',
          to: 'Maria Chen <maria.chen@acme.example>',
          messageId: OUR_THANKS,
        },
      ],
    },
    {
      id: 'globex',
      company: 'Globex',
      role: 'Controller',
      interviews: [
        {
          at: '2026-01-06T10:00:00-06:00',
          interviewers: [{ name: 'Hank Scorpio', email: 'hank@globex.example' }],
        },
      ],
      events: [
        {
          at: '2026-01-06T15:00:00-06:00',
          type: 'sent',
          kind: 'thank-you',
          to: 'hank@globex.example',
          messageId: OUR_GLOBEX,
        },
      ],
    },
  ],
};

function mail(headers: Record<string, string>, body: string): string {
  const all = { To: 'dana@example.test', 'Content-Type': 'text/plain; charset=utf-8', ...headers };
  return `${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n\n${body}\n`;
}

/** A multipart message nested `depth` levels deep: mailparser gives up on it ("Max allowed child nodes"). */
function nested(depth: number, headers: Record<string, string>): string {
  const head = Object.entries({ To: 'dana@example.test', 'MIME-Version': '1.0', ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  let body = 'Content-Type: text/plain\n\nWe have decided to move forward with other candidates.\n';
  for (let i = depth; i > 0; i--)
    body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--\n`;
  return `${head}\n${body}`;
}

const missing = dovecotMissing();

describe('hostile mail against Dovecot', { skip: missing }, () => {
  let imap: DovecotServer;
  let box: CliStore;
  const sync = (now: string) => runCli(['sync', '--now', now], box.env);
  const replies = async (app = 'acme') => (await box.events(app)).filter((e) => e.type === 'replied');

  before(async () => {
    imap = await startDovecot();
    box = await cliStore({ imap }, DOC);
  });
  after(async () => {
    await imap?.close();
    box?.cleanup();
  });

  test('a message that cannot be parsed is skipped once, with its reason, and sync reads on', async () => {
    await imap.append(
      'INBOX',
      nested(2000, {
        From: 'Maria Chen <maria.chen@acme.example>',
        Subject: 'Re: Thank you',
        Date: 'Tue, 13 Jan 2026 09:00:00 -0600',
        'Message-ID': '<poison.1@acme.example>',
        'In-Reply-To': OUR_THANKS,
      }),
    );
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'Sam Ortiz <sam.ortiz@acme.example>',
          Subject: 'Re: Thank you',
          Date: 'Wed, 14 Jan 2026 09:00:00 -0600',
          'Message-ID': '<sam.1@acme.example>',
        },
        'Hi Dana, we will be in touch by January 30. Sam',
      ),
    );
    const first = await sync('2026-01-15T09:00:00-06:00');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /skipped message \d+ from Maria Chen \("Re: Thank you"\): cannot be parsed/);
    assert.doesNotMatch(first.stderr, /cannot reach/);
    const recorded = await replies();
    assert.equal(recorded.length, 1, 'the message after the poisoned one is read');
    assert.equal(recorded[0]?.from, 'Sam Ortiz');

    // Shown once: the ledger remembers it and the cursor has moved past it.
    const second = await sync('2026-01-15T10:00:00-06:00');
    assert.equal(second.code, 0, second.stderr);
    assert.doesNotMatch(second.stderr, /skipped/);
    assert.equal((await replies()).length, 1);
  });

  test('a forged From in our thread is named, not recorded, and proposes nothing', async () => {
    await imap.append(
      'INBOX',
      mail(
        {
          From: '"Maria Chen" <attacker@evil.example>',
          Subject: 'Re: Thank you',
          Date: 'Thu, 15 Jan 2026 11:00:00 -0600',
          'Message-ID': '<forged.1@evil.example>',
          'In-Reply-To': OUR_THANKS,
          References: OUR_THANKS,
        },
        'Dear Dana, we regret to inform you that we have decided to move forward with other candidates.',
      ),
    );
    const r = await sync('2026-01-16T09:00:00-06:00');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /acme: a message in its thread is from "Maria Chen" <attacker@evil\.example>/);
    assert.doesNotMatch(r.stdout, /rejection/);
    assert.equal((await replies()).length, 1, 'nothing recorded for the forged message');
    assert.ok(!(await box.events()).some((e) => e.type === 'rejected'));
  });

  test('a look-alike domain matches nothing; another company’s interviewer in our thread is not ours', async () => {
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'Acme HR <hr@acme.ru>',
          Subject: 'Your offer',
          Date: 'Fri, 16 Jan 2026 09:00:00 -0600',
          'Message-ID': '<offer.1@acme.ru>',
        },
        'We are pleased to offer you the position of Senior Accountant. Your offer letter is attached.',
      ),
    );
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'Hank Scorpio <hank@globex.example>',
          Subject: 'Re: Thank you',
          Date: 'Fri, 16 Jan 2026 10:00:00 -0600',
          'Message-ID': '<hank.1@globex.example>',
          'In-Reply-To': OUR_THANKS,
        },
        'Dana, we have decided to move forward with another candidate.',
      ),
    );
    const r = await sync('2026-01-16T12:00:00-06:00');
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /offer/);
    assert.doesNotMatch(`${r.stdout}${r.stderr}`, /acme\.ru/, 'the look-alike is not even a thread candidate');
    assert.match(r.stderr, /acme: a message in its thread is from "Hank Scorpio" <hank@globex\.example>/);
    assert.equal((await replies('acme')).length, 1);
    assert.equal((await replies('globex')).length, 0, 'a reply in Acme’s thread is not moved to Globex either');
  });

  test('an out-of-office "until 2099" pauses for the default, not for 73 years', async () => {
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'Nobody <nobody@acme.example>',
          Subject: 'Automatic reply: Thank you',
          Date: 'Mon, 19 Jan 2026 08:00:00 -0600',
          'Message-ID': '<ooo.2099@acme.example>',
          'Auto-Submitted': 'auto-replied',
        },
        'I am out of the office until December 31, 2099.',
      ),
    );
    const r = await sync('2026-01-19T12:00:00-06:00');
    assert.equal(r.code, 0, r.stderr);
    const auto = (await replies()).find((e) => e.autoReply);
    assert.ok(auto, 'the auto-reply is recorded as a pause');
    assert.equal(auto.pausedUntil, undefined);
    const plan = await runCli(['plan', '--json', '--now', '2026-01-19T12:00:00-06:00'], box.env);
    assert.equal(plan.code, 0, plan.stderr);
    const steps = (JSON.parse(plan.stdout) as { steps: Step[] }).steps.filter((s) => s.application === 'acme');
    const checkIn = steps.find((s) => s.kind === 'check-in');
    assert.ok(checkIn, 'a check-in is still planned');
    assert.ok(checkIn.due < '2026-06-01', `check-in due ${checkIn.due}`);
  });
});
