// `followthrough plan`: every dated step for every application (or one), as a table or CONTRACT §2 JSON.
import type { Command } from 'commander';

export interface PlanOptions {
  from?: string;
  now?: string;
  application?: string;
  json?: boolean;
  /** Lines as long as they need to be, even on a narrow terminal. */
  wide?: boolean;
  pending?: boolean;
}

export function register(program: Command): void {
  program
    .command('plan')
    .description('the dated follow-up plan: thank-you notes, check-ins, follow-ups and the day to move on')
    .option('--from <file>', 'plan this document file instead of the store (- reads stdin); the store is not touched')
    .option(
      '--now <when>',
      'plan as of this moment: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .option('--application <id>', 'only this application')
    .option('--pending', 'only steps still to do (pending or overdue)')
    .option('--wide', 'do not fit the output to the terminal: one line per step, however long')
    .option('--json', 'print { "steps": [...] } as described in docs/FORMAT.md ("plan --json")')
    .addHelpText(
      'after',
      `
Examples:
  followthrough plan
  followthrough plan --application acme --now 2026-04-08T09:00:00-05:00
  followthrough plan --from examples/dana-reyes.json --json`,
    )
    .action(async (opts: PlanOptions, cmd: Command) => {
      const { runPlan } = await import('../actions/plan.js');
      await runPlan(opts, cmd.optsWithGlobals());
    });
}
