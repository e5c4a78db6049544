// `followthrough edit` corrects the record; `followthrough remove APP` deletes an application (undoable).
import type { Command } from 'commander';
import { collect } from '../context.js';

export interface EditOptions {
  profile?: boolean;
  company?: string;
  role?: string;
  status?: string;
  listingFile?: string;
  companyAddress?: string;
  interview?: string;
  at?: string;
  format?: string;
  expected?: string;
  channel?: string;
  roundsRemaining?: string;
  contact?: string;
  person?: string;
  name?: string;
  title?: string;
  email?: string;
  phone?: string;
  address?: string;
  addTopic?: string[];
  removePerson?: boolean;
  timezone?: string;
  country?: string;
  signature?: string;
  addAchievement?: string[];
  removeAchievement?: string[];
}

export function register(program: Command): void {
  program
    .command('edit')
    .description('correct an application, an interview, a person you met, or your profile (--profile)')
    .argument('[application]', 'the application id (see `followthrough list`)')
    .option('--company <name>', 'application: the company name')
    .option('--role <title>', 'application: the role')
    .option('--status <status>', 'application: active, offer, rejected, withdrawn or closed')
    .option('--listing-file <path>', 'application: the job listing, from a text file')
    .option('--company-address <text>', 'application: where posted letters go')
    .option('--interview <n>', 'which interview: 1 for the first (default: the latest)')
    .option('--at <when>', 'interview: when it took place ("2026-04-07 10:00")')
    .option('--format <format>', 'interview: phone, video or onsite')
    .option('--expected <words>', 'interview: what they said about timing, in their words')
    .option('--channel <channel>', 'interview: how they prefer follow-up: email, phone, mail or portal')
    .option('--rounds-remaining <n>', 'interview: rounds still to come')
    .option('--contact <person>', 'interview: whom to ask about status: "Name <email>, Title"')
    .option('--person <name>', 'a person you met, by name (then --name, --title, --email, --phone, --add-topic)')
    .option('--name <name>', 'the person’s (or with --profile, your) corrected name')
    .option('--title <title>', 'the person’s job title')
    .option('--email <address>', 'the person’s (or your) email')
    .option('--phone <number>', 'the person’s (or your) phone')
    .option('--address <text>', 'the person’s (or your) postal address')
    .option('--add-topic <text>', 'something you discussed with the person (repeatable)', collect)
    .option('--remove-person', 'take the person off the interview (their thank-you goes too)')
    .option('--profile', 'edit your own profile instead of an application')
    .option('--timezone <zone>', 'profile: your IANA time zone')
    .option('--country <code>', 'profile: your country for public holidays (US, GB, US-CA)')
    .option('--signature <text>', 'profile: how your messages are signed')
    .option('--add-achievement <text>', 'profile: an achievement the drafts can mention (repeatable)', collect)
    .option('--remove-achievement <text>', 'profile: drop an achievement (repeatable)', collect)
    .addHelpText(
      'after',
      `
Step ids stay the same after an edit, so a step you already sent stays sent.

Examples:
  followthrough edit acme --role "Senior Accountant II"
  followthrough edit acme --interview 1 --at "2026-11-17 10:30" --expected "by Friday, November 27"
  followthrough edit acme --person "Maria Chen" --title "VP Finance" --email maria@acme.example
  followthrough edit --profile --timezone America/Denver

\`followthrough undo\` takes back the last edit.`,
    )
    .action(async (application: string | undefined, opts: EditOptions, cmd: Command) => {
      const { runEdit } = await import('../actions/edit.js');
      await runEdit(application, opts, cmd.optsWithGlobals());
    });
  program
    .command('remove')
    .description('delete an application with its interviews and events (undo brings it back)')
    .argument('<application>', 'the application id')
    .option('--interview <n>', 'remove only this interview (1 for the first), not the application')
    .addHelpText(
      'after',
      '\nExamples:\n  followthrough remove initech\n  followthrough remove acme --interview 2   # an interview recorded by mistake\n  followthrough undo   # brings it back',
    )
    .action(async (application: string, opts: { interview?: string }, cmd: Command) => {
      const { runRemove } = await import('../actions/edit.js');
      await runRemove(application, opts, cmd.optsWithGlobals());
    });
}
