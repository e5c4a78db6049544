// The work behind `followthrough add`.
import { addInterview, findByCompany, type NewInterview } from '../../app/applications.js';
import { whenProblem } from '../../core/calendar/read-when.js';
import { FOLLOW_UP_CHANNELS, INTERVIEW_FORMATS, type Interviewer } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import { parseChoice, parseCount, parsePerson, personProblem, readListing } from '../args.js';
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
  withApp,
} from '../context.js';
import { parseDateTime } from '../datetime.js';
import { formatWhen } from '../format.js';

export async function runAdd(opts: AddOptions, globals: StoreOptions): Promise<void> {
  await withApp(globals, async (deps) => {
    // What is asked depends on what is stored; the write itself re-reads inside its transaction.
    const doc = await deps.store.getDocument();
    if (!doc) throw noProfile();
    const zone = doc.candidate.timezone ?? 'UTC';
    const existing = opts.id
      ? doc.applications.find((a) => a.id === opts.id)
      : findByCompany(doc.applications, opts.company, opts.role);

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
        for (const person of await prompter.askList('Who did you meet? "Name <email>, Title"', {
          validate: personProblem,
        }))
          opts.people.push({ flag: '--interviewer', value: person });
        if (opts.expected === undefined)
          opts.expected = (await ask('What did they say about timing? (their words, optional)', false)) || undefined;
      }
    } finally {
      prompter?.close();
    }

    const interview = buildInterview(opts, zone);
    const result = await addInterview(deps, {
      ...(opts.id && { id: opts.id }),
      ...(opts.company && { company: opts.company }),
      ...(opts.role && { role: opts.role }),
      ...(opts.listingFile && { listing: readListing(opts.listingFile) }),
      interview,
    });
    const app = result.application;
    const names = result.interview.interviewers.map((i) => i.name);
    const verb = { created: 'Created', added: 'Added an interview to', updated: 'Updated the interview of' }[
      result.outcome
    ];
    if (result.idTaken)
      out(`The id ${result.idTaken} is already used by another application, so this one is ${app.id}.`);
    out(
      `${verb} ${app.id} (${app.company}, ${app.role}): interview ${formatWhen(result.interview.at, zone)}` +
        `${names.length ? ` with ${names.join(', ')}` : ''}.`,
    );
    if (result.outcome === 'updated')
      out('That interview was already recorded, so it was updated rather than added twice.');
    if (names.length === 0) out('No interviewer given: add names with --interviewer so each gets a thank-you note.');
    out(`See the plan: followthrough plan --application ${app.id}`);
  });
}

function buildInterview(opts: AddOptions, zone: string): NewInterview {
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
  const nextSteps: NonNullable<NewInterview['nextSteps']> = {};
  if (opts.channel) nextSteps.channel = parseChoice(opts.channel, FOLLOW_UP_CHANNELS, '--channel');
  const interview: NewInterview & { nextSteps: typeof nextSteps } = {
    at: parseDateTime(opts.at as string, zone, '--at', parseNow(opts.now, '--now', zone)),
    ...(opts.round !== undefined && { round: parseCount(opts.round, '--round', 1) }),
    interviewers,
    nextSteps,
  };
  if (opts.format) interview.format = parseChoice(opts.format, INTERVIEW_FORMATS, '--format');
  if (opts.contact) interview.contact = parsePerson(opts.contact, '--contact');
  if (opts.expected?.trim()) interview.nextSteps.expected = opts.expected.trim();
  if (opts.roundsRemaining !== undefined)
    interview.nextSteps.roundsRemaining = parseCount(opts.roundsRemaining, '--rounds-remaining');
  if (opts.references) interview.nextSteps.referenceChecks = true;
  return interview;
}
