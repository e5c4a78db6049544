// The work behind `followthrough add`.
import { readFileSync } from 'node:fs';
import { whenProblem } from '../../core/calendar/read-when.js';
import { assignIds, formatIssues } from '../../core/document/parse.js';
import {
  type Application,
  applicationSchema,
  FOLLOW_UP_CHANNELS,
  INTERVIEW_FORMATS,
  type Interview,
  type Interviewer,
} from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import { parseChoice, parseCount, parsePerson } from '../args.js';
import type { AddOptions } from '../commands/add.js';
import {
  isInteractive,
  missingFlag,
  noProfile,
  openPrompter,
  out,
  type Prompter,
  parseNow,
  type StoreOptions,
  withStore,
} from '../context.js';
import { parseDateTime } from '../datetime.js';
import { formatWhen } from '../format.js';

export async function runAdd(opts: AddOptions, globals: StoreOptions): Promise<void> {
  await withStore(globals, async (store) => {
    const doc = await store.getDocument();
    if (!doc) throw noProfile();
    const zone = doc.candidate.timezone ?? 'UTC';
    const existing = findExisting(doc.applications, opts);

    let prompter: Prompter | undefined;
    const ask = async (question: string, required: boolean, validate?: (answer: string) => string | undefined) => {
      prompter ??= await openPrompter();
      return prompter.ask(question, { required, validate });
    };
    try {
      const interactive = isInteractive();
      if (!existing) {
        if (!opts.company) {
          if (!interactive) throw missingFlag('--company', 'for a new application');
          opts.company = await ask('Company', true);
        }
        if (!opts.role) {
          if (!interactive) throw missingFlag('--role', 'for a new application');
          opts.role = await ask('Role', true);
        }
      }
      if (!opts.at) {
        if (!interactive) throw missingFlag('--at', 'e.g. "2026-04-07 10:00"');
        opts.at = await ask('When (e.g. next tuesday 10am)', true, (a) =>
          whenProblem(a, { zone, now: parseNow(opts.now, '--now', zone) }),
        );
      }
      if (interactive && opts.people.length === 0) {
        prompter ??= await openPrompter();
        for (const person of await prompter.askList('Who did you meet? "Name <email>, Title"'))
          opts.people.push({ flag: '--interviewer', value: person });
        if (opts.expected === undefined)
          opts.expected = (await ask('What did they say about timing? (their words, optional)', false)) || undefined;
      }
    } finally {
      prompter?.close();
    }

    const interview = buildInterview(opts, zone, existing);
    let app: Application;
    if (existing) {
      app = { ...existing, interviews: [...existing.interviews, interview] };
      if (opts.listingFile) app.listing = readListing(opts.listingFile);
    } else {
      const draft = {
        ...(opts.id ? { id: opts.id } : {}),
        company: (opts.company as string).trim(),
        role: (opts.role as string).trim(),
        ...(opts.listingFile ? { listing: readListing(opts.listingFile) } : {}),
        status: 'active' as const,
        interviews: [interview],
        events: [],
      };
      app = assignIds(
        [draft],
        doc.applications.map((a) => a.id),
      )[0] as Application;
    }
    const checked = applicationSchema.safeParse(app);
    if (!checked.success) {
      const problems = formatIssues(checked.error.issues).map((p) => p.replace(/^id:/, '--id:'));
      throw new FollowthroughError('INVALID_ARGUMENT', problems[0] as string, { problems });
    }
    await store.putApplication(app, { label: `add an interview to ${app.id}` });

    const names = interview.interviewers.map((i) => i.name);
    out(
      `${existing ? 'Added' : 'Created'} ${app.id} (${app.company}, ${app.role}): interview ${formatWhen(interview.at, zone)}` +
        `${names.length ? ` with ${names.join(', ')}` : ''}.`,
    );
    if (names.length === 0) out('No interviewer given: add names with --interviewer so each gets a thank-you note.');
    out(`See the plan: followthrough plan --application ${app.id}`);
  });
}

function findExisting(apps: Application[], opts: AddOptions): Application | undefined {
  if (opts.id) return apps.find((a) => a.id === opts.id);
  if (!opts.company) return undefined;
  const same = (a: string, b: string | undefined) =>
    b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
  const atCompany = apps.filter((a) => same(a.company, opts.company));
  if (opts.role) return atCompany.find((a) => same(a.role, opts.role));
  if (atCompany.length > 1) {
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `--company: ${atCompany.length} applications at ${opts.company} (${atCompany.map((a) => a.id).join(', ')}); give --id or --role`,
    );
  }
  return atCompany[0];
}

function buildInterview(opts: AddOptions, zone: string, existing: Application | undefined): Interview {
  const interviewers: Interviewer[] = [];
  for (const { flag, value } of opts.people) {
    if (flag === '--interviewer') {
      interviewers.push({ ...parsePerson(value, flag), topics: [] });
      continue;
    }
    const last = interviewers[interviewers.length - 1];
    if (!last) throw new FollowthroughError('INVALID_ARGUMENT', '--topic: give the --interviewer it belongs to first');
    if (value.trim()) last.topics.push(value.trim());
  }
  const interview: Interview = {
    at: parseDateTime(opts.at as string, zone, '--at', parseNow(opts.now, '--now', zone)),
    round: opts.round !== undefined ? parseCount(opts.round, '--round', 1) : (existing?.interviews.length ?? 0) + 1,
    interviewers,
    nextSteps: { channel: opts.channel ? parseChoice(opts.channel, FOLLOW_UP_CHANNELS, '--channel') : 'email' },
    debrief: { wentWell: [], wentPoorly: [], stoodOut: [], forgotToMention: [] },
  };
  if (opts.format) interview.format = parseChoice(opts.format, INTERVIEW_FORMATS, '--format');
  if (opts.contact) interview.contact = parsePerson(opts.contact, '--contact');
  if (opts.expected?.trim()) interview.nextSteps.expected = opts.expected.trim();
  if (opts.roundsRemaining !== undefined)
    interview.nextSteps.roundsRemaining = parseCount(opts.roundsRemaining, '--rounds-remaining');
  if (opts.references) interview.nextSteps.referenceChecks = true;
  return interview;
}

function readListing(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `--listing-file: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code}`,
    );
  }
}
