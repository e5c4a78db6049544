// `followthrough import FILE`: loads a document (CONTRACT §1) into the store, all or nothing.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('import')
    .description('load a JSON document into the store (all or nothing)')
    .argument('<file>', 'the document (- reads stdin)')
    .option('--replace', 'make the store exactly the file (applications not in it are removed)')
    .addHelpText(
      'after',
      `
merge: the profile is replaced, applications with the same id are replaced (with their events), new ones
are added, others are kept. \`followthrough undo\` restores the store as it was before the import.`,
    )
    .action(async (file: string, opts: { replace?: boolean }, cmd: Command) => {
      const { runImport } = await import('../actions/transfer.js');
      await runImport(file, opts, cmd.optsWithGlobals());
    });
}
