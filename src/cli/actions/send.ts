// `followthrough send` and `followthrough export-eml`: show the step's message, ask, and hand it to the
// application layer (src/app/mail.ts), which drafts it, refuses it when early and sends it at most once.
import { earliness, earlyError, prepareSend, send, smtpFor } from '../../app/mail.js';
import { allRecipients, mailtoUrl, previewMessage, renderMessage } from '../../channels/email/message.js';
import { SEND_CHECKPOINTS, type SendCheckpoint } from '../../channels/email/send.js';
import { describeOutput, writeOutput } from '../../channels/files/output.js';
import { FollowthroughError } from '../../core/errors.js';
import { isInteractive, note, openPrompter, out, parseNow, type StoreOptions, styler, withApp } from '../context.js';
import { formatWhen } from '../format.js';

export interface SendOptions {
  yes?: boolean;
  dryRun?: boolean;
  forceResend?: boolean;
  early?: boolean;
  now?: string;
}

export interface ExportEmlOptions {
  output?: string;
  now?: string;
  /** Print a mailto: link instead of writing a file. */
  mailto?: boolean;
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
  // A dry run needs no server: only the From address, which the candidate's email can provide.
  const smtp = smtpFor(process.env, !opts.dryRun);
  if (!opts.dryRun && !opts.yes && !isInteractive())
    throw new FollowthroughError('INVALID_ARGUMENT', 'send: not on a terminal: add --yes to send without asking');

  await withApp(globals, async (deps) => {
    const p = await prepareSend(deps, { step: stepId, now, smtp });
    const zone = p.doc.candidate.timezone ?? 'UTC';
    const s = styler(process.stderr);
    if (p.existing?.state === 'sent' || (p.step.state === 'done' && !opts.forceResend)) {
      note(
        p.existing?.state === 'sent'
          ? `send: ${p.step.id} was already sent ${formatWhen(p.existing.sentAt ?? now, zone)} (Message-ID ${p.existing.messageId}); nothing to do`
          : `send: ${p.step.id} is already done; nothing to do`,
      );
      return;
    }
    const due = `Due: ${formatWhen(p.step.earliest, zone)} to ${formatWhen(p.step.due, zone)}${p.early ? ` (early: ${p.early})` : ''}`;
    if (opts.dryRun) {
      out(previewMessage(p.mail, zone).trimEnd());
      note(s.dim(due));
      note(s.dim('(dry run: nothing was sent)'));
      return;
    }
    // Refused before asking, so nobody confirms a message that would not go.
    if (p.early && !opts.early) throw earlyError(p.step, p.early);
    if (!opts.yes) {
      out(previewMessage(p.mail, zone).trimEnd());
      out();
      note(p.early ? s.yellow(due) : s.dim(due));
      const prompter = await openPrompter();
      let answer: string;
      try {
        const to = allRecipients(p.mail)
          .map((a) => a.address)
          .join(', ');
        answer = await prompter.ask(`Send this${p.early ? ' early' : ''} to ${to}? [y/N]`, { default: 'n' });
      } finally {
        prompter.close();
      }
      if (!/^y(es)?$/i.test(answer)) {
        note('send: not sent');
        return;
      }
    }
    const result = await send(deps, {
      step: stepId,
      now,
      early: opts.early,
      forceResend: opts.forceResend,
      messageId: p.mail.messageId,
      checkpoint: pauseHook(process.env),
    });
    if (result.status === 'already-sent') {
      note(
        `send: ${stepId} was already sent ${formatWhen(result.entry.sentAt ?? now, zone)} (Message-ID ${result.entry.messageId}); nothing to do`,
      );
      return;
    }
    if (result.status === 'done') {
      note(`send: ${stepId} is already done; nothing to do`);
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
  });
}

export async function runExportEml(stepId: string, opts: ExportEmlOptions, globals: StoreOptions): Promise<void> {
  if (!opts.output && !opts.mailto)
    throw new FollowthroughError('INVALID_ARGUMENT', 'export-eml: -o FILE.eml is required (- for stdout), or --mailto');
  const now = parseNow(opts.now);
  const smtp = smtpFor(process.env, false);
  await withApp(globals, async (deps) => {
    const p = await prepareSend(deps, { step: stepId, now, smtp, what: 'export-eml' });
    const early = earliness(p.doc, p.step, now);
    if (early) note(styler(process.stderr).yellow(`Note: ${p.step.id} is early: ${early}.`));
    if (opts.mailto) {
      out(mailtoUrl(p.mail));
      return;
    }
    const output = opts.output ?? '-'; // present: checked above
    const raw = await renderMessage(p.mail);
    const written = writeOutput(output, raw);
    if (written.how === 'stdout') return;
    note(
      `Wrote ${describeOutput(written)}: ${p.step.kind} to ${allRecipients(p.mail)
        .map((a) => a.address)
        .join(', ')}, "${p.mail.subject}"`,
    );
  });
}
