// `followthrough undo`: restores the store as it was before the last destructive change.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('undo')
    .description('undo your last change: an import, init, add, debrief or log')
    .option('--force', 'undo even if send or sync recorded something since, which is then lost too')
    .addHelpText(
      'after',
      `
Each undo steps back one change; the last 20 are kept. What send and sync record (sent messages, replies)
has no undo of its own: undo refuses to throw it away unless you add --force. Undo never unsends an email.`,
    )
    .action(async (_opts: unknown, cmd: Command) => {
      const { runUndo } = await import('../actions/transfer.js');
      await runUndo(cmd.optsWithGlobals());
    });
}
