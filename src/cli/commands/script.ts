// `followthrough script`: a phone script for a status call, with branches for each answer and a voicemail.
import type { Command } from 'commander';
import { loadDocument, out, parseNow, printJson, type StoreOptions, styler } from '../context.js';

export interface ScriptOptions {
  from?: string;
  application: string;
  to?: string;
  now?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('script')
    .description('a call script to ask about status: opening, what to say for each answer, voicemail')
    .requiredOption('--application <id>', 'the application')
    .option('--to <name>', 'whom to call (default: the status contact, else the first interviewer)')
    .option('--from <file>', 'use this document file instead of the store (- reads stdin)')
    .option('--now <iso>', 'as of this moment, ISO 8601 with offset (default: now)')
    .option(
      '--json',
      'print the script as JSON: { to, opening, branches: [{ id, when, say }], voicemail, rehearsal, text }',
    )
    .addHelpText(
      'after',
      `
Example:
  followthrough script --application acme --to "Lena Park"`,
    )
    .action(async (opts: ScriptOptions, cmd: Command) => {
      const globals: StoreOptions = cmd.optsWithGlobals();
      const now = parseNow(opts.now);
      const { doc, store } = await loadDocument({ from: opts.from, db: globals.db });
      await store?.close();
      const { composeCallScript } = await import('../../core/compose/index.js');
      const script = composeCallScript(doc, { application: opts.application, to: opts.to, now });
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
