// `followthrough export-eml STEP -o FILE.eml`: the step's email as a standard RFC 5322 file any mail client opens.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('export-eml')
    .description('write the email for a step as an .eml file (open it in your mail client to send it yourself)')
    .argument('<step>', 'the step id from `followthrough plan`')
    .option('-o, --output <file>', 'the .eml file to write (- for stdout)')
    .option('--mailto', 'print a mailto: link that opens the message in your mail program instead')
    .option(
      '--now <when>',
      'the message date: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .addHelpText(
      'after',
      `
Examples:
  followthrough export-eml acme/thank-you/0/maria-chen -o thank-you-maria.eml
  followthrough export-eml acme/thank-you/0/maria-chen --mailto`,
    )
    .action(async (step: string, opts, cmd: Command) => {
      const { runExportEml } = await import('../actions/send.js');
      await runExportEml(step, opts, cmd.optsWithGlobals());
    });
}
