// `followthrough list` and `followthrough show APP`: where each application stands, and one in full.
import type { Command } from 'commander';

export interface ListOptions {
  now?: string;
  json?: boolean;
  all?: boolean;
  /** Lines as long as they need to be, even on a narrow terminal. */
  wide?: boolean;
}

export function register(program: Command): void {
  program
    .command('list')
    .description('your applications: where each stands and its next step')
    .option('--all', 'include closed applications (offer, rejected, withdrawn, closed)')
    .option('--now <when>', 'as of this moment (default: now)')
    .option('--wide', 'do not fit the tables to the terminal: one line per row, however long')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  followthrough list\n  followthrough show acme')
    .action(async (opts: ListOptions, cmd: Command) => {
      const { runList } = await import('../actions/list.js');
      await runList(opts, cmd.optsWithGlobals());
    });
  program
    .command('show')
    .description('one application in full: interviews, people, what they said, events and the plan')
    .argument('<application>', 'the application id (see `followthrough list`)')
    .option('--now <when>', 'as of this moment (default: now)')
    .option('--wide', 'do not fit the tables to the terminal: one line per row, however long')
    .option('--json', 'print JSON')
    .action(async (application: string, opts: ListOptions, cmd: Command) => {
      const { runShow } = await import('../actions/list.js');
      await runShow(application, opts, cmd.optsWithGlobals());
    });
}
