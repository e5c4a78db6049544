// `followthrough sync` and `followthrough watch`: prompts and output around the application layer's sync.
import { mailboxOf, sync, watch } from '../../app/mail.js';
import { syncNotices } from '../../channels/imap/notices.js';
import type { Proposal, SyncOptions, SyncReport } from '../../channels/imap/sync.js';
import { FollowthroughError } from '../../core/errors.js';
import {
  isInteractive,
  note,
  openPrompter,
  out,
  parseNow,
  printJson,
  type StoreOptions,
  styler,
  withApp,
} from '../context.js';

export interface SyncCommandOptions {
  confirm?: boolean;
  now?: string;
  json?: boolean;
}

/** On a terminal without --confirm, asks about each proposed outcome; elsewhere proposals wait. */
async function asker(opts: SyncCommandOptions): Promise<{ ask?: SyncOptions['ask']; close(): void }> {
  if (opts.confirm || opts.json || !isInteractive()) return { close() {} };
  let prompter: Awaited<ReturnType<typeof openPrompter>> | undefined;
  return {
    async ask(p) {
      prompter ??= await openPrompter();
      out(describeProposal(p));
      const answer = await prompter.ask(
        `Record ${p.application} as ${p.outcome === 'offer' ? 'an offer' : 'rejected'}? [y/N]`,
        {
          default: 'n',
        },
      );
      return /^y(es)?$/i.test(answer);
    },
    close() {
      prompter?.close();
    },
  };
}

function describeProposal(p: Proposal): string {
  const what = p.outcome === 'offer' ? 'an offer' : 'a rejection';
  return `${p.application}: the reply${p.from ? ` from ${p.from}` : ''} reads as ${what}: "${p.quote}"`;
}

function printReport(report: SyncReport, what: string, quietWhenEmpty = false): void {
  const s = styler();
  for (const entry of report.completedSends)
    out(`${entry.stepId}: found in the Sent folder; recorded as sent (Message-ID ${entry.messageId})`);
  for (const r of report.replies) {
    const who = r.from ? ` from ${r.from}` : '';
    if (r.event.autoReply)
      out(
        `${r.application}: automatic reply${who}; ${r.event.pausedUntil ? `follow-ups wait until ${r.event.pausedUntil}` : 'no return date given'} (not an answer)`,
      );
    else
      out(
        `${r.application}: reply${who} on ${r.at.slice(0, 10)}: "${(r.event.note ?? '').replace(/\s+/g, ' ').slice(0, 120)}"`,
      );
  }
  for (const p of report.confirmed)
    out(`${p.application}: recorded as ${p.outcome === 'offer' ? 'an offer' : 'rejected'}`);
  for (const p of report.proposals) {
    out(s.yellow(describeProposal(p)));
    out(s.dim('  Nothing was recorded for it; run `followthrough sync --confirm` to record it.'));
  }
  for (const e of report.interrupted)
    note(
      s.yellow(
        `${e.stepId}: its send was interrupted and its Message-ID ${e.messageId} is not in the Sent folder; check there, then \`followthrough send ${e.stepId} --force-resend\` if it is missing`,
      ),
    );
  for (const line of syncNotices(report)) note(s.yellow(line));
  const n = report.replies.length;
  if (!quietWhenEmpty || n || report.completedSends.length)
    note(
      s.dim(
        `${what}: ${n ? `${n} new ${n === 1 ? 'message' : 'messages'} recorded` : 'nothing new'} (${report.scanned} checked)`,
      ),
    );
}

export async function runSync(opts: SyncCommandOptions, globals: StoreOptions): Promise<void> {
  const now = parseNow(opts.now);
  const prompts = await asker(opts);
  try {
    await withApp(globals, async (deps) => {
      const report = await sync(deps, { now, confirm: opts.confirm, ask: prompts.ask, what: 'sync' });
      if (opts.json) printJson(report);
      else printReport(report, 'sync');
    });
  } finally {
    prompts.close();
  }
}

export async function runWatch(opts: SyncCommandOptions, globals: StoreOptions): Promise<void> {
  if (opts.now)
    throw new FollowthroughError('INVALID_ARGUMENT', 'watch: --now is not supported (it runs until stopped)');
  const mailbox = mailboxOf(process.env);
  const prompts = await asker(opts);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await withApp(globals, (deps) =>
      watch(deps, {
        // Each pass reads the clock afresh through parseNow, the CLI's one clock.
        clock: () => parseNow(),
        confirm: opts.confirm,
        ask: prompts.ask,
        signal: controller.signal,
        onReport: (report) => (opts.json ? printJson(report) : printReport(report, 'watch', true)),
        onReady: () => note(`watch: waiting for mail in ${mailbox} (Ctrl-C to stop)`),
      }),
    );
    note('watch: stopped');
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    prompts.close();
  }
}
