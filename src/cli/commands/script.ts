// `followthrough script`: a phone script for a status call, with branches for each answer and a voicemail.
import type { Command } from 'commander';
import { checkStepOrFlags } from '../args.js';
import { loadDocument, out, parseNow, printJson, type StoreOptions, styler } from '../context.js';

export interface ScriptOptions {
  from?: string;
  application?: string;
  to?: string;
  now?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('script')
    .argument('[step]', 'a step id from `followthrough plan` (a check-in or follow-up) instead of the flags')
    .description('a call script to ask about status: opening, what to say for each answer, voicemail')
    .option('--application <id>', 'the application (required without STEP)')
    .option('--to <name>', 'whom to call (default: the status contact, else the first interviewer)')
    .option('--from <file>', 'use this document file instead of the store (- reads stdin)')
    .option(
      '--now <when>',
      'as of this moment: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .option(
      '--json',
      'print the script as JSON: { to, opening, branches: [{ id, when, say }], voicemail, rehearsal, text }',
    )
    .addHelpText(
      'after',
      `
Examples:
  followthrough script acme/check-in/1
  followthrough script --application acme --to "Lena Park"`,
    )
    .action(async (stepId: string | undefined, opts: ScriptOptions, cmd: Command) => {
      const globals: StoreOptions = cmd.optsWithGlobals();
      checkStepOrFlags(stepId, { ...opts }, ['application', 'to'], ['application']);
      const { doc, store } = await loadDocument({ from: opts.from, db: globals.db });
      await store?.close();
      const now = parseNow(opts.now, '--now', doc.candidate.timezone);
      const { callScriptFor } = await import('../../app/exports.js');
      const script = await callScriptFor({
        doc,
        now,
        ...(stepId !== undefined
          ? { step: stepId }
          : { request: { application: opts.application as string, to: opts.to } }),
      });
      if (opts.json) {
        printJson(script);
        return;
      }
      const s = styler();
      const [first, ...rest] = script.text.split('\n');
      out(s.bold(first ?? ''));
      for (const line of rest) out(/^(Opening|If |Rehearse)/.test(line) ? s.bold(line) : line);
    });
}
