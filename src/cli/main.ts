// The `followthrough` command line. Every command lives in its own module under ./commands and exports
// `register(program)`; those modules import their heavy dependencies inside their actions, so `--help`
// and `today` start fast. Errors become one line per problem and a stable exit status (see EXIT).
import { Command, CommanderError } from 'commander';
import { EXIT, FollowthroughError } from '../core/errors.js';
import * as add from './commands/add.js';
import * as calendar from './commands/calendar.js';
import * as checklist from './commands/checklist.js';
import * as config from './commands/config.js';
import * as debrief from './commands/debrief.js';
import * as draft from './commands/draft.js';
import * as edit from './commands/edit.js';
import * as exportCmd from './commands/export.js';
import * as exportEml from './commands/export-eml.js';
import * as importCmd from './commands/import.js';
import * as init from './commands/init.js';
import * as letter from './commands/letter.js';
import * as list from './commands/list.js';
import * as log from './commands/log.js';
import * as plan from './commands/plan.js';
import * as review from './commands/review.js';
import * as script from './commands/script.js';
import * as send from './commands/send.js';
import * as serve from './commands/serve.js';
import * as steps from './commands/steps.js';
import * as sync from './commands/sync.js';
import * as today from './commands/today.js';
import * as undo from './commands/undo.js';
import * as watch from './commands/watch.js';
import { flushSuccessNotes, loadWhenReader, needsWhenReader } from './context.js';
import { installOutputGuard } from './output-guard.js';
import { errorText } from './terminal-text.js';
import { VERSION } from './version.js';

interface CommandModule {
  register(program: Command): void;
}

/** Every command, in the order `--help` lists them. */
const COMMANDS: CommandModule[] = [
  init,
  add,
  debrief,
  checklist,
  list,
  edit,
  plan,
  today,
  steps,
  draft,
  review,
  script,
  letter,
  calendar,
  send,
  exportEml,
  sync,
  watch,
  log,
  importCmd,
  exportCmd,
  undo,
  config,
  serve,
];

export function buildProgram(): Command {
  const program = new Command('followthrough')
    .description('Plan, draft, review and send the follow-up after a job interview.')
    .version(VERSION, '-V, --version')
    .option(
      '--db <path>',
      'the store: a SQLite file or a postgres:// URL (default: $FOLLOWTHROUGH_DB, then ~/.local/share/followthrough/followthrough.db)',
    )
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true });
  program.addHelpText(
    'after',
    `
Start here:
  followthrough init --name "Dana Reyes" --email dana@example.com
  followthrough add --company "Acme Logistics" --role "Senior Accountant" --at "2026-04-07 10:00" \\
      --interviewer "Maria Chen <maria@acme.example>, Controller" --expected "by next Friday"
  followthrough today

Exit status: 0 ok, 1 the review found errors, 2 bad usage or input, 3 failure.`,
  );
  for (const module of COMMANDS) module.register(program);
  // `--now 2026-12-01` or `--now "tomorrow 9am"` needs the date reader, loaded only then (see parseNow).
  program.hook('preAction', async (_program, action) => {
    const now = action.opts().now;
    if (typeof now === 'string' && needsWhenReader(now)) await loadWhenReader();
  });
  // Usage errors exit 2 (commander's default is 1, which we reserve for review findings).
  const tune = (cmd: Command) => {
    cmd.exitOverride();
    for (const sub of cmd.commands) tune(sub);
  };
  tune(program);
  return program;
}

/** Prints an error as one line per problem and returns the exit status. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    // Commander already printed its message (or the help / version).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return EXIT.ok;
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof FollowthroughError) {
    for (const problem of err.problems) process.stderr.write(`${errorText(problem)}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`followthrough: unexpected failure: ${errorText(e?.message ?? String(err))}\n`);
  if (process.env.FOLLOWTHROUGH_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  return EXIT.failure;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    flushSuccessNotes();
    return EXIT.ok;
  } catch (err) {
    return reportError(err);
  }
}

// `followthrough plan | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// Before anything is written: every line out passes the secrets scrubber.
installOutputGuard();

// A command may set process.exitCode (e.g. `review` with findings); an error overrides it.
const status = await main();
if (status !== EXIT.ok) process.exitCode = status;
