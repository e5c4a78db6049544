// `followthrough add`: records an interview, creating the application the first time.
import type { Command } from 'commander';

export interface AddOptions {
  company?: string;
  role?: string;
  id?: string;
  at?: string;
  now?: string;
  /** --interviewer and --topic in the order given: a topic belongs to the interviewer before it. */
  people: Array<{ flag: '--interviewer' | '--topic'; value: string }>;
  contact?: string;
  expected?: string;
  channel?: string;
  roundsRemaining?: string;
  references?: boolean;
  format?: string;
  round?: string;
  listingFile?: string;
  note?: string[];
}

export function register(program: Command): void {
  const people: AddOptions['people'] = [];
  const inOrder = (flag: '--interviewer' | '--topic') => (value: string) => {
    people.push({ flag, value });
    return value;
  };
  program
    .command('add')
    .description('record an interview (creates the application if it is new)')
    .option('--company <name>', 'the employer (required for a new application)')
    .option('--role <title>', 'the job title (required for a new application)')
    .option('--id <slug>', 'the application id (default: made from the company name)')
    .option(
      '--at <when>',
      'when the interview is or was, with a time of day, in your zone: "next tuesday 10am", "12/3 2pm", "2026-04-07 10:00"',
    )
    .option('--now <when>', 'count "tomorrow" and "next tuesday" from this moment (default: now)')
    .option(
      '--interviewer <person>',
      'someone you met: "Name <email>, Title" (repeatable, email and title optional)',
      inOrder('--interviewer'),
    )
    .option(
      '--topic <text>',
      'something you discussed with the interviewer given just before (repeatable)',
      inOrder('--topic'),
    )
    .option('--contact <person>', 'whom to ask about status, if not the first interviewer: "Name <email>, Title"')
    .option('--expected <words>', 'what they said about timing, in their words: "by next Friday", "within a few days"')
    .option('--channel <channel>', 'how they prefer to be followed up: email, phone, mail or portal (default email)')
    .option('--rounds-remaining <n>', 'how many more interviews they mentioned')
    .option('--references', 'they said they will check references')
    .option('--format <format>', 'phone, video or onsite')
    .option('--round <n>', 'which round this is (default: the next one)')
    .option('--listing-file <path>', 'a text file with the job listing, whose words the thank-you notes mirror')
    .addHelpText(
      'after',
      `
An application is found by --id, else by --company (and --role when the company has several); otherwise
a new one is created. On a terminal, missing details are asked for.

Examples:
  followthrough add --company "Acme Logistics" --role "Senior Accountant" --at "2026-04-07 10:00" \\
    --interviewer "Maria Chen <maria.chen@acme.example>, Controller" --topic "the five-day close" \\
    --interviewer "Tom Alvarez, Operations Director" --topic "freight cost variances" \\
    --expected "by Friday, April 17" --listing-file acme-listing.txt
  followthrough add --id acme --at "2026-04-21 14:00" --interviewer "Priya Shah, CFO" --format video`,
    )
    .action(async (opts: Omit<AddOptions, 'people'>, cmd: Command) => {
      const { runAdd } = await import('../actions/add.js');
      await runAdd({ ...opts, people }, cmd.optsWithGlobals());
    });
}
