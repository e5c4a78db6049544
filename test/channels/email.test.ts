// Email out: settings, the message itself, and the outbox's at-most-once send against a real SMTP server
// (smtp-server on 127.0.0.1) with a real SQLite store.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import {
  type OutgoingMail,
  parseAddress,
  previewMessage,
  renderMessage,
  replySubject,
  threaded,
} from '../../src/channels/email/message.js';
import { claimIsAbandoned, recordSent, type SendStepOptions, sendStep } from '../../src/channels/email/send.js';
import { describeSmtp, fromUrl, smtpSettings } from '../../src/channels/email/settings.js';
import type { SmtpError } from '../../src/channels/email/smtp.js';
import { markSeen, seenKeys } from '../../src/channels/imap/ledger.js';
import { parseDocument } from '../../src/core/document/parse.js';
import type { Document } from '../../src/core/document/schema.js';
import type { FollowthroughError } from '../../src/core/errors.js';
import type { Step } from '../../src/core/plan/types.js';
import { openStore, type Store } from '../../src/store/index.js';
import { outboxOf } from '../../src/store/outbox.js';
import { ACME_DOC } from '../helpers/documents.js';
import { freePort, type SmtpTestServer, startSmtpServer } from '../helpers/servers.js';
import { backends } from '../store/helpers.js';

function doc(): Document {
  return parseDocument(structuredClone(ACME_DOC), { defaultZone: 'America/Chicago' });
}

function step(overrides: Partial<Step> = {}): Step {
  return {
    id: 'acme/thank-you/0/maria-chen',
    application: 'acme',
    kind: 'thank-you',
    to: ['Maria Chen'],
    channel: 'email',
    earliest: '2026-01-05T11:00:00-06:00',
    due: '2026-01-06T17:00:00-06:00',
    state: 'pending',
    reason: 'test',
    ...overrides,
  };
}

const DRAFT = { subject: 'Thank you for Monday', body: 'Dear Maria,\n\nThank you for your time.\n\nDana Reyes\n' };
const NOW = '2026-01-05T15:00:00-06:00';

describe('smtp settings', () => {
  test('a URL gives host, port, user and password; smtps means TLS from the start', () => {
    assert.deepEqual(fromUrl('smtp://dana%40example.test:s3cret%21@127.0.0.1:2525'), {
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      user: 'dana@example.test',
      password: 's3cret!',
    });
    const tls = fromUrl('smtps://u:p@mail.example.com');
    assert.equal(tls.secure, true);
    assert.equal(tls.port, 465);
  });

  test('the env URL wins over the config file; no settings at all is a one-line config error', () => {
    const s = smtpSettings(
      { host: 'smtp.example.com', port: 587, user: 'a', password: 'b' },
      {
        FOLLOWTHROUGH_SMTP_URL: 'smtp://x:y@127.0.0.1:2600',
      },
    );
    assert.equal(s.port, 2600);
    assert.throws(
      () => smtpSettings(undefined, {}),
      (err: FollowthroughError) => err.code === 'CONFIG' && /FOLLOWTHROUGH_SMTP_URL/.test(err.message),
    );
  });

  test('descriptions and URL errors never show the password', () => {
    const s = fromUrl('smtp://dana:hunter22@127.0.0.1:2525');
    assert.equal(describeSmtp(s), 'user dana at 127.0.0.1:2525');
    assert.throws(
      () => smtpSettings(undefined, { FOLLOWTHROUGH_SMTP_URL: 'ftp://dana:hunter22@host' }),
      (err: Error) => !err.message.includes('hunter22'),
    );
  });
});

describe('the message', () => {
  const base: OutgoingMail = {
    from: { name: 'Dana Reyes', address: 'dana@example.test' },
    to: [{ name: 'Maria Chen', address: 'maria.chen@acme.example' }],
    subject: 'Thank you — Senior Accountant interview',
    text: 'Dear Maria,\n\nThank you, señora.\n',
    messageId: '<ft.1@example.test>',
    date: new Date('2026-01-05T21:00:00Z'),
  };

  test('renders RFC 5322 that a mail parser reads back exactly', async () => {
    const raw = await renderMessage(base);
    assert.match(raw.toString(), /\r\n\r\n/, 'CRLF line ends and a header/body gap');
    const parsed = await simpleParser(raw);
    assert.equal(parsed.messageId, '<ft.1@example.test>');
    assert.equal(parsed.subject, base.subject);
    assert.equal(parsed.from?.value[0]?.address, 'dana@example.test');
    assert.equal(parsed.from?.value[0]?.name, 'Dana Reyes');
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    assert.equal(to?.value[0]?.address, 'maria.chen@acme.example');
    assert.equal(parsed.text?.trim(), base.text.trim());
    assert.equal(parsed.date?.toISOString(), '2026-01-05T21:00:00.000Z');
  });

  test('a later touch to the same person threads: Re: once, In-Reply-To the last, References all', async () => {
    const mail = threaded(
      { ...base, messageId: '<ft.3@example.test>' },
      {
        subject: 'Thank you — Senior Accountant interview',
        messageIds: ['<ft.1@example.test>', '<ft.2@example.test>'],
      },
    );
    assert.equal(mail.subject, 'Re: Thank you — Senior Accountant interview');
    const parsed = await simpleParser(await renderMessage(mail));
    assert.equal(parsed.inReplyTo, '<ft.2@example.test>');
    assert.deepEqual(parsed.references, ['<ft.1@example.test>', '<ft.2@example.test>']);
    assert.equal(replySubject('Re: RE: Fwd: Hello'), 'Re: Hello');
  });

  test('the preview shows the headers a person checks, then the body', () => {
    const text = previewMessage(base);
    assert.match(text, /^From: Dana Reyes <dana@example.test>\nTo: Maria Chen <maria.chen@acme.example>\nSubject: /);
    assert.match(text, /Message-ID: <ft.1@example.test>\n\nDear Maria,/);
    // The date a person checks is in their own zone, not the header's GMT.
    const at = previewMessage({ ...base, date: new Date('2026-04-08T14:30:00Z') }, 'America/Chicago');
    assert.match(at, /^Date: Wed 2026-04-08 09:30 \(America\/Chicago\)$/m);
  });

  test('addresses parse with and without a display name', () => {
    assert.deepEqual(parseAddress('"Reyes, Dana" <dana@example.test>'), {
      name: 'Reyes, Dana',
      address: 'dana@example.test',
    });
    assert.deepEqual(parseAddress('dana@example.test'), { address: 'dana@example.test' });
    assert.equal(parseAddress('Dana Reyes'), undefined);
  });
});

describe('sending through the outbox', () => {
  let smtp: SmtpTestServer;
  let dir: string;
  let store: Store;

  before(async () => {
    smtp = await startSmtpServer();
  });
  after(async () => {
    await smtp.close();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    smtp.messages.length = 0;
    smtp.holdData = false;
    dir = mkdtempSync(join(tmpdir(), 'ft-email-'));
    store = await openStore({ path: join(dir, 'ft.db') });
    await store.importDocument(doc(), { mode: 'replace' });
  });

  const settings = () => fromUrl(smtp.url());
  /** Sends Maria's thank-you from the stored document; a test overrides only what it is about. */
  const send = async (overrides: Partial<SendStepOptions> = {}) =>
    sendStep({
      store,
      doc: (await store.getDocument()) as Document,
      step: step(),
      draft: DRAFT,
      smtp: settings(),
      now: NOW,
      ...overrides,
    });

  test('sends once, records the Message-ID and a sent event; a second send does nothing', async () => {
    const result = await send();
    assert.equal(result.status, 'sent');
    assert.equal(smtp.messages.length, 1);
    const got = smtp.messages[0];
    assert.deepEqual(got?.to, ['maria.chen@acme.example']);
    assert.equal(got?.from, 'dana@example.test');
    const parsed = await simpleParser(got?.raw as Buffer);
    assert.equal(parsed.subject, 'Thank you for Monday');
    assert.ok(result.status === 'sent' && parsed.messageId === result.mail.messageId);

    const app = await store.getApplication('acme');
    const sent = app?.events.filter((e) => e.type === 'sent');
    assert.equal(sent?.length, 1);
    assert.equal(sent?.[0]?.kind, 'thank-you');
    assert.equal(sent?.[0]?.to, 'Maria Chen');
    assert.equal(sent?.[0]?.messageId, parsed.messageId);
    assert.equal((await outboxOf(store).get(step().id))?.state, 'sent');

    const again = await send();
    assert.equal(again.status, 'already-sent');
    assert.equal(smtp.messages.length, 1);
    assert.equal((await store.getApplication('acme'))?.events.filter((e) => e.type === 'sent').length, 1);
  });

  test('a step for two people greets the first and copies the other: one message, both delivered', async () => {
    const notice = step({ id: 'acme/offer-notice', kind: 'offer-notice', to: ['Maria Chen', 'Sam Ortiz'] });
    const result = await send({
      step: notice,
      draft: { subject: 'An offer elsewhere', body: 'Dear Maria,\n\nNews.\n' },
    });
    assert.equal(result.status, 'sent');
    assert.equal(smtp.messages.length, 1);
    assert.deepEqual(smtp.messages[0]?.to, ['maria.chen@acme.example', 'sam.ortiz@acme.example']);
    const parsed = await simpleParser(smtp.messages[0]?.raw as Buffer);
    const list = (v: typeof parsed.to) =>
      (Array.isArray(v) ? v : v ? [v] : []).flatMap((a) => a.value.map((x) => x.address));
    assert.deepEqual(list(parsed.to), ['maria.chen@acme.example']);
    assert.deepEqual(list(parsed.cc), ['sam.ortiz@acme.example']);
    assert.ok(result.status === 'sent');
    assert.match(
      previewMessage(result.mail),
      /^To: Maria Chen <maria\.chen@acme\.example>\nCc: Sam Ortiz <sam\.ortiz@acme\.example>$/m,
    );
  });

  test('the next touch to the same person is a reply in the same thread', async () => {
    const first = await send();
    assert.equal(first.status, 'sent');
    const checkIn = step({ id: 'acme/check-in/1', kind: 'check-in', touch: 1 });
    const second = await send({
      step: checkIn,
      draft: { subject: 'Checking in', body: 'Dear Maria,\n\nA short check-in.\n' },
      now: '2026-01-14T09:30:00-06:00',
    });
    assert.equal(second.status, 'sent');
    const parsed = await simpleParser(smtp.messages[1]?.raw as Buffer);
    assert.equal(parsed.subject, 'Re: Thank you for Monday');
    assert.ok(first.status === 'sent');
    assert.equal(parsed.inReplyTo, first.mail.messageId);
    assert.deepEqual(parsed.references, first.mail.messageId);
  });

  test('a wrong password is one line naming user and server, without the password; the step stays unsent', async () => {
    await assert.rejects(send({ smtp: { ...settings(), password: 'not-the-password' } }), (err: SmtpError) => {
      assert.equal(err.exitCode, 3);
      assert.match(
        err.message,
        new RegExp(`^send: SMTP login failed for user dana@example.test at 127.0.0.1:${smtp.port}`),
      );
      assert.doesNotMatch(err.message, /not-the-password/);
      assert.doesNotMatch(err.message, /\n/);
      return true;
    });
    assert.equal(smtp.messages.length, 0);
    assert.equal(await outboxOf(store).get(step().id), undefined, 'the claim is released');
    assert.equal((await store.getApplication('acme'))?.events.length, 0);
    // Released means a corrected retry just works.
    const ok = await send();
    assert.equal(ok.status, 'sent');
    assert.equal(smtp.messages.length, 1);
  });

  test('an unreachable server is one line; the step stays unsent', async () => {
    const port = await freePort();
    await assert.rejects(
      send({ smtp: { ...settings(), port } }),
      (err: FollowthroughError) =>
        err.message === `send: cannot reach the SMTP server at 127.0.0.1:${port} (connection refused)` &&
        err.exitCode === 3,
    );
    assert.equal(await outboxOf(store).get(step().id), undefined);
  });

  test('a recipient without an address is named in a one-line usage error, before anything is claimed', async () => {
    const d = doc();
    delete d.applications[0]?.interviews[0]?.interviewers[0]?.email;
    await assert.rejects(
      send({ doc: d }),
      (err: FollowthroughError) => err.exitCode === 2 && /no email address for Maria Chen/.test(err.message),
    );
    assert.equal(await outboxOf(store).get(step().id), undefined);
  });

  test('a send cut off after the data went out is reported as interrupted, never re-sent silently', async () => {
    // The server takes the whole message, then this process "loses" the reply: the connection drops.
    smtp.holdData = true;
    const dataIn = smtp.nextData();
    const sending = send();
    await dataIn;
    smtp.dropConnections(); // the connection dies before the final reply
    smtp.releaseData(); // yet the server kept the message
    smtp.holdData = false;
    await assert.rejects(sending, (err: FollowthroughError) => /interrupted mid-send/.test(err.message));
    assert.equal(smtp.messages.length, 1);
    smtp.messages.length = 0;
    const entry = await outboxOf(store).get(step().id);
    assert.equal(entry?.state, 'sending');

    await assert.rejects(
      send(),
      (err: FollowthroughError) =>
        /was interrupted mid-send/.test(err.message) && /--force-resend/.test(err.message) && err.exitCode === 3,
    );
    assert.equal(smtp.messages.length, 0, 'nothing sent by the second attempt');

    const forced = await send({ force: true });
    assert.equal(forced.status, 'sent');
    assert.ok(forced.status === 'sent' && forced.mail.messageId === entry?.messageId, 'the same Message-ID');
    assert.equal((await store.getApplication('acme'))?.events.filter((e) => e.type === 'sent').length, 1);
  });

  test('a claim left by a live process is respected; one left by a dead process is taken over', async () => {
    const outbox = outboxOf(store);
    const request = {
      stepId: step().id,
      applicationId: 'acme',
      kind: 'thank-you',
      recipient: 'Maria Chen',
      address: 'maria.chen@acme.example',
      subject: 'x',
      messageId: '<held@example.test>',
      now: NOW,
    };
    const { hostname } = await import('node:os');
    // The parent of this test process is alive: its claim must stand.
    await outbox.claim({ ...request, owner: `${hostname()}:${process.ppid}` }, { canTakeOver: () => false });
    await assert.rejects(send(), /being sent by another process/);
    assert.equal(smtp.messages.length, 0);
    const live = await outbox.get(step().id);
    assert.equal(claimIsAbandoned(live as NonNullable<typeof live>, NOW), false);
    // A process id that cannot exist: that claim never reached the server, so it is safe to take over.
    await store.write('test', async (db) => {
      await (db as unknown as import('kysely').Kysely<import('../../src/store/outbox.js').EmailTables>)
        .updateTable('outbox')
        .set({ owner: `${hostname()}:2147483646` })
        .execute();
    });
    const result = await send();
    assert.equal(result.status, 'sent');
    assert.ok(result.status === 'sent' && result.retried && result.mail.messageId === '<held@example.test>');
    assert.equal(smtp.messages.length, 1);
  });

  test('steps that are not email messages are refused', async () => {
    await assert.rejects(send({ doc: doc(), step: step({ kind: 'move-on', to: [] }) }), /not a message/);
    await assert.rejects(send({ doc: doc(), step: step({ channel: 'mail' }) }), /goes by mail/);
  });
});

describe('the outbox and inbox ledger on every store engine', () => {
  for (const backend of backends()) {
    test(`${backend.name}: claim, interrupt, complete; a message is marked seen only once`, async () => {
      const { target, cleanup } = await backend.fresh();
      const store = await openStore(target);
      try {
        await store.importDocument(doc(), { mode: 'replace' });
        const outbox = outboxOf(store);
        const request = {
          stepId: 'acme/thank-you/0/maria-chen',
          applicationId: 'acme',
          kind: 'thank-you',
          recipient: 'Maria Chen',
          address: 'maria.chen@acme.example',
          subject: 'Thank you',
          messageId: '<m1@example.test>',
          owner: 'host:1',
          now: NOW,
        };
        assert.equal((await outbox.claim(request, { canTakeOver: () => false })).status, 'claimed');
        const busy = await outbox.claim(
          { ...request, owner: 'host:2', messageId: '<m2@example.test>' },
          { canTakeOver: () => false },
        );
        assert.equal(busy.status, 'busy');
        await outbox.markSending(request.stepId, 'host:1', NOW);
        const cut = await outbox.claim({ ...request, owner: 'host:2' }, { canTakeOver: () => true });
        assert.equal(cut.status, 'interrupted', 'a live-or-dead check never unlocks a row that may have been sent');
        await recordSent(store, cut.entry, { now: NOW, response: '250 OK' });
        assert.equal((await outbox.claim(request, { canTakeOver: () => true, force: true })).status, 'sent');
        assert.deepEqual(
          (await outbox.thread('acme', 'Maria Chen')).map((e) => e.messageId),
          ['<m1@example.test>'],
        );
        const row = {
          key: '<r1@acme.example>',
          application_id: 'acme',
          kind: 'reply',
          sender: 'Maria Chen',
          subject: 'Re: Thank you',
          received_at: NOW,
          processed_at: NOW,
          outcome: null,
          outcome_state: null,
          outcome_quote: null,
        };
        assert.equal(await markSeen(store, row), true);
        assert.equal(await markSeen(store, row), false);
        assert.deepEqual([...(await seenKeys(store, ['<r1@acme.example>', '<other@x>']))], ['<r1@acme.example>']);
      } finally {
        await store.close();
        await cleanup();
      }
    });
  }
});
