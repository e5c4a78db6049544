// `followthrough draft`: the message for one step, in the candidate's voice, with its own review
// (CONTRACT.md §4). The composer and reviewer load inside the action so start-up stays fast.
import type { Command } from 'commander';
import { FollowthroughError } from '../../core/errors.js';
import { STEP_CHANNELS, STEP_KINDS, type StepChannel, type StepKind } from '../../core/plan/types.js';
import { checkStepOrFlags } from '../args.js';
import { loadDocument, note, out, parseNow, printJson, type StoreOptions, styler } from '../context.js';

export interface DraftOptions {
  from?: string;
  application?: string;
  kind?: string;
  to?: string;
  channel?: string;
  touch?: string;
  now?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('draft')
    .argument('[step]', 'a step id from `followthrough plan`, e.g. acme/thank-you/0/maria-chen (instead of the flags)')
    .description('draft the message for a step (thank-you, check-in, follow-up, offer-notice, gracious-close)')
    .option('--application <id>', 'the application (required without STEP)')
    .option(
      '--kind <kind>',
      `the step (required without STEP): ${STEP_KINDS.filter((k) => k !== 'move-on').join(', ')}`,
    )
    .option('--to <name>', 'the recipient (default: the first interviewer, or the status contact)')
    .option('--channel <channel>', 'email, mail (a one-page letter), phone (a call script) or portal')
    .option('--touch <n>', 'for follow-up: which status touch this is (2 or 3; default: counted from your log)')
    .option('--from <file>', 'draft from this document file instead of the store (- reads stdin)')
    .option(
      '--now <when>',
      'draft as of this moment: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .option(
      '--json',
      'print { kind, to, channel, subject, body, review } as described in docs/FORMAT.md ("draft --json")',
    )
    .addHelpText(
      'after',
      `
Examples:
  followthrough draft acme/check-in/1
  followthrough draft --application acme --kind thank-you --to "Maria Chen"
  followthrough draft --from examples/dana-reyes.json --application acme --kind check-in --json`,
    )
    .action(async (stepId: string | undefined, opts: DraftOptions, cmd: Command) => {
      await runDraft(stepId, opts, cmd.optsWithGlobals());
    });
}

function parseKind(value: string): StepKind {
  if ((STEP_KINDS as ReadonlyArray<string>).includes(value)) return value as StepKind;
  throw new FollowthroughError('INVALID_ARGUMENT', `--kind: must be one of ${STEP_KINDS.join(', ')}: "${value}"`);
}

function parseChannel(value: string | undefined): StepChannel | undefined {
  if (value === undefined) return undefined;
  if ((STEP_CHANNELS as ReadonlyArray<string>).includes(value) && value !== 'none') return value as StepChannel;
  throw new FollowthroughError('INVALID_ARGUMENT', `--channel: must be one of email, mail, phone, portal: "${value}"`);
}

function parseTouch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new FollowthroughError('INVALID_ARGUMENT', `--touch: not a whole number from 1: "${value}"`);
  return n;
}

async function runDraft(stepId: string | undefined, opts: DraftOptions, globals: StoreOptions): Promise<void> {
  checkStepOrFlags(stepId, { ...opts }, ['application', 'kind', 'to', 'touch'], ['application', 'kind']);
  const kind = opts.kind === undefined ? undefined : parseKind(opts.kind);
  const channel = parseChannel(opts.channel);
  const touch = parseTouch(opts.touch);
  const { doc, store } = await loadDocument({ from: opts.from, db: globals.db });
  await store?.close();
  const now = parseNow(opts.now, '--now', doc.candidate.timezone);
  const { draftMessage } = await import('../../app/writing.js');
  const { loadSpeller } = await import('../../review-node/speller.js');
  const { draft, review } = await draftMessage({
    doc,
    now,
    speller: loadSpeller(),
    ...(channel && { channel }),
    ...(stepId !== undefined
      ? { step: stepId }
      : { request: { application: opts.application as string, kind: kind as StepKind, to: opts.to, touch } }),
  });
  if (opts.json) {
    printJson({ ...draft, review: { findings: review.findings, stats: review.stats, signals: review.signals } });
    return;
  }
  const s = styler();
  const address = draft.channel === 'email' ? draft.toEmail : draft.channel === 'phone' ? draft.toPhone : undefined;
  note(s.dim(`To: ${draft.to}${address ? ` <${address}>` : ''} (${draft.channel}) · ${draft.company}`));
  if (draft.note) note(draft.note);
  if (draft.subject) out(`Subject: ${draft.subject}\n`);
  out(draft.body);
  // Review notes go to stderr so `draft > note.txt` keeps only the message.
  if (!review.findings.length) {
    note(s.green('Review: no problems found.'));
    return;
  }
  for (const f of review.findings) {
    const paint = f.severity === 'error' ? s.red : f.severity === 'warning' ? s.yellow : s.dim;
    note(paint(`${f.severity} ${f.rule}: ${f.message}`));
  }
}
