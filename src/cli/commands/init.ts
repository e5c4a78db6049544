// `followthrough init`: creates or updates the candidate's profile (name, contact details, zone, country,
// achievements and testimonials that the drafts draw on).
import type { Command } from 'commander';
import { collect } from '../context.js';

interface InitOptions {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
  timezone?: string;
  country?: string;
  achievement?: string[];
  testimonial?: string[];
  signature?: string;
}

export function register(program: Command): void {
  program
    .command('init')
    .description('create or update your profile (re-run to change it)')
    .option('--name <name>', 'your name as it should appear in messages (required the first time)')
    .option('--email <address>', 'your email address')
    .option('--phone <number>', 'your phone number')
    .option('--address <text>', 'your postal address, for letters (use \\n or a quoted multi-line value)')
    .option('--timezone <zone>', "your IANA time zone, e.g. America/Chicago (default: this machine's)")
    .option('--country <code>', 'your country for public holidays, e.g. US or US-CA (default: US)')
    .option('--achievement <text>', 'a short accomplishment the drafts can match to a listing (repeatable)', collect)
    .option('--testimonial <text>', 'a line of praise, "quote -- author" (repeatable)', collect)
    .option('--signature <text>', 'how your messages are signed (default: your name)')
    .addHelpText(
      'after',
      `
Examples:
  followthrough init --name "Dana Reyes" --email dana@example.com --timezone America/Chicago
  followthrough init --achievement "Cut the month-end close from ten days to six"
  followthrough init --testimonial "Dana turned our close into a routine. -- Priya Natarajan, Controller"`,
    )
    .action(async (opts: InitOptions, cmd: Command) => {
      const { runInit } = await import('../actions/init.js');
      await runInit(opts, cmd.optsWithGlobals());
    });
}

export type { InitOptions };
