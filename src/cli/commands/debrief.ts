// `followthrough debrief APP`: notes taken right after an interview, which the drafts draw on.
import type { Command } from 'commander';
import { collect } from '../context.js';

export interface DebriefOptions {
  wentWell?: string[];
  wentPoorly?: string[];
  stoodOut?: string[];
  forgot?: string[];
  interview?: string;
}

export function register(program: Command): void {
  program
    .command('debrief')
    .description('notes on an interview while it is fresh (feed the drafts)')
    .argument('<application>', 'the application id (see `followthrough plan`)')
    .option('--went-well <text>', 'something that went well (repeatable)', collect)
    .option('--went-poorly <text>', 'something that did not go well (repeatable)', collect)
    .option('--stood-out <text>', 'something that stood out about the company or role (repeatable)', collect)
    .option('--forgot <text>', 'something you forgot to mention; a thank-you note can add it (repeatable)', collect)
    .option('--interview <n>', 'which interview, 1 for the first (default: the latest)')
    .addHelpText(
      'after',
      `
Without flags on a terminal, each list is asked for in turn.

Example:
  followthrough debrief acme --went-well "the close automation story" \\
    --forgot "I supported two external audits with no adjustments"`,
    )
    .action(async (application: string, opts: DebriefOptions, cmd: Command) => {
      const { runDebrief } = await import('../actions/debrief.js');
      await runDebrief(application, opts, cmd.optsWithGlobals());
    });
}
