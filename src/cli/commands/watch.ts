// `followthrough watch`: syncs, then waits for new mail with IMAP IDLE until Ctrl-C.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('watch')
    .description('keep reading replies as they arrive (IMAP IDLE) until Ctrl-C')
    .option('--confirm', 'also record a rejection or offer read in a reply (otherwise it is only shown)')
    .option('--json', 'print each pass as JSON')
    .addHelpText(
      'after',
      `
Uses the same settings as \`followthrough sync\`.

Example:
  followthrough watch`,
    )
    .action(async (opts, cmd: Command) => {
      const { runWatch } = await import('../actions/sync.js');
      await runWatch(opts, cmd.optsWithGlobals());
    });
}
