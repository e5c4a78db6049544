// `followthrough review FILE|-`: checks a message for tone, names, personalization, length and spelling
// (CONTRACT.md §3). Exit 0 with no error finding, 1 with at least one, 2 for bad usage or input.
import type { Command } from 'commander';
import type { Document } from '../../core/document/schema.js';
import type { Signal } from '../../core/review/signals.js';
import type { Finding, ReviewContext, ReviewKind, ReviewResult } from '../../core/review/types.js';
import type { StoreOptions, Styler } from '../context.js';

export interface ReviewOptions {
  from?: string;
  application?: string;
  to?: string;
  kind?: string;
  json?: boolean;
}

const KINDS = ['thank-you', 'check-in', 'follow-up', 'offer-notice', 'gracious-close', 'letter', 'call-script'];

export function register(program: Command): void {
  program
    .command('review')
    .description('check a message for desperation, negativity, pushiness, wrong names, length and spelling')
    .argument('<file>', 'the message as plain text (first line may be "Subject: …"); - reads stdin')
    .option('--from <doc>', 'a document file giving the context (names, company, listing, topics)')
    .option('--application <id>', 'the application the message is about (read from the store without --from)')
    .option('--to <name>', 'the recipient, as the greeting should name them')
    .option('--kind <kind>', `what the message is: ${KINDS.join(', ')}`)
    .option('--json', 'print { "findings": [...], "stats": {...}, "signals": [...] } as described in docs/FORMAT.md')
    .addHelpText(
      'after',
      `
Examples:
  followthrough review note.txt
  followthrough review note.txt --from examples/dana-reyes.json --application acme --to "Maria Chen" --kind thank-you
  pbpaste | followthrough review - --json

Exit status: 0 no errors found, 1 at least one error finding, 2 bad usage or input.`,
    )
    .action(async (file: string, opts: ReviewOptions, cmd: Command) => {
      await runReview(file, opts, cmd.optsWithGlobals());
    });
}

export async function runReview(file: string, opts: ReviewOptions, globals: StoreOptions): Promise<void> {
  const ctx = await import('../context.js');
  const { FollowthroughError, EXIT } = await import('../../core/errors.js');
  if (opts.kind !== undefined && !KINDS.includes(opts.kind))
    throw new FollowthroughError('INVALID_ARGUMENT', `--kind: must be one of ${KINDS.join(', ')} (got "${opts.kind}")`);
  const text = ctx.readInputFile(file, 'FILE');
  const context: ReviewContext = { to: opts.to, kind: opts.kind as ReviewKind | undefined };
  let document: Document | undefined;
  if (opts.from !== undefined) document = await ctx.parseDocumentFile(opts.from);
  else if (opts.application !== undefined) {
    const { doc, store } = await ctx.loadDocument({ db: globals.db });
    await store?.close();
    document = doc;
  }
  if (document) {
    context.document = document;
    if (opts.application !== undefined)
      context.application = ctx.findApplication(document, opts.application, '--application').id;
  }
  const { reviewText } = await import('../../app/writing.js');
  const { loadSpeller } = await import('../../review-node/speller.js');
  const result = await reviewText({ text, context, speller: loadSpeller() });
  if (opts.json) ctx.printJson({ findings: result.findings, stats: result.stats, signals: result.signals });
  else for (const line of formatReview(text, result, ctx.styler())) ctx.out(line);
  if (result.findings.some((f) => f.severity === 'error')) process.exitCode = EXIT.findings;
}

/** Human output: each finding with its line and the span underlined, then the stats. */
export function formatReview(text: string, result: ReviewResult, s: Styler): string[] {
  const lines: string[] = [];
  for (const f of result.findings) {
    const paint = f.severity === 'error' ? s.red : f.severity === 'warning' ? s.yellow : s.cyan;
    lines.push(`${paint(f.severity)} ${s.bold(f.rule)}: ${f.message}`);
    lines.push(...excerpt(text, f, s));
    if (f.suggestions?.length) lines.push(s.dim(`    try: ${f.suggestions.join(' / ')}`));
    lines.push('');
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  const summary = result.findings.length
    ? `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${result.findings.length - errors - warnings} note${result.findings.length - errors - warnings === 1 ? '' : 's'}`
    : s.green('no problems found');
  const { words, questions, readingGrade } = result.stats;
  lines.push(
    `${summary} · ${words} words · ${questions} question${questions === 1 ? '' : 's'} · reading grade ${readingGrade}`,
  );
  lines.push(...formatSignals(result.signals, s));
  return lines;
}

const SIGNAL_NAMES: Record<Signal['id'], string> = {
  words: 'words',
  'reading-grade': 'reading grade',
  questions: 'questions',
  'subject-words': 'subject words',
  positivity: 'positivity',
};

/** The reply-likelihood signals, one a line: value, the range that did best, and the reason when it is off. */
export function formatSignals(signals: ReadonlyArray<Signal>, s: Styler): string[] {
  if (!signals.length) return [];
  const lines = [s.dim('reply signals (published figures: docs/REVIEWER.md)')];
  for (const g of signals) {
    const value = g.value === null ? 'none' : String(g.value);
    const head = `  ${g.met ? s.green('met') : s.yellow('off')} ${SIGNAL_NAMES[g.id]} ${value} (best ${g.target.min}-${g.target.max})`;
    lines.push(g.met ? head : `${head}: ${g.reason}`);
  }
  return lines;
}

/** The finding's first line, numbered, with ^^^ under the span (to the line's end if the span runs on). */
function excerpt(text: string, f: Finding, s: Styler): string[] {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = text.indexOf('\n', f.start);
  if (lineEnd < 0) lineEnd = text.length;
  const lineNo = text.slice(0, lineStart).split('\n').length;
  const line = text.slice(lineStart, lineEnd).replace(/\t/g, ' ');
  const col = f.start - lineStart;
  const width = Math.max(1, Math.min(f.end, lineEnd) - f.start);
  const gutter = String(lineNo).padStart(4);
  return [
    s.dim(`${gutter} | `) + line,
    `${s.dim(`${' '.repeat(gutter.length)} | `)}${' '.repeat(col)}${s.red('^'.repeat(width))}`,
  ];
}
