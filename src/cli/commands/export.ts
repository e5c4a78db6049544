// `followthrough export`: the whole store as a JSON document (CONTRACT §1), to stdout or a file.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('export')
    .description('write the store as a JSON document (what import reads)')
    .option('-o, --output <file>', 'write to this file instead of stdout (replaced atomically)')
    .action(async (opts: { output?: string }, cmd: Command) => {
      const { runExport } = await import('../actions/transfer.js');
      await runExport(opts, cmd.optsWithGlobals());
    });
}
