// `followthrough calendar [-o plan.ics]`: the plan as an iCalendar file, one event per step with reminders.
// Re-importing a newer export updates the same events (stable UIDs) instead of adding copies.
import type { Command } from 'commander';
import { findApplication, loadDocument, note, parseNow, type StoreOptions } from '../context.js';

export interface CalendarOptions {
  output?: string;
  from?: string;
  now?: string;
  application?: string;
}

export function register(program: Command): void {
  program
    .command('calendar')
    .description('export the plan as a calendar file (.ics) to import into your calendar app')
    .option('-o, --output <file.ics>', 'where to write the file (default: stdout)')
    .option('--application <id>', 'only this application')
    .option('--from <file>', 'use this document file instead of the store (- reads stdin)')
    .option(
      '--now <when>',
      'plan as of this moment: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .addHelpText(
      'after',
      `
Each step is an event spanning its window (from "not before" to "due"), in UTC so any calendar shows it in
your zone; it does not mark you busy. Open steps remind you when the window opens (and, for windows longer
than a day, on the morning of the due day). Done steps stay as "Done: …" without reminders; steps that no
longer apply are marked cancelled. Import a newer export over an older one: events are updated, not copied.

Examples:
  followthrough calendar -o followups.ics
  followthrough calendar --from examples/dana-reyes.json --now 2026-01-09T12:00:00-06:00 > plan.ics`,
    )
    .action(async (opts: CalendarOptions, cmd: Command) => {
      await runCalendar(opts, cmd.optsWithGlobals());
    });
}

export async function runCalendar(opts: CalendarOptions, globals: StoreOptions): Promise<void> {
  const { doc, store } = await loadDocument({ from: opts.from, db: globals.db });
  await store?.close();
  const now = parseNow(opts.now, '--now', doc.candidate.timezone);
  if (opts.application) findApplication(doc, opts.application, '--application');
  const { calendarFor } = await import('../../app/exports.js');
  const { ics, events } = await calendarFor({ doc, now, ...(opts.application && { application: opts.application }) });
  const { describeOutput, writeOutput } = await import('../../channels/files/output.js');
  const written = writeOutput(opts.output ?? '-', ics);
  if (written.how === 'stdout') return;
  note(`Wrote ${describeOutput(written)}: ${events} event${events === 1 ? '' : 's'}.`);
}
