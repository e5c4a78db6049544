// The work behind `followthrough send` and `followthrough export-eml`: find the step in the store's plan,
// draft it, then send it through the outbox (or print it, or write it as an .eml file).
import { writeFileSync } from 'node:fs';
import { planWithConfig, stepById } from '../../cli/actions/planning.js';
import {
  isInteractive,
  loadDocument,
  note,
  openPrompter,
  out,
  parseNow,
  type Store,
  type StoreOptions,
  styler,
} from '../../cli/context.js';
import { loadConfig } from '../../config/index.js';
import { formatWhen } from '../../core/calendar/format-when.js';
import type { Document } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import type { Step } from '../../core/plan/types.js';
import { outboxOf } from '../../store/outbox.js';
import { allRecipients, mailtoUrl, type OutgoingMail, previewMessage, renderMessage } from './message.js';
import { type DraftLike, messageKind, prepareMail, SEND_CHECKPOINTS, type SendCheckpoint, sendStep } from './send.js';
import { type SmtpSettings, smtpSettings } from './settings.js';

export interface SendOptions {
  yes?: boolean;
  dryRun?: boolean;
  forceResend?: boolean;
  now?: string;
}

export interface ExportEmlOptions {
  output?: string;
  now?: string;
  /** Print a mailto: link instead of writing a file. */
  mailto?: boolean;
}

interface Prepared {
  doc: Document;
  store: Store;
  step: Step;
  draft: DraftLike & { to: string };
  mail: OutgoingMail;
}

/** The step from the store's plan, its draft and the message it becomes. The caller closes the store. */
async function prepare(
  what: string,
  stepId: string,
  now: string,
  globals: StoreOptions,
  smtp: Pick<SmtpSettings, 'from' | 'user'>,
): Promise<Prepared> {
  const { doc, store } = await loadDocument({ db: globals.db });
  if (!store) throw new FollowthroughError('STORE', `${what}: the store is not open`);
  try {
    const plan = await planWithConfig(doc, now);
    const step = stepById(plan.steps, stepId, what, (s) => s.channel === 'email');
    messageKind(step);
    if (step.channel !== 'email')
      throw new FollowthroughError(
        'INVALID_ARGUMENT',
        `${what}: step ${step.id} goes by ${step.channel}, not email (see \`followthrough letter\` or \`followthrough script\`)`,
      );
    const { composeStepDraft } = await import('../../core/compose/index.js');
    const draft = composeStepDraft(doc, step, now, 'email');
    const existing = await outboxOf(store).get(step.id);
    const mail = await prepareMail({ store, doc, step, draft, smtp, now, messageId: existing?.messageId });
    return { doc, store, step, draft, mail };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** `FOLLOWTHROUGH_TEST_PAUSE_AT=<checkpoint>`: stop there and wait to be killed (crash tests only). */
function pauseHook(env: Record<string, string | undefined>): ((point: SendCheckpoint) => Promise<void>) | undefined {
  const at = env.FOLLOWTHROUGH_TEST_PAUSE_AT;
  if (!at || !(SEND_CHECKPOINTS as ReadonlyArray<string>).includes(at)) return undefined;
  return async (point) => {
    if (point !== at) return;
    process.stderr.write(`followthrough: paused at ${point} (FOLLOWTHROUGH_TEST_PAUSE_AT)\n`);
    await new Promise<void>(() => {
      setInterval(() => {}, 60_000);
    });
  };
}

export async function runSend(stepId: string, opts: SendOptions, globals: StoreOptions): Promise<void> {
  const now = parseNow(opts.now);
  const config = loadConfig(process.env);
  // A dry run needs no server: only the From address, which the candidate's email can provide.
  const smtp: SmtpSettings | undefined = opts.dryRun
    ? config.smtp || process.env.FOLLOWTHROUGH_SMTP_URL
      ? smtpSettings(config.smtp, process.env)
      : undefined
    : smtpSettings(config.smtp, process.env);
  if (!opts.dryRun && !opts.yes && !isInteractive())
    throw new FollowthroughError('INVALID_ARGUMENT', 'send: not on a terminal: add --yes to send without asking');

  const p = await prepare('send', stepId, now, globals, smtp ?? {});
  try {
    const s = styler(process.stderr);
    const existing = await outboxOf(p.store).get(p.step.id);
    if (existing?.state === 'sent' || (p.step.state === 'done' && !opts.forceResend)) {
      note(
        existing?.state === 'sent'
          ? `send: ${p.step.id} was already sent on ${formatWhen(existing.sentAt ?? '', p.doc.candidate.timezone ?? 'UTC')} (Message-ID ${existing.messageId}); nothing to do`
          : `send: ${p.step.id} is already done; nothing to do`,
      );
      return;
    }
    if (opts.dryRun) {
      out(previewMessage(p.mail).trimEnd());
      note(s.dim('(dry run: nothing was sent)'));
      return;
    }
    if (!opts.yes) {
      out(previewMessage(p.mail).trimEnd());
      out();
      const prompter = await openPrompter();
      let answer: string;
      try {
        answer = await prompter.ask(
          `Send this to ${allRecipients(p.mail)
            .map((a) => a.address)
            .join(', ')}? [y/N]`,
          {
            default: 'n',
          },
        );
      } finally {
        prompter.close();
      }
      if (!/^y(es)?$/i.test(answer)) {
        note('send: not sent');
        return;
      }
    }
    const result = await sendStep({
      store: p.store,
      doc: p.doc,
      step: p.step,
      draft: p.draft,
      smtp: smtp as SmtpSettings,
      now,
      force: opts.forceResend,
      messageId: p.mail.messageId,
      checkpoint: pauseHook(process.env),
    });
    if (result.status === 'already-sent') {
      note(
        `send: ${p.step.id} was already sent on ${formatWhen(result.entry.sentAt ?? '', p.doc.candidate.timezone ?? 'UTC')} (Message-ID ${result.entry.messageId}); nothing to do`,
      );
      return;
    }
    if (result.retried)
      note(s.dim(`An earlier attempt (${result.retried.owner}) stopped before reaching the server; sent now.`));
    if (result.rejected.length) note(s.yellow(`The server refused: ${result.rejected.join(', ')}`));
    out(
      `Sent ${p.step.kind} to ${allRecipients(result.mail)
        .map((a) => `${a.name ?? ''} <${a.address}>`.trim())
        .join(', ')}: "${result.mail.subject}" (Message-ID ${result.mail.messageId})`,
    );
  } finally {
    await p.store.close();
  }
}

export async function runExportEml(stepId: string, opts: ExportEmlOptions, globals: StoreOptions): Promise<void> {
  if (!opts.output && !opts.mailto)
    throw new FollowthroughError('INVALID_ARGUMENT', 'export-eml: -o FILE.eml is required (- for stdout), or --mailto');
  const now = parseNow(opts.now);
  const config = loadConfig(process.env);
  const smtp = config.smtp || process.env.FOLLOWTHROUGH_SMTP_URL ? smtpSettings(config.smtp, process.env) : {};
  const p = await prepare('export-eml', stepId, now, globals, smtp);
  try {
    if (opts.mailto) {
      out(mailtoUrl(p.mail));
      return;
    }
    const output = opts.output ?? '-'; // present: checked above
    const raw = await renderMessage(p.mail);
    if (output === '-') {
      process.stdout.write(raw);
      return;
    }
    try {
      writeFileSync(output, raw);
    } catch (err) {
      throw new FollowthroughError(
        'INVALID_ARGUMENT',
        `-o: cannot write ${output}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      );
    }
    note(
      `Wrote ${output}: ${p.step.kind} to ${allRecipients(p.mail)
        .map((a) => a.address)
        .join(', ')}, "${p.mail.subject}"`,
    );
  } finally {
    await p.store.close();
  }
}
