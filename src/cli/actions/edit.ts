// `edit` and `remove`: flags to the application layer's corrections (src/app/applications.ts, profile.ts).
import {
  editApplication,
  editInterview,
  editPerson,
  removeApplication,
  removeInterview,
} from '../../app/applications.js';
import { saveProfile } from '../../app/profile.js';
import { APPLICATION_STATUSES, FOLLOW_UP_CHANNELS, INTERVIEW_FORMATS } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import { parseChoice, parseCount, parsePerson, readListing } from '../args.js';
import type { EditOptions } from '../commands/edit.js';
import { machineZone, noProfile, out, type StoreOptions, withApp } from '../context.js';
import { parseDateTime } from '../datetime.js';
import { formatWhen } from '../format.js';

const APP_FLAGS = ['company', 'role', 'status', 'listingFile', 'companyAddress'] as const;
const INTERVIEW_FLAGS = ['at', 'format', 'expected', 'channel', 'roundsRemaining', 'contact'] as const;
const PERSON_FLAGS = ['name', 'title', 'email', 'phone', 'address', 'addTopic', 'removePerson'] as const;

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const given = (opts: EditOptions, keys: readonly string[]) =>
  keys.filter((k) => (opts as Record<string, unknown>)[k] !== undefined);

function refuse(keys: string[], why: string): void {
  if (keys.length) throw new FollowthroughError('INVALID_ARGUMENT', `${flag(keys[0] as string)}: ${why}`);
}

export async function runEdit(appId: string | undefined, opts: EditOptions, globals: StoreOptions): Promise<void> {
  if (opts.profile) {
    if (appId) throw new FollowthroughError('INVALID_ARGUMENT', `edit: --profile takes no application id ("${appId}")`);
    refuse(
      given(opts, [...APP_FLAGS, ...INTERVIEW_FLAGS, 'interview', 'person', 'title', 'addTopic', 'removePerson']),
      'not a profile field',
    );
    return editProfile(opts, globals);
  }
  if (!appId) throw new FollowthroughError('INVALID_ARGUMENT', 'edit: give an application id, or --profile');
  refuse(
    given(opts, ['timezone', 'country', 'signature', 'addAchievement', 'removeAchievement']),
    'only with --profile',
  );
  const person = given(opts, PERSON_FLAGS);
  if (person.length && !opts.person) refuse(person, 'say whose with --person NAME');
  const onInterview = given(opts, INTERVIEW_FLAGS);
  const onApp = given(opts, APP_FLAGS);
  if (!opts.person && !onInterview.length && !onApp.length)
    throw new FollowthroughError('INVALID_ARGUMENT', 'edit: nothing to change (see `followthrough edit --help`)');

  await withApp(globals, async (deps) => {
    const candidate = await deps.store.getCandidate();
    if (!candidate) throw noProfile();
    const zone = candidate.timezone ?? 'UTC';
    const lines: string[] = [];
    if (onApp.length) {
      const app = await editApplication(deps, {
        id: appId,
        ...(opts.company !== undefined && { company: opts.company.trim() }),
        ...(opts.role !== undefined && { role: opts.role.trim() }),
        ...(opts.status !== undefined && { status: parseChoice(opts.status, APPLICATION_STATUSES, '--status') }),
        ...(opts.listingFile !== undefined && { listing: readListing(opts.listingFile) }),
        ...(opts.companyAddress !== undefined && { companyAddress: opts.companyAddress.replace(/\\n/g, '\n') }),
      });
      lines.push(`Updated ${app.id}: ${app.company}, ${app.role} (${app.status}).`);
    }
    if (onInterview.length) {
      const nextSteps: Record<string, unknown> = {};
      if (opts.expected !== undefined) nextSteps.expected = opts.expected.trim();
      if (opts.channel !== undefined) nextSteps.channel = parseChoice(opts.channel, FOLLOW_UP_CHANNELS, '--channel');
      if (opts.roundsRemaining !== undefined)
        nextSteps.roundsRemaining = parseCount(opts.roundsRemaining, '--rounds-remaining');
      const r = await editInterview(deps, {
        id: appId,
        ...(opts.interview !== undefined && { interview: opts.interview }),
        ...(opts.at !== undefined && { at: parseDateTime(opts.at, zone, '--at') }),
        ...(opts.format !== undefined && { format: parseChoice(opts.format, INTERVIEW_FORMATS, '--format') }),
        ...(opts.contact !== undefined && { contact: parsePerson(opts.contact, '--contact') }),
        nextSteps,
      });
      const iv = r.application.interviews[r.index];
      lines.push(`Updated interview ${r.index + 1} of ${appId} (${formatWhen(iv?.at ?? '', zone)}).`);
    }
    if (opts.person) {
      if (!person.length)
        throw new FollowthroughError(
          'INVALID_ARGUMENT',
          '--person: say what to change (--name, --title, --email, --phone, --add-topic or --remove-person)',
        );
      const r = await editPerson(deps, {
        id: appId,
        person: opts.person,
        ...(opts.interview !== undefined && { interview: opts.interview }),
        ...(opts.name !== undefined && { name: opts.name.trim() }),
        ...(opts.title !== undefined && { title: opts.title.trim() }),
        ...(opts.email !== undefined && { email: opts.email.trim() }),
        ...(opts.phone !== undefined && { phone: opts.phone.trim() }),
        ...(opts.address !== undefined && { address: opts.address.replace(/\\n/g, '\n') }),
        ...(opts.addTopic && { addTopics: opts.addTopic.map((t) => t.trim()).filter(Boolean) }),
        ...(opts.removePerson && { remove: true }),
      });
      lines.push(
        r.person
          ? `Updated ${r.person.name}${r.person.title ? `, ${r.person.title}` : ''} in ${appId}, interview ${r.index + 1}.`
          : `Removed ${opts.person} from ${appId}, interview ${r.index + 1}.`,
      );
    }
    for (const line of lines) out(line);
    out('`followthrough undo` takes it back.');
  });
}

async function editProfile(opts: EditOptions, globals: StoreOptions): Promise<void> {
  await withApp(globals, async (deps) => {
    const r = await saveProfile(deps, {
      changes: {
        name: opts.name,
        email: opts.email,
        phone: opts.phone,
        address: opts.address,
        timezone: opts.timezone,
        country: opts.country,
        signature: opts.signature,
        achievements: opts.addAchievement ?? [],
        removeAchievements: opts.removeAchievement ?? [],
      },
      defaultZone: machineZone(),
      fieldName: (field) => (field === 'achievements' ? '--add-achievement' : flag(field)),
    });
    out(`Updated the profile of ${r.candidate.name} (${r.candidate.timezone}, ${r.candidate.country}).`);
  });
}

export async function runRemove(appId: string, opts: { interview?: string }, globals: StoreOptions): Promise<void> {
  await withApp(globals, async (deps) => {
    if (opts.interview !== undefined) {
      const candidate = await deps.store.getCandidate();
      const r = await removeInterview(deps, { id: appId, interview: opts.interview });
      const who = r.removed.interviewers.map((p) => p.name).join(', ');
      out(
        `Removed interview ${r.index + 1} of ${appId} (${formatWhen(r.removed.at, candidate?.timezone ?? 'UTC')}${who ? ` with ${who}` : ''}).`,
      );
      out('`followthrough undo` brings it back.');
      return;
    }
    const r = await removeApplication(deps, { id: appId });
    out(`Removed ${r.application.id} (${r.application.company}, ${r.application.role}) and its history.`);
    out('`followthrough undo` brings it back.');
  });
}
