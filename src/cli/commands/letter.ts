// `followthrough letter STEP -o FILE.pdf`: the one-page posted letter for a plan step, typeset as a PDF to print,
// sign by hand and post. The planner, composer and pdfkit load inside the action so start-up stays fast.
import type { Command } from 'commander';
import { FollowthroughError } from '../../core/errors.js';
import { loadDocument, note, parseNow, readInputFile, type StoreOptions } from '../context.js';

export interface LetterOptions {
  output: string;
  from?: string;
  now?: string;
  text?: string;
  pageSize?: string;
  font?: string;
}

export function register(program: Command): void {
  program
    .command('letter')
    .description('typeset the one-page posted letter for a step (a thank-you by mail) as a PDF')
    .argument('<step>', 'the step id, as listed by `followthrough plan` (e.g. northwind/thank-you/0/robert-feld)')
    .requiredOption('-o, --output <file.pdf>', 'where to write the PDF (- for stdout)')
    .option('--text <file>', 'typeset your own edited text (salutation, paragraphs, closing) instead of the draft')
    .option('--page-size <size>', 'letter or a4 (default: from your country: US Letter in US, CA, MX, PH, else A4)')
    .option(
      '--font <file.ttf>',
      'a TrueType font to set it in (default: Times; a system serif for names Times cannot print)',
    )
    .option('--from <file>', 'use this document file instead of the store (- reads stdin)')
    .option(
      '--now <when>',
      'date the letter as of this moment: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .addHelpText(
      'after',
      `
The letter always fits on one page: long text is set smaller (12 pt down to 10 pt); text that still does not
fit is refused with how many words to cut, and no file is written. Addresses come from your profile and the
interviewer (or the application's companyAddress); with --text, lines above the salutation are ignored.

Examples:
  followthrough letter northwind/thank-you/0/robert-feld -o feld.pdf
  followthrough draft --application northwind --kind thank-you --to "Robert Feld" --channel mail > feld.txt
  followthrough letter northwind/thank-you/0/robert-feld --text feld.txt -o feld.pdf`,
    )
    .action(async (stepId: string, opts: LetterOptions, cmd: Command) => {
      await runLetter(stepId, opts, cmd.optsWithGlobals());
    });
}

function parsePageSize(value: string | undefined): 'LETTER' | 'A4' | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toUpperCase();
  if (v === 'LETTER' || v === 'A4') return v;
  throw new FollowthroughError('INVALID_ARGUMENT', `--page-size: must be letter or a4, got "${value}"`);
}

export async function runLetter(stepId: string, opts: LetterOptions, globals: StoreOptions): Promise<void> {
  const pageSize = parsePageSize(opts.pageSize);
  const ownText = opts.text === undefined ? undefined : readInputFile(opts.text, '--text');
  const { doc, store } = await loadDocument({ from: opts.from, db: globals.db });
  await store?.close();
  const now = parseNow(opts.now, '--now', doc.candidate.timezone);

  const { letterFor } = await import('../../app/exports.js');
  const letterModule = await import('../../channels/letter/index.js');
  const { describeOutput } = await import('../../channels/files/output.js');
  const made = await letterFor({ doc, now, step: stepId, ...(ownText !== undefined && { text: ownText }) });
  const { step, letter, application: app, to } = made;
  if (made.setAside)
    note(
      `note: ${made.setAside} block(s) above the salutation were left out; the addresses and date come from your profile and the interview`,
    );

  const size = pageSize ?? letterModule.pageSizeForCountry(doc.candidate.country);
  const set = await letterModule.writeLetterPdf(letter, opts.output, {
    pageSize: size,
    ...(opts.font ? { font: opts.font } : {}),
    title: `Letter to ${to}${app ? ` (${app.company})` : ''}`,
  });

  if (!letterModule.hasPostalAddress(letter))
    note(`note: no postal address for ${to}; add the interviewer's address or the application's companyAddress`);
  if (step.state === 'done' || step.state === 'cancelled') note(`note: this step is already ${step.state}`);
  const when = letterModule.postingAdvice(step.due, now, doc.candidate.timezone ?? 'UTC');
  if (opts.output !== '-')
    note(
      `Wrote ${describeOutput(set.written)}: one page, ${size === 'LETTER' ? 'US Letter' : 'A4'}, ${set.fontSize} pt, to ${to}. Sign it by hand and ${when}.`,
    );
}
