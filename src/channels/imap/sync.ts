// Reads replies over IMAP and records them on their applications. One pass:
// 1. sends left interrupted (outbox "sending") are looked up in the Sent folder by their Message-ID and, when
//    found, recorded as sent;
// 2. new messages in the reply mailbox (after the stored UID cursor) are matched to applications by thread,
//    sender or domain; matched ones are recorded once each (the ledger keys them by Message-ID): an automatic
//    reply as a pause, a real reply with its own words;
// 3. a rejection or offer found in a reply is only proposed; it is recorded when the user confirms.
// Sent, Drafts, Junk and Trash are never read as replies, nor is mail from the candidate's own addresses.
import { ImapFlow, type ListResponse, type MessageEnvelopeObject } from 'imapflow';
import { DateTime } from 'luxon';
import { simpleParser } from 'mailparser';
import type { AppEvent, Document } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import type { Store } from '../../store/index.js';
import { type OutboxEntry, outboxOf } from '../../store/outbox.js';
import { recordSent } from '../email/send.js';
import { autoReplyReason, type HeaderMap, type Outcome, proposedOutcome, replyNote, returnDate } from './classify.js';
import {
  advanceCursor,
  getCursor,
  markSeen,
  pendingOutcomes,
  type SeenRow,
  seenKeys,
  setOutcomeState,
} from './ledger.js';
import { buildMatchIndex, isOwnMessage, type Match, matchMessage, messageIdsIn, normalizeMessageId } from './match.js';
import { describeImap, type ImapSettings } from './settings.js';

export interface RecordedReply {
  application: string;
  from?: string;
  at: string;
  via: Match['via'];
  subject?: string;
  event: AppEvent;
}

export interface Proposal {
  key: string;
  application: string;
  outcome: Outcome;
  from?: string;
  at: string;
  quote: string;
}

export interface SyncReport {
  replies: RecordedReply[];
  /** Outcomes read in replies and not yet confirmed (this pass or earlier ones). */
  proposals: Proposal[];
  /** Outcomes recorded in this pass. */
  confirmed: Proposal[];
  /** Interrupted sends whose copy was found in the Sent folder and are now recorded as sent. */
  completedSends: OutboxEntry[];
  /** Interrupted sends still unresolved. */
  interrupted: OutboxEntry[];
  /** Messages looked at in the reply mailbox. */
  scanned: number;
  /** Messages that could not be read: recorded in the ledger as skipped, with the reason, and never retried. */
  skipped: SkippedMessage[];
  /** Messages in one of our threads from a sender who is not that application's: named, not recorded. */
  unverified: UnverifiedMessage[];
}

export interface SkippedMessage {
  uid: number;
  from?: string;
  subject?: string;
  reason: string;
}

export interface UnverifiedMessage {
  application: string;
  sender: string;
  subject?: string;
}

export interface SyncOptions {
  store: Store;
  settings: ImapSettings;
  /** ISO 8601; used when a message carries no usable date. */
  now: string;
  /** Record proposed outcomes (rejection, offer) without asking. */
  confirm?: boolean;
  /** Asked once per proposal when `confirm` is not set; true records it, false dismisses it. */
  ask?: (proposal: Proposal) => Promise<boolean>;
  /** Addresses whose mail is the candidate's own (the SMTP From, the IMAP user). */
  ownAddresses?: string[];
  /** The command name for error lines. */
  what?: string;
}

const MAX_REPLY_TEXT = 20_000;
const NOT_REPLIES = new Set(['\\Sent', '\\Drafts', '\\Junk', '\\Trash', '\\All', '\\Flagged']);
const HEADER_FIELDS = [
  'message-id',
  'in-reply-to',
  'references',
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'precedence',
  'x-auto-response-suppress',
];

/** Connects and logs in; failures are one line naming the server and user, never the password. */
export async function connectImap(
  settings: ImapSettings,
  what = 'sync',
  options: { idleAfterMs?: number } = {},
): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: { user: settings.user, pass: settings.password ?? '' },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    // watch: start IDLE soon after each pass so new mail is noticed at once (imapflow waits 15 s by default).
    ...(options.idleAfterMs !== undefined && { autoIdleDelay: options.idleAfterMs }),
    ...(settings.rejectUnauthorized === false && { tls: { rejectUnauthorized: false } }),
  });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    client.close();
    throw new FollowthroughError('CHANNEL', `${what}: ${explainImap(err, settings)}`);
  }
  return client;
}

export function explainImap(err: unknown, settings: ImapSettings): string {
  const e = err as { authenticationFailed?: boolean; code?: string; message?: string; responseText?: string };
  const server = `${settings.host}:${settings.port}`;
  if (e.authenticationFailed) return `IMAP login failed for ${describeImap(settings)}`;
  const why =
    e.code === 'ECONNREFUSED'
      ? 'connection refused'
      : e.code === 'ENOTFOUND'
        ? 'host not found'
        : e.code === 'ETIMEDOUT' || e.code === 'CONNECT_TIMEOUT' || e.code === 'GREETING_TIMEOUT'
          ? 'timed out'
          : (e.responseText ?? e.message ?? String(err)).replace(/\s+/g, ' ').trim();
  const safe = settings.password ? why.split(settings.password).join('***') : why;
  // Only a network failure is "cannot reach"; anything else happened once connected and must not blame the network.
  const network = e.code !== undefined && /^(E[A-Z]+|CONNECT_TIMEOUT|GREETING_TIMEOUT)$/.test(e.code);
  if (network) return `cannot reach the IMAP server at ${server} (${safe})`;
  if (e.responseText !== undefined) return `the IMAP server at ${server} refused (${safe})`;
  return `the IMAP exchange with ${server} failed (${safe})`;
}

/** One sync over an open connection; `watch` calls `pass()` again whenever new mail arrives. */
export class ReplySync {
  private readonly what: string;
  private readonly cursorKey: string;

  constructor(
    private readonly client: ImapFlow,
    private readonly options: SyncOptions,
  ) {
    this.what = options.what ?? 'sync';
    const s = options.settings;
    this.cursorKey = `${s.user}@${s.host}:${s.port}/${s.mailbox}`;
  }

  async pass(opts: { checkSent?: boolean } = {}): Promise<SyncReport> {
    const { store } = this.options;
    const doc = await store.getDocument();
    if (!doc)
      throw new FollowthroughError(
        'NOT_FOUND',
        'no profile yet: run `followthrough init --name "Your Name"` or `followthrough import FILE` first',
      );
    const report: SyncReport = {
      replies: [],
      proposals: [],
      confirmed: [],
      completedSends: [],
      interrupted: [],
      scanned: 0,
      skipped: [],
      unverified: [],
    };
    const mailboxes = await this.client.list();
    const target = this.checkTarget(mailboxes);
    if (opts.checkSent !== false) await this.completeInterruptedSends(mailboxes, report);
    await this.readReplies(doc, target, report);
    await this.settleOutcomes(report);
    report.interrupted = await outboxOf(store).list({ state: 'sending' });
    return report;
  }

  /** The reply mailbox must exist and must not be Sent, Drafts, Junk or Trash. */
  private checkTarget(mailboxes: ListResponse[]): ListResponse {
    const name = this.options.settings.mailbox;
    const box = mailboxes.find(
      (m) => m.path === name || (name.toUpperCase() === 'INBOX' && m.path.toUpperCase() === 'INBOX'),
    );
    if (!box)
      throw new FollowthroughError(
        'CONFIG',
        `imap.mailbox: no mailbox "${name}" on ${this.options.settings.host} (there are: ${mailboxes
          .map((m) => m.path)
          .slice(0, 12)
          .join(', ')})`,
      );
    if (box.specialUse && NOT_REPLIES.has(box.specialUse))
      throw new FollowthroughError(
        'CONFIG',
        `imap.mailbox: "${name}" is your ${box.specialUse.slice(1)} folder; replies are read from where mail arrives (e.g. INBOX)`,
      );
    return box;
  }

  private async completeInterruptedSends(mailboxes: ListResponse[], report: SyncReport): Promise<void> {
    const pending = await outboxOf(this.options.store).list({ state: 'sending' });
    if (pending.length === 0) return;
    const sentBoxes = mailboxes.filter((m) => m.specialUse === '\\Sent');
    for (const box of sentBoxes) {
      const lock = await this.client.getMailboxLock(box.path, { readOnly: true });
      try {
        for (const entry of pending) {
          if (report.completedSends.includes(entry)) continue;
          const found = await this.client.search({ header: { 'message-id': entry.messageId } }, { uid: true });
          if (found && found.length > 0) {
            await recordSent(this.options.store, entry, {
              now: entry.sendingAt ?? entry.claimedAt,
              note: `Found in ${box.path} after an interrupted send.`,
            });
            report.completedSends.push(entry);
          }
        }
      } finally {
        lock.release();
      }
    }
  }

  private async readReplies(doc: Document, box: ListResponse, report: SyncReport): Promise<void> {
    const { store } = this.options;
    const outbox = await outboxOf(store).list();
    const sendingById = new Map(
      outbox.filter((e) => e.state === 'sending').map((e) => [normalizeMessageId(e.messageId), e]),
    );
    const index = buildMatchIndex(
      doc,
      outbox.map((e) => ({ messageId: e.messageId, applicationId: e.applicationId, recipient: e.recipient })),
      [...(this.options.ownAddresses ?? []), this.options.settings.user],
    );
    const since = earliestInterview(doc);
    if (!since) return; // nothing to match yet; the cursor stays where it is

    const lock = await this.client.getMailboxLock(box.path, { readOnly: true });
    try {
      const mailbox = this.client.mailbox;
      const uidValidity = String(mailbox ? mailbox.uidValidity : '0');
      const cursor = await getCursor(store, this.cursorKey);
      const after = cursor && cursor.uidValidity === uidValidity ? cursor.lastUid : 0;
      let uids: number[];
      if (after > 0) {
        uids = [];
        // "N:*" also returns the newest message when no UID is above N, hence the filter below.
        for await (const m of this.client.fetch(`${after + 1}:*`, { uid: true }, { uid: true })) uids.push(m.uid);
      } else {
        const found = await this.client.search({ since: since.toJSDate() }, { uid: true });
        uids = found || [];
      }
      uids = uids.filter((u) => u > after).sort((a, b) => a - b);
      if (uids.length === 0) return;

      type Head = { uid: number; envelope?: MessageEnvelopeObject; headers: HeaderMap; internalDate?: Date };
      const heads: Head[] = [];
      for await (const m of this.client.fetch(
        uids.join(','),
        { uid: true, envelope: true, internalDate: true, headers: HEADER_FIELDS },
        { uid: true },
      )) {
        heads.push({
          uid: m.uid,
          envelope: m.envelope,
          headers: parseHeaders(m.headers),
          internalDate: m.internalDate ? new Date(m.internalDate) : undefined,
        });
      }
      heads.sort((a, b) => a.uid - b.uid);
      report.scanned += heads.length;
      const keyOf = (h: Head) => {
        const id = h.envelope?.messageId ?? h.headers['message-id'];
        return id ? normalizeMessageId(id) : `uid:${this.cursorKey}/${uidValidity}/${h.uid}`;
      };
      const seen = await seenKeys(store, heads.map(keyOf));

      for (const head of heads) {
        const key = keyOf(head);
        const fromAddr = head.envelope?.from?.[0];
        const from = fromAddr?.address
          ? { address: fromAddr.address, ...(fromAddr.name && { name: fromAddr.name }) }
          : undefined;
        // A copy of a message we sent (Bcc to self, a server that files it in the inbox) settles an interrupted send.
        const sending = sendingById.get(key);
        if (sending && !seen.has(key)) {
          await recordSent(store, sending, {
            now: sending.sendingAt ?? sending.claimedAt,
            note: `Found in ${box.path} after an interrupted send.`,
          });
          await markSeen(store, seenRow(key, sending.applicationId, 'sent-copy', head, this.options.now));
          report.completedSends.push(sending);
          sendingById.delete(key);
          continue;
        }
        if (seen.has(key) || isOwnMessage(index, from)) continue;
        const match = matchMessage(index, {
          inReplyTo: head.envelope?.inReplyTo ?? head.headers['in-reply-to'],
          references: messageIdsIn(head.headers.references),
          from,
        });
        if (!match) continue;
        if (match.unverified) {
          const row = seenRow(key, match.application, 'unverified', head, this.options.now);
          row.sender = match.unverified.sender;
          if (await markSeen(store, row))
            report.unverified.push({
              application: match.application,
              sender: match.unverified.sender,
              ...(row.subject && { subject: row.subject }),
            });
          continue;
        }
        await this.recordReply(doc, head.uid, key, head, match, report);
      }
      await advanceCursor(store, this.cursorKey, { uidValidity, lastUid: heads.at(-1)?.uid ?? after });
    } finally {
      lock.release();
    }
  }

  private async recordReply(
    doc: Document,
    uid: number,
    key: string,
    head: {
      envelope?: { subject?: string; date?: Date | string; messageId?: string };
      headers: HeaderMap;
      internalDate?: Date;
    },
    match: Match,
    report: SyncReport,
  ): Promise<void> {
    const { store } = this.options;
    const message = await this.client.fetchOne(String(uid), { source: true }, { uid: true });
    if (message === false || !message.source) return;
    let parsed: Awaited<ReturnType<typeof simpleParser>>;
    try {
      parsed = await simpleParser(message.source, { skipHtmlToText: false, skipImageLinks: true });
    } catch (err) {
      // A message that cannot be parsed (2000 nested parts, a broken encoding) is the sender's problem, not the
      // network's: it is recorded as skipped so the cursor moves past it, and reported once.
      const reason = unreadable(err);
      const row = seenRow(key, match.application, 'skipped', head, this.options.now);
      row.outcome_quote = reason;
      if (await markSeen(store, row))
        report.skipped.push({
          uid,
          reason,
          ...(row.sender && { from: row.sender }),
          ...(row.subject && { subject: row.subject }),
        });
      return;
    }
    // A reply's own words come first; reading at most this much keeps a 10 MB message from stalling the pass
    // (the date parser and the outcome patterns take time in proportion to what they read).
    const text = (parsed.text ?? '').slice(0, MAX_REPLY_TEXT);
    const zone = doc.candidate.timezone ?? 'UTC';
    const received = receivedAt(parsed.date ?? head.internalDate, this.options.now, zone);
    const subject = parsed.subject ?? head.envelope?.subject;
    const auto = autoReplyReason(head.headers, subject);
    const messageId = head.envelope?.messageId ?? parsed.messageId;

    let event: AppEvent;
    let outcome: { outcome: Outcome; quote: string } | undefined;
    if (auto) {
      const back = returnDate(text, received, zone);
      const who = match.person ?? 'the sender';
      event = {
        at: received.toISO({ suppressMilliseconds: true }) as string,
        type: 'replied',
        from: match.person,
        note: back
          ? `Automatic reply (out of office) from ${who}: away until ${back}; follow-ups wait until then.`
          : `Automatic reply (out of office) from ${who}, with no return date; it is not an answer.`,
        autoReply: true,
        ...(back && { pausedUntil: back }),
      };
    } else {
      event = {
        at: received.toISO({ suppressMilliseconds: true }) as string,
        type: 'replied',
        from: match.person,
        note: replyNote(text) || (subject ? `Replied: ${subject}` : 'Replied (no text).'),
      };
      outcome = proposedOutcome(text);
    }
    if (event.from === undefined) delete event.from;
    if (messageId) event.messageId = messageId;

    const row = seenRow(key, match.application, auto ? 'auto-reply' : 'reply', head, this.options.now, subject);
    row.received_at = event.at;
    if (outcome) {
      row.outcome = outcome.outcome;
      row.outcome_state = 'proposed';
      row.outcome_quote = outcome.quote;
    }
    let recorded = false;
    await store.transaction(async (tx) => {
      recorded = await markSeen(tx, row);
      if (recorded) await tx.addEvent(match.application, event);
    });
    if (!recorded) return;
    report.replies.push({
      application: match.application,
      ...(match.person && { from: match.person }),
      at: event.at,
      via: match.via,
      ...(subject && { subject }),
      event,
    });
  }

  /** Offers the user every outcome still waiting, and records the ones confirmed. */
  private async settleOutcomes(report: SyncReport): Promise<void> {
    const { store, confirm, ask } = this.options;
    for (const row of await pendingOutcomes(store)) {
      if (!row.application_id || !row.outcome) continue;
      const proposal: Proposal = {
        key: row.key,
        application: row.application_id,
        outcome: row.outcome as Outcome,
        at: row.received_at ?? row.processed_at,
        quote: row.outcome_quote ?? '',
        ...(row.sender && { from: row.sender }),
      };
      const yes = confirm ? true : ask ? await ask(proposal) : undefined;
      if (yes === undefined) {
        report.proposals.push(proposal);
        continue;
      }
      if (!yes) {
        await setOutcomeState(store, row.key, 'dismissed');
        continue;
      }
      await store.transaction(async (tx) => {
        await tx.addEvent(
          proposal.application,
          {
            at: proposal.at,
            type: proposal.outcome,
            ...(proposal.from && { from: proposal.from }),
            note: proposal.quote,
          },
          {
            label: `${proposal.outcome === 'offer' ? 'offer' : 'rejection'} read in a reply and confirmed for ${proposal.application}`,
          },
        );
        await setOutcomeState(tx, row.key, 'confirmed');
      });
      report.confirmed.push(proposal);
    }
  }
}

/** Why a message could not be read, in a few words (never the message's bytes). */
function unreadable(err: unknown): string {
  const message = String((err as Error)?.message ?? err)
    .replace(/[^\x20-\x7e]+/g, ' ')
    .trim()
    .slice(0, 120);
  return `cannot be parsed (${message || 'malformed'})`;
}

/** Connects, runs one pass and logs out. */
export async function syncReplies(options: SyncOptions): Promise<SyncReport> {
  const client = await connectImap(options.settings, options.what);
  try {
    return await new ReplySync(client, options).pass();
  } catch (err) {
    if (err instanceof FollowthroughError) throw err;
    throw new FollowthroughError('CHANNEL', `${options.what ?? 'sync'}: ${explainImap(err, options.settings)}`);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

function seenRow(
  key: string,
  applicationId: string,
  kind: string,
  head: { envelope?: { subject?: string; from?: Array<{ name?: string; address?: string }> } },
  now: string,
  subject?: string,
): SeenRow {
  const from = head.envelope?.from?.[0];
  return {
    key,
    application_id: applicationId,
    kind,
    sender: from ? from.name || from.address || null : null,
    subject: subject ?? head.envelope?.subject ?? null,
    received_at: null,
    processed_at: now,
    outcome: null,
    outcome_state: null,
    outcome_quote: null,
  };
}

/** The message's own date in the candidate's zone; a missing or future date falls back to `now`. */
function receivedAt(date: Date | undefined, now: string, zone: string): DateTime {
  const nowDt = DateTime.fromISO(now, { setZone: true });
  if (!date || Number.isNaN(date.getTime()) || date.getTime() > nowDt.toMillis() + 86_400_000)
    return nowDt.setZone(zone);
  return DateTime.fromJSDate(date).setZone(zone);
}

/** The day before the first interview: replies cannot be older. */
function earliestInterview(doc: Document): DateTime | undefined {
  let min: number | undefined;
  for (const app of doc.applications)
    for (const interview of app.interviews) {
      const t = Date.parse(interview.at);
      if (!Number.isNaN(t) && (min === undefined || t < min)) min = t;
    }
  return min === undefined ? undefined : DateTime.fromMillis(min).minus({ days: 1 });
}

/** Raw header lines (as IMAP returns them) into a lower-case map; folded lines are joined. */
export function parseHeaders(raw: Buffer | undefined): HeaderMap {
  const map: HeaderMap = {};
  if (!raw) return map;
  const text = raw
    .toString('utf8')
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]+/g, ' ');
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    map[name] = map[name] === undefined ? value : `${map[name]} ${value}`;
  }
  return map;
}
