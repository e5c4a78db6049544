// Replies in: what a message is (auto-reply, reply, outcome), which application it belongs to, and `sync`
// against a real Dovecot on 127.0.0.1 with a real SQLite store.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { DateTime } from 'luxon';
import {
  autoReplyReason,
  proposedOutcome,
  replyNote,
  returnDate,
  stripQuoted,
} from '../../src/channels/imap/classify.js';
import { buildMatchIndex, matchMessage } from '../../src/channels/imap/match.js';
import { fromImapUrl, imapSettings } from '../../src/channels/imap/settings.js';
import { syncReplies } from '../../src/channels/imap/sync.js';
import { parseDocument } from '../../src/core/document/parse.js';
import type { Document } from '../../src/core/document/schema.js';
import type { FollowthroughError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { outboxOf } from '../../src/store/outbox.js';
import { ACME, ACME_INTERVIEW_AT, DANA } from '../helpers/documents.js';
import { type DovecotServer, dovecotMissing, freePort, startDovecot } from '../helpers/servers.js';

const ZONE = 'America/Chicago';
// Dana's Acme interview with Maria alone, a recruiter contact and a thank-you already sent; and a second
// application, at Globex.
const DOC_INPUT = {
  version: 1,
  candidate: DANA,
  applications: [
    {
      ...ACME,
      interviews: [
        {
          at: ACME_INTERVIEW_AT,
          interviewers: [{ name: 'Maria Chen', email: 'maria.chen@acme.example' }],
          contact: { name: 'Lee Park', email: 'lee.park@gmail.com' },
        },
      ],
      events: [
        {
          at: '2026-01-05T15:00:00-06:00',
          type: 'sent',
          kind: 'thank-you',
          to: 'Maria Chen',
          messageId: '<ft.thanks.1@example.test>',
        },
      ],
    },
    {
      id: 'globex',
      company: 'Globex Corporation',
      role: 'Controller',
      interviews: [
        { at: '2026-01-07T13:00:00-06:00', interviewers: [{ name: 'Hank Scorpio', email: 'hank@globex.example' }] },
      ],
    },
  ],
};

function doc(): Document {
  return parseDocument(structuredClone(DOC_INPUT), { defaultZone: ZONE });
}

/** A message as a server would deliver it (LF here; the helper appends it with CRLF). */
function mail(headers: Record<string, string>, body: string): string {
  const lines = Object.entries({ 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', ...headers }).map(
    ([k, v]) => `${k}: ${v}`,
  );
  return `${lines.join('\n')}\n\n${body}\n`;
}

describe('what a message is', () => {
  test('auto-replies are recognised by their headers and by out-of-office subjects', () => {
    assert.match(autoReplyReason({ 'auto-submitted': 'auto-replied' }, 'Re: Thank you') ?? '', /Auto-Submitted/);
    assert.equal(autoReplyReason({ 'auto-submitted': 'no' }, 'Re: Thank you'), undefined);
    assert.ok(autoReplyReason({ 'x-autoreply': 'yes' }, 'Re: hi'));
    assert.ok(autoReplyReason({ 'x-autorespond': 'x' }, 'Re: hi'));
    assert.ok(autoReplyReason({ precedence: 'auto_reply' }, 'Re: hi'));
    assert.ok(autoReplyReason({ precedence: 'bulk' }, 'Re: hi'));
    for (const subject of [
      'Out of Office: Thank you',
      'Automatic reply: Thank you',
      'OOO until Monday',
      'Re: [OOO] hi',
    ])
      assert.ok(autoReplyReason({}, subject), subject);
    assert.equal(autoReplyReason({}, 'Re: Thanks for meeting with me'), undefined);
    assert.equal(autoReplyReason({ precedence: 'list' }, 'Re: Thanks for the call'), undefined);
  });

  test('the reply keeps its own words, without the quoted history or signature', () => {
    const text = [
      'Hi Dana,',
      '',
      'Thanks for the note. We expect to decide by January 30.',
      '',
      '--',
      'Maria Chen, Controller',
      '',
      'On Mon, Jan 5, 2026 at 3:00 PM Dana Reyes <dana@example.test>',
      'wrote:',
      '> Thank you for your time today.',
    ].join('\n');
    assert.equal(stripQuoted(text), 'Hi Dana,\n\nThanks for the note. We expect to decide by January 30.');
    assert.equal(stripQuoted('Sounds good.\n\n> quoted line\n> more'), 'Sounds good.');
    assert.equal(stripQuoted('Great.\n\n-----Original Message-----\nFrom: Dana\nSubject: x'), 'Great.');
    const long = `${'word '.repeat(200)}end`;
    const note = replyNote(long);
    assert.ok(note.length <= 500 && note.endsWith('…'));
  });

  test('clear rejection and offer wording is proposed, with the sentence quoted; ordinary replies are not', () => {
    const no = proposedOutcome(
      'Dear Dana,\n\nThank you for your interest. After careful thought we have decided to move forward with other candidates. We wish you well.',
    );
    assert.equal(no?.outcome, 'rejected');
    assert.equal(no?.quote, 'After careful thought we have decided to move forward with other candidates.');
    assert.equal(proposedOutcome("Hi Dana, we'd like to extend an offer for the Controller role!")?.outcome, 'offer');
    assert.equal(proposedOutcome('We are pleased to offer you the position of Senior Accountant.')?.outcome, 'offer');
    assert.equal(proposedOutcome('We would like to move forward with a second round next week.'), undefined);
    assert.equal(proposedOutcome('We expect to decide by January 30.'), undefined);
    // Quoted history does not count: it is our own earlier text, or theirs from another thread.
    assert.equal(proposedOutcome('Thanks!\n\n> we have decided to move forward with other candidates'), undefined);
  });

  test('the return date of an out-of-office reply, read from when it arrived', () => {
    const received = DateTime.fromISO('2026-01-12T08:00:00-06:00');
    assert.equal(
      returnDate('I am out of the office and will be back on Monday, January 19.', received, ZONE),
      '2026-01-19',
    );
    assert.equal(returnDate('Away from Jan 12 to Jan 16 with limited access to email.', received, ZONE), '2026-01-16');
    assert.equal(returnDate('I will return on 1/20/2026.', received, ZONE), '2026-01-20');
    assert.equal(returnDate('I am travelling with limited access to email.', received, ZONE), undefined);
    // Anyone can send an auto-reply: a return past 60 days is not believed, the default pause applies.
    assert.equal(returnDate('I am away until December 31, 2099.', received, ZONE), undefined);
    assert.equal(returnDate('I am on leave until March 13, 2026.', received, ZONE), '2026-03-13');
    assert.equal(returnDate('I am on leave until March 14, 2026.', received, ZONE), undefined);
  });
});

describe('which application a message belongs to', () => {
  const index = buildMatchIndex(doc(), [{ messageId: '<ft.check.2@example.test>', applicationId: 'globex' }]);

  test('a reply to a message we sent matches by In-Reply-To or References, from that company only', () => {
    assert.deepEqual(
      matchMessage(index, {
        inReplyTo: '<ft.thanks.1@example.test>',
        from: { address: 'pat@mail.acme.example', name: 'Pat' },
      }),
      { application: 'acme', via: 'thread', person: 'Pat' },
    );
    // A stranger who copies our Message-ID (or is Cc'd) is named, not believed.
    assert.deepEqual(
      matchMessage(index, {
        inReplyTo: '<ft.thanks.1@example.test>',
        from: { address: 'someone@other.example', name: 'Maria Chen' },
      }),
      { application: 'acme', via: 'thread', unverified: { sender: '"Maria Chen" <someone@other.example>' } },
    );
    assert.equal(
      matchMessage(index, { references: ['<x@y>', '<ft.check.2@example.test>'], from: { address: 'a@b.example' } })
        ?.unverified?.sender,
      '<a@b.example>',
    );
  });

  test('then by a known sender address, then by the company domain; personal mail domains never match', () => {
    assert.deepEqual(matchMessage(index, { from: { address: 'Maria.Chen@acme.example' } }), {
      application: 'acme',
      person: 'Maria Chen',
      via: 'sender',
    });
    assert.deepEqual(matchMessage(index, { from: { address: 'lee.park@gmail.com' } }), {
      application: 'acme',
      person: 'Lee Park',
      via: 'sender',
    });
    assert.equal(matchMessage(index, { from: { address: 'hr@acme.example', name: 'Acme HR' } })?.via, 'domain');
    assert.equal(matchMessage(index, { from: { address: 'hr@eu.mail.acme.example' } })?.application, 'acme');
    // The company's name under another suffix is someone else's domain: acme.ru is not acme.example.
    assert.equal(matchMessage(index, { from: { address: 'hr@acme.ru', name: 'Acme HR' } }), undefined);
    assert.equal(matchMessage(index, { from: { address: 'hr@acme.example.ru' } }), undefined);
    assert.equal(matchMessage(index, { from: { address: 'jobs@globexcorporation.com' } }), undefined);
    assert.equal(matchMessage(index, { from: { address: 'friend@gmail.com' } }), undefined);
    assert.equal(matchMessage(index, { from: { address: 'news@unrelated.example' } }), undefined);
  });
});

describe('imap settings', () => {
  test('a URL names user, server and mailbox; the config needs a user', () => {
    assert.deepEqual(fromImapUrl('imap://dana%40example.test:pw@127.0.0.1:1143/Job%20replies'), {
      host: '127.0.0.1',
      port: 1143,
      secure: false,
      user: 'dana@example.test',
      password: 'pw',
      mailbox: 'Job replies',
    });
    assert.equal(fromImapUrl('imaps://u:p@mail.example.com').port, 993);
    assert.throws(() => imapSettings({ host: 'x' }, {}), /imap.user: required/);
    assert.throws(() => imapSettings(undefined, {}, 'sync'), /FOLLOWTHROUGH_IMAP_URL/);
  });
});

const missing = dovecotMissing();

describe('sync against Dovecot', { skip: missing }, () => {
  let imap: DovecotServer;
  let dir: string;
  let store: Store;
  const NOW = '2026-01-20T09:00:00-06:00';

  before(async () => {
    imap = await startDovecot();
  });
  after(async () => {
    await imap?.close();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await imap.reset();
    dir = mkdtempSync(join(tmpdir(), 'ft-imap-'));
    store = await openStore({ path: join(dir, 'ft.db') });
    await store.importDocument(doc(), { mode: 'replace' });
  });

  const settings = (mailbox = 'INBOX') => fromImapUrl(imap.url(undefined, mailbox));

  test('replies are recorded once; auto-replies pause; Sent and strangers are ignored; outcomes wait for a yes', async () => {
    const user = imap.user;
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'Pat Doe <pat.doe@acme.example>',
          To: user,
          Subject: 'Re: Thank you',
          Date: 'Tue, 13 Jan 2026 10:15:00 -0600',
          'Message-ID': '<reply.1@acme.example>',
          'In-Reply-To': '<ft.thanks.1@example.test>',
          References: '<ft.thanks.1@example.test>',
        },
        'Hi Dana,\n\nMaria asked me to reply: we expect to decide by January 30.\n\nOn Mon, Jan 5, 2026 Dana wrote:\n> Thank you',
      ),
    );
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'Hank Scorpio <hank@globex.example>',
          To: user,
          Subject: 'Automatic reply: Checking in',
          Date: 'Wed, 14 Jan 2026 08:00:00 -0600',
          'Message-ID': '<ooo.1@globex.example>',
          'Auto-Submitted': 'auto-replied',
        },
        'I am out of the office and will be back on Monday, January 26.',
      ),
    );
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'Newsletter <news@unrelated.example>',
          To: user,
          Subject: 'Deals',
          'Message-ID': '<n.1@unrelated.example>',
          Date: 'Wed, 14 Jan 2026 09:00:00 -0600',
        },
        'Buy now.',
      ),
    );
    // Our own mail filed in Sent, even one that looks like it comes from the company, is never a reply.
    await imap.append(
      'Sent',
      mail(
        {
          From: 'hank@globex.example',
          To: user,
          Subject: 'Re: x',
          'Message-ID': '<sent.1@globex.example>',
          Date: 'Wed, 14 Jan 2026 09:00:00 -0600',
        },
        'In the Sent folder.',
      ),
    );

    const report = await syncReplies({ store, settings: settings(), now: NOW });
    assert.equal(report.replies.length, 2);
    const acme = (await store.getApplication('acme'))?.events.filter((e) => e.type === 'replied') ?? [];
    assert.equal(acme.length, 1);
    assert.equal(acme[0]?.from, 'Pat Doe');
    assert.equal(acme[0]?.note, 'Hi Dana,\n\nMaria asked me to reply: we expect to decide by January 30.');
    assert.equal(acme[0]?.at, '2026-01-13T10:15:00-06:00');
    assert.equal(acme[0]?.messageId, '<reply.1@acme.example>');
    assert.equal(acme[0]?.autoReply, undefined);

    const globex = (await store.getApplication('globex'))?.events ?? [];
    assert.equal(globex.length, 1);
    assert.equal(globex[0]?.type, 'replied');
    assert.equal(globex[0]?.autoReply, true);
    assert.equal(globex[0]?.pausedUntil, '2026-01-26');
    assert.match(globex[0]?.note ?? '', /automatic reply/i);

    // Syncing again records nothing new.
    const again = await syncReplies({ store, settings: settings(), now: NOW });
    assert.equal(again.replies.length, 0);
    assert.equal((await store.getDocument())?.applications.flatMap((a) => a.events).length, 3);

    // A rejection is proposed, not recorded, until confirmed.
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'Maria Chen <maria.chen@acme.example>',
          To: user,
          Subject: 'Your application',
          'Message-ID': '<no.1@acme.example>',
          Date: 'Fri, 16 Jan 2026 11:00:00 -0600',
        },
        'Dear Dana,\n\nThank you for your patience. We have decided to move forward with other candidates. We will keep your details on file.',
      ),
    );
    const third = await syncReplies({ store, settings: settings(), now: NOW });
    assert.equal(third.replies.length, 1);
    assert.equal(third.proposals.length, 1);
    assert.equal(third.proposals[0]?.outcome, 'rejected');
    assert.match(third.proposals[0]?.quote ?? '', /move forward with other candidates/);
    let events = (await store.getApplication('acme'))?.events ?? [];
    assert.equal(events.filter((e) => e.type === 'rejected').length, 0);
    assert.equal(events.filter((e) => e.type === 'replied').length, 2);

    // Still waiting on the next plain sync; recorded once with --confirm; never twice.
    assert.equal((await syncReplies({ store, settings: settings(), now: NOW })).proposals.length, 1);
    const confirmed = await syncReplies({ store, settings: settings(), now: NOW, confirm: true });
    assert.equal(confirmed.confirmed.length, 1);
    events = (await store.getApplication('acme'))?.events ?? [];
    const rejected = events.filter((e) => e.type === 'rejected');
    assert.equal(rejected.length, 1);
    assert.equal(rejected[0]?.from, 'Maria Chen');
    assert.equal(rejected[0]?.at, '2026-01-16T11:00:00-06:00');
    const last = await syncReplies({ store, settings: settings(), now: NOW, confirm: true });
    assert.equal(last.confirmed.length + last.replies.length + last.proposals.length, 0);
  });

  test('a declined proposal is not asked again', async () => {
    await imap.append(
      'INBOX',
      mail(
        {
          From: 'hank@globex.example',
          To: imap.user,
          Subject: 'Offer',
          'Message-ID': '<offer.1@globex.example>',
          Date: 'Mon, 19 Jan 2026 11:00:00 -0600',
        },
        "Dana, we'd like to extend an offer. Details to follow.",
      ),
    );
    let asked = 0;
    const report = await syncReplies({
      store,
      settings: settings(),
      now: NOW,
      ask: async (p) => {
        asked++;
        assert.equal(p.outcome, 'offer');
        return false;
      },
    });
    assert.equal(asked, 1);
    assert.equal(report.proposals.length, 0);
    await syncReplies({ store, settings: settings(), now: NOW, ask: async () => assert.fail('asked twice') });
    assert.equal((await store.getApplication('globex'))?.events.filter((e) => e.type === 'offer').length, 0);
  });

  test('an interrupted send whose copy is in Sent is completed by its Message-ID', async () => {
    const outbox = outboxOf(store);
    await outbox.claim(
      {
        stepId: 'globex/thank-you/0/hank-scorpio',
        applicationId: 'globex',
        kind: 'thank-you',
        recipient: 'Hank Scorpio',
        address: 'hank@globex.example',
        subject: 'Thank you',
        messageId: '<ft.cut.9@example.test>',
        owner: 'elsewhere:1',
        now: '2026-01-07T16:00:00-06:00',
      },
      { canTakeOver: () => false },
    );
    await outbox.markSending('globex/thank-you/0/hank-scorpio', 'elsewhere:1', '2026-01-07T16:00:01-06:00');
    let report = await syncReplies({ store, settings: settings(), now: NOW });
    assert.equal(report.completedSends.length, 0);
    assert.equal(report.interrupted.length, 1, 'still reported while the copy is missing');

    await imap.append(
      'Sent',
      mail(
        {
          From: 'Dana Reyes <dana@example.test>',
          To: 'hank@globex.example',
          Subject: 'Thank you',
          'Message-ID': '<ft.cut.9@example.test>',
          Date: 'Wed, 07 Jan 2026 16:00:01 -0600',
        },
        'Thank you.',
      ),
    );
    report = await syncReplies({ store, settings: settings(), now: NOW });
    assert.equal(report.completedSends.length, 1);
    assert.equal(report.interrupted.length, 0);
    assert.equal((await outbox.get('globex/thank-you/0/hank-scorpio'))?.state, 'sent');
    const sent = (await store.getApplication('globex'))?.events.filter((e) => e.type === 'sent') ?? [];
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.messageId, '<ft.cut.9@example.test>');
    assert.equal(sent[0]?.at, '2026-01-07T16:00:01-06:00');
  });

  test('Sent as the reply mailbox, a wrong password and an unreachable server are one-line errors', async () => {
    await assert.rejects(
      syncReplies({ store, settings: settings('Sent'), now: NOW }),
      (err: FollowthroughError) => /^imap.mailbox: "Sent" is your Sent folder/.test(err.message) && err.exitCode === 2,
    );
    await assert.rejects(
      syncReplies({ store, settings: { ...settings(), password: 'wrong-pass-77' }, now: NOW }),
      (err: FollowthroughError) =>
        err.message === `sync: IMAP login failed for user ${imap.user} at 127.0.0.1:${imap.port}` && err.exitCode === 3,
    );
    const port = await freePort();
    await assert.rejects(
      syncReplies({ store, settings: { ...settings(), port }, now: NOW }),
      (err: FollowthroughError) =>
        err.message === `sync: cannot reach the IMAP server at 127.0.0.1:${port} (connection refused)`,
    );
  });
});

if (missing) test(`IMAP tests skipped: ${missing}`, { skip: missing }, () => {});
