// `followthrough log APP TYPE`: records what happened (a note sent, a call, their reply, an offer…).
import type { Command } from 'commander';

export interface LogOptions {
  kind?: string;
  to?: string;
  from?: string;
  note?: string;
  at?: string;
  now?: string;
  decideBy?: string;
}

export function register(program: Command): void {
  program
    .command('log')
    .description('record an event: sent, called, replied, next-round, offer, rejected or withdrawn')
    .argument('<application>', 'the application id')
    .argument('<type>', 'sent | called | replied | next-round | offer | rejected | withdrawn')
    .option('--kind <kind>', 'for sent/called: thank-you, check-in, follow-up, offer-notice or gracious-close')
    .option('--to <name>', 'for sent/called: whom you wrote to or called')
    .option('--from <name>', 'for replied, next-round, offer, rejected: who got in touch')
    .option('--note <text>', 'free text; a reply like "we expect to decide by January 30" moves the plan')
    .option('--at <when>', 'when it happened, in your zone: "yesterday 3pm", "2026-04-07 15:00" (default: now)')
    .option('--now <when>', 'count "yesterday" and "last friday" from this moment (default: now)')
    .option('--decide-by <date>', 'for offer: the date you must answer by; the other employers are told in time')
    .addHelpText(
      'after',
      `
offer, rejected and withdrawn also set the application's status.

Examples:
  followthrough log acme sent --kind thank-you --to "Maria Chen"
  followthrough log acme replied --from "Jordan Lee" --note "we expect to decide by April 24"
  followthrough log globex offer --decide-by 2026-04-20`,
    )
    .action(async (application: string, type: string, opts: LogOptions, cmd: Command) => {
      const { runLog } = await import('../actions/log.js');
      await runLog(application, type, opts, cmd.optsWithGlobals());
    });
}
