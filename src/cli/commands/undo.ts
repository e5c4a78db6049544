// `followthrough undo`: restores the store as it was before the last destructive change.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('undo')
    .description('undo the last import or change to existing data')
    .action(async (_opts: unknown, cmd: Command) => {
      const { runUndo } = await import('../actions/transfer.js');
      await runUndo(cmd.optsWithGlobals());
    });
}
