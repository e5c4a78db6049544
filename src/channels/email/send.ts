// Sends one plan step by email, at most once.
//
// Policy for the ambiguous window (documented in the README's "Sending" section):
// 1. The step is claimed in the outbox with a Message-ID chosen up front; a second `send` of the same step sees
//    the claim. A claim whose process is gone and that never reached "sending" is taken over: nothing was sent.
// 2. Only after the SMTP login worked is the row marked "sending" and the message handed over. A login or
//    connection failure, or a server that answers "no", releases the claim: the step is plainly unsent.
// 3. When the server's answer is lost (the process killed or the connection cut between "sending" and the
//    recorded `sent` event) the step is reported as interrupted and never re-sent silently. `followthrough sync`
//    looks for the Message-ID in the Sent folder and completes the record when it finds it; otherwise
//    `--force-resend` sends again with the same Message-ID, which mail clients treat as the same message.
// 4. Acceptance and the `sent` event are recorded in one transaction.
import { hostname } from 'node:os';
import { formatWhen } from '../../core/calendar/format-when.js';
import type { AppEvent, Application, Document, MessageKind } from '../../core/document/schema.js';
import { MESSAGE_KINDS } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import type { Step } from '../../core/plan/types.js';
import type { Store } from '../../store/index.js';
import { type OutboxEntry, outboxOf } from '../../store/outbox.js';
import {
  type Address,
  allRecipients,
  newMessageId,
  type OutgoingMail,
  recipientAddresses,
  renderMessage,
  senderAddress,
  type ThreadInfo,
  threaded,
} from './message.js';
import type { SmtpSettings } from './settings.js';
import { openSmtp, SmtpError } from './smtp.js';

/** The draft parts the sender needs (composeDraft's Draft satisfies it). */
export interface DraftLike {
  subject: string;
  body: string;
  to?: string;
  toEmail?: string;
}

/** Named moments of a send, for fault-injection tests (FOLLOWTHROUGH_TEST_PAUSE_AT). */
export const SEND_CHECKPOINTS = ['claimed', 'before-data', 'accepted', 'recorded'] as const;
export type SendCheckpoint = (typeof SEND_CHECKPOINTS)[number];

export interface SendStepOptions {
  store: Store;
  doc: Document;
  step: Step;
  draft: DraftLike;
  smtp: SmtpSettings;
  /** ISO 8601: the Date header and the `sent` event's time. */
  now: string;
  /** Send even though an earlier attempt was interrupted after the message may have reached the server. */
  force?: boolean;
  /** Who holds the claim; default `<hostname>:<pid>`. */
  owner?: string;
  /** The Message-ID for a first attempt (e.g. the one a preview showed); a retry keeps the stored one. */
  messageId?: string;
  checkpoint?: (point: SendCheckpoint) => Promise<void> | void;
}

export type SendResult =
  | { status: 'sent'; mail: OutgoingMail; response: string; rejected: string[]; retried?: OutboxEntry }
  | { status: 'already-sent'; entry: OutboxEntry };

export function defaultOwner(): string {
  return `${hostname()}:${process.pid}`;
}

/** The step's message kind, or a usage error for steps that are not messages (move-on). */
export function messageKind(step: Step): MessageKind {
  if ((MESSAGE_KINDS as ReadonlyArray<string>).includes(step.kind)) return step.kind as MessageKind;
  throw new FollowthroughError('INVALID_ARGUMENT', `send: step ${step.id} is a ${step.kind} step, not a message`);
}

export function findApp(doc: Document, id: string): Application {
  const app = doc.applications.find((a) => a.id === id);
  if (!app) throw new FollowthroughError('NOT_FOUND', `send: no application "${id}"`);
  return app;
}

/** Earlier messages to the same people: the outbox first, then `sent` events carrying a Message-ID. */
export async function threadFor(
  store: Store | undefined,
  app: Application,
  recipient: string,
): Promise<ThreadInfo | undefined> {
  const ids: string[] = [];
  let subject: string | undefined;
  if (store) {
    for (const entry of await outboxOf(store).thread(app.id, recipient)) {
      subject ??= entry.subject;
      ids.push(entry.messageId);
    }
  }
  for (const event of app.events) {
    if (event.type === 'sent' && event.to === recipient && event.messageId && !ids.includes(event.messageId))
      ids.push(event.messageId);
  }
  return ids.length && subject ? { subject, messageIds: ids } : undefined;
}

/** The message for a step, threaded onto earlier ones; `messageId` defaults to a new one. */
export async function prepareMail(input: {
  store?: Store;
  doc: Document;
  step: Step;
  draft: DraftLike;
  smtp: Pick<SmtpSettings, 'from' | 'user'>;
  now: string;
  messageId?: string;
}): Promise<OutgoingMail> {
  const app = findApp(input.doc, input.step.application);
  const known: Record<string, string> = {};
  if (input.draft.to && input.draft.toEmail) known[input.draft.to] = input.draft.toEmail;
  // The draft greets its first person; the others on the step are copied.
  const [first, ...others] = recipientAddresses(app, input.step.to, known) as [Address, ...Address[]];
  const from = senderAddress(input.doc, input.smtp);
  const mail: OutgoingMail = {
    from,
    to: [first],
    ...(others.length && { cc: others }),
    subject: input.draft.subject,
    text: input.draft.body,
    messageId: input.messageId ?? newMessageId(from.address),
    date: new Date(Date.parse(input.now)),
  };
  const thread = await threadFor(input.store, app, recipientKey(input.step));
  return threaded(mail, thread);
}

/** How the outbox and the `sent` event name the people of a step. */
export function recipientKey(step: Pick<Step, 'to'>): string {
  return step.to.join(', ');
}

/** Steps this process is sending right now: its own rows are busy only while a send of them runs. */
const inFlight = new Set<string>();

/** A claim may be taken over when its process is gone (same machine) or it is old (another machine). */
export function claimIsAbandoned(entry: OutboxEntry, now: string): boolean {
  const [host, pidText] = splitOwner(entry.owner);
  const pid = Number(pidText);
  if (host === hostname() && Number.isInteger(pid) && pid > 0) {
    if (pid === process.pid) return !inFlight.has(entry.stepId);
    try {
      process.kill(pid, 0);
      return false;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }
  return Date.parse(now) - Date.parse(entry.claimedAt) > 10 * 60_000;
}

function splitOwner(owner: string): [string, string] {
  const at = owner.lastIndexOf(':');
  return at < 0 ? [owner, ''] : [owner.slice(0, at), owner.slice(at + 1)];
}

/** `zone` is the candidate's, in which the moment is shown. */
export function interruptedError(entry: OutboxEntry, zone = 'UTC'): FollowthroughError {
  return new FollowthroughError(
    'CONFLICT',
    `send: step ${entry.stepId} was interrupted mid-send at ${formatWhen(entry.sendingAt ?? entry.claimedAt, zone)}: the server may have it. ` +
      `Check your Sent folder for Message-ID ${entry.messageId} (\`followthrough sync\` looks for it), or use --force-resend`,
    { exitCode: 3 },
  );
}

/** Sends the step, or reports why it must not be sent now. Never sends a step twice without `force`. */
export async function sendStep(options: SendStepOptions): Promise<SendResult> {
  const { store, doc, step, smtp, now } = options;
  const kind = messageKind(step);
  if (step.channel !== 'email')
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `send: step ${step.id} goes by ${step.channel}, not email (change the channel or use the letter/call tools)`,
    );
  const outbox = outboxOf(store);
  const owner = options.owner ?? defaultOwner();
  const checkpoint = options.checkpoint ?? (() => {});

  const existing = await outbox.get(step.id);
  if (existing?.state === 'sent') return { status: 'already-sent', entry: existing };
  const mail = await prepareMail({
    store,
    doc,
    step,
    draft: options.draft,
    smtp,
    now,
    messageId: existing?.messageId ?? options.messageId,
  });
  const raw = await renderMessage(mail);

  const claim = await outbox.claim(
    {
      stepId: step.id,
      applicationId: step.application,
      kind,
      recipient: recipientKey(step),
      address: allRecipients(mail)
        .map((a) => a.address)
        .join(', '),
      subject: mail.subject,
      messageId: mail.messageId,
      owner,
      now,
    },
    { canTakeOver: (entry) => claimIsAbandoned(entry, now), force: options.force },
  );
  if (claim.status === 'sent') return { status: 'already-sent', entry: claim.entry };
  if (claim.status === 'interrupted') throw interruptedError(claim.entry, doc.candidate.timezone);
  if (claim.status === 'busy')
    throw new FollowthroughError(
      'CONFLICT',
      `send: step ${step.id} is being sent by another process (${claim.entry.owner}, since ${formatWhen(claim.entry.claimedAt, doc.candidate.timezone ?? 'UTC')})`,
      { exitCode: 3 },
    );
  inFlight.add(step.id);
  try {
    return await deliver(options, { outbox, owner, checkpoint, claim, mail, raw });
  } finally {
    inFlight.delete(step.id);
  }
}

async function deliver(
  options: SendStepOptions,
  ctx: {
    outbox: ReturnType<typeof outboxOf>;
    owner: string;
    checkpoint: (point: SendCheckpoint) => Promise<void> | void;
    claim: Extract<Awaited<ReturnType<ReturnType<typeof outboxOf>['claim']>>, { status: 'claimed' }>;
    mail: OutgoingMail;
    raw: Awaited<ReturnType<typeof renderMessage>>;
  },
): Promise<SendResult> {
  const { store, step, smtp, now } = options;
  const { outbox, owner, checkpoint, claim, mail, raw } = ctx;
  await checkpoint('claimed');

  let session: Awaited<ReturnType<typeof openSmtp>>;
  try {
    session = await openSmtp(smtp, { what: 'send' });
  } catch (err) {
    await outbox.release(step.id, owner);
    throw err;
  }
  try {
    await checkpoint('before-data');
    await outbox.markSending(step.id, owner, now);
    let accepted: Awaited<ReturnType<typeof session.send>>;
    try {
      accepted = await session.send({ from: mail.from.address, to: allRecipients(mail).map((a) => a.address) }, raw);
    } catch (err) {
      if (err instanceof SmtpError && err.delivered === 'no') {
        await outbox.release(step.id, owner);
        throw err;
      }
      const entry = (await outbox.get(step.id)) ?? claim.entry;
      const why = err instanceof Error ? err.message : String(err);
      throw new FollowthroughError(
        'CHANNEL',
        `${why}; ${interruptedError(entry, options.doc.candidate.timezone).message.replace(/^send: /, '')}`,
      );
    }
    await checkpoint('accepted');
    await recordSent(store, { ...claim.entry, subject: mail.subject }, { now, response: accepted.response });
    await checkpoint('recorded');
    return {
      status: 'sent',
      mail,
      response: accepted.response,
      rejected: accepted.rejected,
      ...(claim.takenOver && { retried: claim.takenOver }),
    };
  } finally {
    session.close();
  }
}

/** Marks the outbox row sent and adds the `sent` event, in one transaction (also used when sync finds a copy). */
export async function recordSent(
  store: Store,
  entry: OutboxEntry,
  sent: { now: string; response?: string; note?: string },
): Promise<AppEvent> {
  const event: AppEvent = {
    at: sent.now,
    type: 'sent',
    kind: entry.kind as MessageKind,
    to: entry.recipient,
    messageId: entry.messageId,
    step: entry.stepId,
  };
  if (sent.note) event.note = sent.note;
  await store.transaction(async (tx) => {
    await outboxOf(tx).markSent(entry.stepId, { now: sent.now, response: sent.response });
    await tx.addEvent(entry.applicationId, event);
  });
  return event;
}
