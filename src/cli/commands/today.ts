// `followthrough today`: what is overdue, what is due now, and what comes in the next seven days.
import type { Command } from 'commander';

export interface TodayOptions {
  now?: string;
  from?: string;
  json?: boolean;
  /** Lines as long as they need to be, even on a narrow terminal. */
  wide?: boolean;
  days?: string;
  all?: boolean;
}

export function register(program: Command): void {
  program
    .command('today')
    .description('what to do now: overdue steps, steps due now, and the next 7 days')
    .option(
      '--now <when>',
      'as of this moment: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .option('--from <file>', 'use this document file instead of the store (- reads stdin)')
    .option('--days <n>', 'how far ahead to look (default 7)')
    .option('--all', 'list every step (text output shows the first 40 of each group)')
    .option('--wide', 'do not fit the output to the terminal: one line per step, however long')
    .option('--json', 'print { "now", "overdue": [...], "dueNow": [...], "upcoming": [...] } (steps as in plan --json)')
    .action(async (opts: TodayOptions, cmd: Command) => {
      const { runToday } = await import('../actions/today.js');
      await runToday(opts, cmd.optsWithGlobals());
    });
}
