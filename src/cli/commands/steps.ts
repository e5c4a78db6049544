// `followthrough snooze|skip|done STEP`: the person's say over one step of the plan.
import type { Command } from 'commander';

export interface StepOptions {
  until?: string;
  at?: string;
  now?: string;
}

export function register(program: Command): void {
  program
    .command('snooze')
    .description('put a step off until a later day (the touches after it move too)')
    .argument('<step>', 'the step id from `followthrough plan`, e.g. acme/check-in/1')
    .requiredOption('--until <date>', 'the day to plan it for: 2026-12-10, "next monday", "Dec 10"')
    .option('--now <when>', 'as of this moment (default: now)')
    .addHelpText(
      'after',
      '\nExample:\n  followthrough snooze acme/check-in/1 --until "next monday"\n\n`followthrough undo` takes it back.',
    )
    .action(async (step: string, opts: StepOptions, cmd: Command) => {
      const { runSnooze } = await import('../actions/steps.js');
      await runSnooze(step, opts, cmd.optsWithGlobals());
    });
  program
    .command('skip')
    .description('leave a step out of the plan (it shows as cancelled)')
    .argument('<step>', 'the step id from `followthrough plan`')
    .option('--now <when>', 'as of this moment (default: now)')
    .addHelpText(
      'after',
      '\nExample:\n  followthrough skip acme/thank-you/0/tom-alvarez\n\n`followthrough undo` takes it back.',
    )
    .action(async (step: string, opts: StepOptions, cmd: Command) => {
      const { runSkip } = await import('../actions/steps.js');
      await runSkip(step, opts, cmd.optsWithGlobals());
    });
  program
    .command('done')
    .description('mark a step done that you did outside Followthrough (sent from your own mail, called)')
    .argument('<step>', 'the step id from `followthrough plan`')
    .option('--at <when>', 'when you did it (default: now)')
    .option('--now <when>', 'as of this moment (default: now)')
    .addHelpText(
      'after',
      '\nA message step is recorded as sent (a phone step as a call); done on a move-on step closes the application.\n\nExample:\n  followthrough done acme/thank-you/0/maria-chen',
    )
    .action(async (step: string, opts: StepOptions, cmd: Command) => {
      const { runDone } = await import('../actions/steps.js');
      await runDone(step, opts, cmd.optsWithGlobals());
    });
}
