// Use cases that reach the mail servers: send a step (at most once, and not before its time), export it
// as a file or a mailto: link, and sync replies. The channels do the protocol work; nothing here prints or
// prompts: the interface asks its person (through the `confirm`/`ask` callbacks) and shows the results.

import { type OutgoingMail, parseAddress } from '../channels/email/message.js';
import {
  type DraftLike,
  messageKind,
  prepareMail,
  type SendCheckpoint,
  type SendResult,
  sendStep,
} from '../channels/email/send.js';
import { type SmtpSettings, smtpSettings } from '../channels/email/settings.js';
import { imapSettings } from '../channels/imap/settings.js';
import { type SyncOptions, type SyncReport, syncReplies } from '../channels/imap/sync.js';
import { type WatchOptions, watchReplies } from '../channels/imap/watch.js';
import { loadConfig } from '../config/index.js';
import type { Document } from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import type { Step } from '../core/plan/types.js';
import { type OutboxEntry, outboxOf } from '../store/outbox.js';
import { planWithConfig, stepById } from './planning.js';
import { type AppDeps, nowOf, query } from './run.js';

export interface PreparedSend {
  doc: Document;
  step: Step;
  draft: DraftLike & { to: string };
  mail: OutgoingMail;
  /** The outbox row of an earlier attempt, if any. */
  existing?: OutboxEntry;
  /** Why sending now would be early (the step's time or the interview is still ahead); undefined when due. */
  early?: string;
}

/** The SMTP settings, or only the From address when `needServer` is false and none are configured. */
export function smtpFor(env: AppDeps['env'], needServer: boolean): SmtpSettings | Pick<SmtpSettings, 'from' | 'user'> {
  const config = loadConfig(env);
  if (needServer || config.smtp || env.FOLLOWTHROUGH_SMTP_URL) return smtpSettings(config.smtp, env);
  return {};
}

/** The step from the store's plan, its draft and the message it becomes. */
export function prepareSend(
  deps: AppDeps,
  input: { step: string; now?: string; what?: string; smtp: Pick<SmtpSettings, 'from' | 'user'> },
): Promise<PreparedSend> {
  const what = input.what ?? 'send';
  return query(deps, input.now, async (uc) => {
    const doc = await uc.document();
    const plan = await planWithConfig(doc, uc.now, undefined, uc.env);
    const step = stepById(plan.steps, input.step, what, (s) => s.channel === 'email');
    messageKind(step);
    if (step.channel !== 'email')
      throw new FollowthroughError(
        'INVALID_ARGUMENT',
        `${what}: step ${step.id} goes by ${step.channel}, not email (see \`followthrough letter\` or \`followthrough script\`)`,
      );
    const { composeStepDraft } = await import('../core/compose/index.js');
    const draft = composeStepDraft(doc, step, uc.now, 'email');
    const existing = await outboxOf(uc.store).get(step.id);
    const mail = await prepareMail({
      store: uc.store,
      doc,
      step,
      draft,
      smtp: input.smtp,
      now: uc.now,
      messageId: existing?.messageId,
    });
    const early = earliness(doc, step, uc.now);
    return { doc, step, draft, mail, ...(existing && { existing }), ...(early && { early }) };
  });
}

/** Why a step is not due yet: its interview has not happened, or its earliest time is ahead. */
export function earliness(doc: Document, step: Step, now: string): string | undefined {
  const nowMs = Date.parse(now);
  const app = doc.applications.find((a) => a.id === step.application);
  const interview = step.interview !== undefined ? app?.interviews[step.interview] : undefined;
  const zone = doc.candidate.timezone ?? 'UTC';
  if (interview && step.kind === 'thank-you' && Date.parse(interview.at) > nowMs)
    return `the interview is ${when(interview.at, zone)} and has not happened yet`;
  if (Date.parse(step.earliest) > nowMs) return `it is not due until ${when(step.earliest, zone)}`;
  return undefined;
}

function when(iso: string, zone: string): string {
  return new Date(Date.parse(iso)).toLocaleString('en-US', {
    timeZone: zone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

/** The refusal of a step that is not due yet (`why` from `earliness`). */
export function earlyError(step: Step, why: string): FollowthroughError {
  return new FollowthroughError(
    'INVALID_ARGUMENT',
    `send: ${step.id} is early: ${why}; send it then, or add --early to send it now`,
  );
}

export interface SendInput {
  step: string;
  now?: string;
  /** Send although the step is not due yet. */
  early?: boolean;
  /** Send again a step whose earlier attempt was interrupted after the server may have taken it. */
  forceResend?: boolean;
  /** The Message-ID the preview showed, so the message sent is the one seen. */
  messageId?: string;
  /** The person's own subject and text (the web editor), instead of the composed draft. */
  text?: { subject: string; body: string };
  checkpoint?: (point: SendCheckpoint) => Promise<void>;
}

export type SendOutcome = SendResult | { status: 'done'; step: Step };

/** Sends a step by email through the outbox: at most once, never early unless asked. */
export async function send(deps: AppDeps, input: SendInput): Promise<SendOutcome> {
  const smtp = smtpFor(deps.env, true) as SmtpSettings;
  const p = await prepareSend(deps, { step: input.step, now: input.now, smtp });
  if (p.existing?.state === 'sent') return { status: 'already-sent', entry: p.existing };
  if (p.step.state === 'done' && !input.forceResend) return { status: 'done', step: p.step };
  if (p.early && !input.early) throw earlyError(p.step, p.early);
  return sendStep({
    store: deps.store,
    doc: p.doc,
    step: p.step,
    draft: input.text ? { ...p.draft, ...input.text } : p.draft,
    smtp,
    now: nowOf(deps, input.now),
    force: input.forceResend,
    messageId: input.messageId ?? p.mail.messageId,
    checkpoint: input.checkpoint,
  });
}

/** The addresses whose mail is the candidate's own: never read as replies. */
function ownAddresses(env: AppDeps['env']): string[] {
  const config = loadConfig(env);
  const own: string[] = [];
  const from = config.smtp?.from ? parseAddress(config.smtp.from) : undefined;
  if (from) own.push(from.address);
  if (config.smtp?.user?.includes('@')) own.push(config.smtp.user);
  return own;
}

export type SyncInput = Pick<SyncOptions, 'confirm' | 'ask'> & { now?: string; what?: string };

/** Reads new mail once: replies become events, sends cut off mid-way are completed from the Sent folder. */
export function sync(deps: AppDeps, input: SyncInput): Promise<SyncReport> {
  const what = input.what ?? 'sync';
  const settings = imapSettings(loadConfig(deps.env).imap, deps.env, what);
  return syncReplies({
    store: deps.store,
    settings,
    now: nowOf(deps, input.now),
    confirm: input.confirm,
    ask: input.ask,
    ownAddresses: ownAddresses(deps.env),
    what,
  });
}

export type WatchInput = Pick<WatchOptions, 'confirm' | 'ask' | 'signal' | 'onReport' | 'onReady'> & {
  clock: () => string;
};

/** Stays connected and syncs as mail arrives, until the signal aborts. */
export function watch(deps: AppDeps, input: WatchInput): Promise<void> {
  const settings = imapSettings(loadConfig(deps.env).imap, deps.env, 'watch');
  return watchReplies({
    store: deps.store,
    settings,
    get now() {
      return input.clock();
    },
    confirm: input.confirm,
    ask: input.ask,
    ownAddresses: ownAddresses(deps.env),
    what: 'watch',
    signal: input.signal,
    onReport: input.onReport,
    onReady: input.onReady,
  });
}

export function mailboxOf(env: AppDeps['env']): string {
  return imapSettings(loadConfig(env).imap, env, 'watch').mailbox;
}
