// Use cases on applications, their interviews and the people met: add, edit, remove, debrief, log.
// Each runs in one transaction (run.ts): it reads the application inside it, so two writers never
// overwrite each other, and it writes only the rows it means to change (the application's row, or one
// event), never the whole document.

import { nextInterviewId, withLocalIds, withPersonIds } from '../core/document/ids.js';
import { assignIds, formatIssues, slugify } from '../core/document/parse.js';
import {
  type AppEvent,
  type Application,
  applicationSchema,
  type Debrief,
  type Interview,
  type Interviewer,
  type Person,
} from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import { lastInterviewIndex } from '../core/plan/context.js';
import { type AppDeps, findApplication, mutate } from './run.js';

export interface NewInterview {
  at: string;
  round?: number;
  format?: Interview['format'];
  interviewers: Interviewer[];
  contact?: Person;
  nextSteps?: Partial<Interview['nextSteps']>;
}

export interface AddInterviewInput {
  /** The application to add to, or the id a new one should get. */
  id?: string;
  company?: string;
  role?: string;
  listing?: string;
  interview: NewInterview;
  now?: string;
}

export interface AddInterviewResult {
  application: Application;
  /** created: a new application; added: a new interview; updated: the interview at that time already existed. */
  outcome: 'created' | 'added' | 'updated';
  interview: Interview;
  /** Set when the id the company's name gives was taken, so the new application got another. */
  idTaken?: string;
}

/** Same company (and role, when given), ignoring case and spacing. */
export function findByCompany(apps: Application[], company?: string, role?: string): Application | undefined {
  if (!company) return undefined;
  const same = (a: string, b: string | undefined) =>
    b !== undefined && a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
  const atCompany = apps.filter((a) => same(a.company, company));
  if (role) return atCompany.find((a) => same(a.role, role));
  if (atCompany.length > 1) {
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `--company: ${atCompany.length} applications at ${company} (${atCompany.map((a) => a.id).join(', ')}); give --id or --role`,
    );
  }
  return atCompany[0];
}

/** Records an interview: a new application, a new interview, or (same moment) an update of the one stored. */
export function addInterview(deps: AppDeps, input: AddInterviewInput): Promise<AddInterviewResult> {
  return mutate(deps, input.now, async (uc) => {
    const doc = await uc.document();
    const existing = input.id
      ? doc.applications.find((a) => a.id === input.id)
      : findByCompany(doc.applications, input.company, input.role);
    if (!existing) return createApplication(uc.store, doc.applications, input);
    const app = withLocalIds(existing);
    const atMs = Date.parse(input.interview.at);
    const k = app.interviews.findIndex((iv) => Math.abs(Date.parse(iv.at) - atMs) < 60_000);
    let interview: Interview;
    let interviews: Interview[];
    if (k >= 0) {
      interview = mergeInterview(app.interviews[k] as Interview, input.interview);
      interviews = app.interviews.map((iv, i) => (i === k ? interview : iv));
    } else {
      const used = new Set(app.interviews.map((iv) => iv.id as string));
      interview = withPersonIds({
        ...blankInterview(input.interview, app.interviews.length + 1),
        id: nextInterviewId(used),
      });
      interviews = [...app.interviews, interview];
    }
    const next = checked({ ...app, interviews, ...(input.listing !== undefined && { listing: input.listing }) });
    await uc.store.updateApplication(next, {
      label: `${k >= 0 ? 'update of' : 'a new'} interview of ${app.id}`,
    });
    return { application: next, outcome: k >= 0 ? 'updated' : 'added', interview };
  });
}

async function createApplication(
  store: AppDeps['store'],
  apps: Application[],
  input: AddInterviewInput,
): Promise<AddInterviewResult> {
  if (!input.company) throw new FollowthroughError('INVALID_ARGUMENT', '--company: required for a new application');
  if (!input.role) throw new FollowthroughError('INVALID_ARGUMENT', '--role: required for a new application');
  const interview = withPersonIds({ ...blankInterview(input.interview, 1), id: '0' });
  const draft = {
    ...(input.id ? { id: input.id } : {}),
    company: input.company.trim(),
    role: input.role.trim(),
    ...(input.listing !== undefined && { listing: input.listing }),
    status: 'active' as const,
    interviews: [interview],
    events: [],
  };
  const app = checked(
    assignIds(
      [draft],
      apps.map((a) => a.id),
    )[0] as Application,
  );
  await store.putApplication(app, { label: `addition of application ${app.id}` });
  const base = slugify(draft.company);
  return {
    application: app,
    outcome: 'created',
    interview,
    ...(!input.id && base !== app.id && { idTaken: base }),
  };
}

function blankInterview(input: NewInterview, round: number): Interview {
  const interview: Interview = {
    at: input.at,
    round: input.round ?? round,
    interviewers: input.interviewers,
    nextSteps: { channel: 'email', ...input.nextSteps },
    debrief: { wentWell: [], wentPoorly: [], stoodOut: [], forgotToMention: [] },
  };
  if (input.format) interview.format = input.format;
  if (input.contact) interview.contact = input.contact;
  return interview;
}

/** The same interview told again: new people are added, known ones updated, what was given replaces. */
function mergeInterview(stored: Interview, input: NewInterview): Interview {
  const people = [...stored.interviewers];
  for (const person of input.interviewers) {
    const i = people.findIndex((p) => p.name.trim().toLowerCase() === person.name.trim().toLowerCase());
    if (i < 0) {
      people.push(person);
      continue;
    }
    const old = people[i] as Interviewer;
    const topics = [...old.topics];
    for (const t of person.topics) if (!topics.some((x) => x.toLowerCase() === t.toLowerCase())) topics.push(t);
    people[i] = { ...old, ...definedOnly(person), id: old.id, topics } as Interviewer;
  }
  return withPersonIds({
    ...stored,
    ...(input.round !== undefined && { round: input.round }),
    ...(input.format && { format: input.format }),
    ...(input.contact && { contact: input.contact }),
    interviewers: people,
    nextSteps: { ...stored.nextSteps, ...definedOnly(input.nextSteps ?? {}) },
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Validates an application about to be written; problems name the field. */
function checked(app: Application): Application {
  const result = applicationSchema.safeParse(app);
  if (!result.success) {
    const problems = formatIssues(result.error.issues).map((p) => p.replace(/^id:/, '--id:'));
    throw new FollowthroughError('INVALID_ARGUMENT', problems[0] as string, { problems });
  }
  return app;
}

// ---- edits ----------------------------------------------------------------------------------------------

export interface EditApplicationInput {
  id: string;
  company?: string;
  role?: string;
  listing?: string;
  companyAddress?: string;
  status?: Application['status'];
  now?: string;
}

export function editApplication(deps: AppDeps, input: EditApplicationInput): Promise<Application> {
  return mutate(deps, input.now, async (uc) => {
    const app = findApplication(await uc.document(), input.id);
    const { id: _id, now: _now, ...changes } = input;
    const fields = definedOnly(changes);
    if (Object.keys(fields).length === 0)
      throw new FollowthroughError('INVALID_ARGUMENT', 'edit: nothing to change (see `followthrough edit --help`)');
    const next = checked({ ...withLocalIds(app), ...fields });
    await uc.store.updateApplication(next, { label: `edit of ${app.id}` });
    return next;
  });
}

/** An interview by its 1-based number in the application, or its id; default the latest one. */
export function interviewIndex(app: Application, ref?: string): number {
  if (app.interviews.length === 0)
    throw new FollowthroughError(
      'NOT_FOUND',
      `application: ${app.id} has no interview yet (add one with \`followthrough add --id ${app.id}\`)`,
    );
  if (ref === undefined) return lastInterviewIndex(app);
  const n = /^\d+$/.test(ref.trim()) ? Number(ref) - 1 : -1;
  if (n >= 0 && n < app.interviews.length) return n;
  const byId = app.interviews.findIndex((iv) => iv.id === ref);
  if (byId >= 0) return byId;
  throw new FollowthroughError(
    'NOT_FOUND',
    `--interview: ${app.id} has ${app.interviews.length} interview(s), numbered 1 to ${app.interviews.length}; not "${ref}"`,
  );
}

export interface EditInterviewInput {
  id: string;
  interview?: string;
  at?: string;
  format?: Interview['format'];
  round?: number;
  contact?: Person;
  nextSteps?: Partial<Interview['nextSteps']>;
  now?: string;
}

export function editInterview(
  deps: AppDeps,
  input: EditInterviewInput,
): Promise<{ application: Application; index: number }> {
  return mutate(deps, input.now, async (uc) => {
    const app = withLocalIds(findApplication(await uc.document(), input.id));
    const k = interviewIndex(app, input.interview);
    const old = app.interviews[k] as Interview;
    const iv: Interview = {
      ...old,
      ...definedOnly({ at: input.at, format: input.format, round: input.round, contact: input.contact }),
      nextSteps: { ...old.nextSteps, ...definedOnly(input.nextSteps ?? {}) },
    };
    const next = checked({ ...app, interviews: app.interviews.map((x, i) => (i === k ? iv : x)) });
    await uc.store.updateApplication(next, { label: `edit of interview ${k + 1} of ${app.id}` });
    return { application: next, index: k };
  });
}

export interface EditPersonInput {
  id: string;
  interview?: string;
  /** The person's current name (or a first name that is unique) or their id. */
  person: string;
  name?: string;
  title?: string;
  email?: string;
  phone?: string;
  address?: string;
  addTopics?: string[];
  /** Take the person off the interview (their thank-you goes with them). */
  remove?: boolean;
  now?: string;
}

export function editPerson(
  deps: AppDeps,
  input: EditPersonInput,
): Promise<{ application: Application; person?: Interviewer; index: number }> {
  return mutate(deps, input.now, async (uc) => {
    const app = withLocalIds(findApplication(await uc.document(), input.id));
    const k = input.interview === undefined ? personInterview(app, input.person) : interviewIndex(app, input.interview);
    const iv = app.interviews[k] as Interview;
    const p = findPerson(iv, input.person, app.id);
    const old = iv.interviewers[p] as Interviewer;
    let person: Interviewer | undefined;
    let people: Interviewer[];
    if (input.remove) people = iv.interviewers.filter((_, i) => i !== p);
    else {
      const topics = [...old.topics, ...(input.addTopics ?? []).filter((t) => !old.topics.includes(t))];
      person = {
        ...old,
        ...definedOnly({ name: input.name, title: input.title, email: input.email, phone: input.phone }),
        ...(input.address !== undefined && { address: input.address }),
        topics,
      };
      people = iv.interviewers.map((x, i) => (i === p ? (person as Interviewer) : x));
    }
    const interviews = app.interviews.map((x, i) => (i === k ? { ...iv, interviewers: people } : x));
    const next = checked({ ...app, interviews });
    await uc.store.updateApplication(next, {
      label: `${input.remove ? 'removal' : 'edit'} of ${old.name} in ${app.id}`,
    });
    return { application: next, index: k, ...(person && { person }) };
  });
}

/** The interview a person was met at, when the name is unique across the application's interviews. */
function personInterview(app: Application, who: string): number {
  const hits = app.interviews.flatMap((iv, k) => (matchPeople(iv, who).length ? [k] : []));
  if (hits.length === 1) return hits[0] as number;
  if (hits.length === 0)
    throw new FollowthroughError('NOT_FOUND', `--person: nobody called "${who}" in ${app.id} (${peopleOf(app)})`);
  // The same person in several rounds: the latest meeting is the one being corrected.
  return hits.at(-1) as number;
}

function matchPeople(iv: Interview, who: string): number[] {
  const w = who.trim().toLowerCase();
  const exact = iv.interviewers.flatMap((p, i) => (p.id === who || p.name.toLowerCase() === w ? [i] : []));
  if (exact.length) return exact;
  return iv.interviewers.flatMap((p, i) => (p.name.toLowerCase().split(/\s+/)[0] === w ? [i] : []));
}

function findPerson(iv: Interview, who: string, appId: string): number {
  const hits = matchPeople(iv, who);
  if (hits.length === 1) return hits[0] as number;
  const names = iv.interviewers.map((p) => p.name).join(', ') || 'nobody recorded';
  throw new FollowthroughError(
    'NOT_FOUND',
    hits.length
      ? `--person: "${who}" matches several people in ${appId} (${names}); give the full name`
      : `--person: nobody called "${who}" at that interview of ${appId} (${names})`,
  );
}

function peopleOf(app: Application): string {
  const names = app.interviews.flatMap((iv) => iv.interviewers.map((p) => p.name));
  return names.length ? `people: ${names.join(', ')}` : 'nobody recorded';
}

export function removeApplication(
  deps: AppDeps,
  input: { id: string; now?: string },
): Promise<{ application: Application }> {
  return mutate(deps, input.now, async (uc) => {
    const app = findApplication(await uc.document(), input.id);
    await uc.store.deleteApplication(app.id, { label: `removal of ${app.id} (${app.company})` });
    return { application: app };
  });
}

/** Takes an interview off an application (recorded by mistake, or twice); its thank-yous go with it. */
export function removeInterview(
  deps: AppDeps,
  input: { id: string; interview: string; now?: string },
): Promise<{ application: Application; removed: Interview; index: number }> {
  return mutate(deps, input.now, async (uc) => {
    const app = withLocalIds(findApplication(await uc.document(), input.id));
    const k = interviewIndex(app, input.interview);
    const removed = app.interviews[k] as Interview;
    const next = { ...app, interviews: app.interviews.filter((_, i) => i !== k) };
    await uc.store.updateApplication(next, { label: `removal of interview ${k + 1} of ${app.id}` });
    return { application: next, removed, index: k };
  });
}

// ---- debrief and log ------------------------------------------------------------------------------------

export interface DebriefInput {
  id: string;
  interview?: string;
  points: Partial<Record<keyof Debrief, string[]>>;
  now?: string;
}

export function addDebrief(
  deps: AppDeps,
  input: DebriefInput,
): Promise<{ application: Application; index: number; added: number }> {
  return mutate(deps, input.now, async (uc) => {
    const app = withLocalIds(findApplication(await uc.document(), input.id));
    const k = interviewIndex(app, input.interview);
    const iv = app.interviews[k] as Interview;
    const debrief: Debrief = { ...iv.debrief };
    let added = 0;
    for (const key of Object.keys(debrief) as Array<keyof Debrief>) {
      const have = new Set(debrief[key].map((s) => s.toLowerCase()));
      const fresh = (input.points[key] ?? []).map((s) => s.trim()).filter((s) => s && !have.has(s.toLowerCase()));
      debrief[key] = [...debrief[key], ...fresh];
      added += fresh.length;
    }
    const next = { ...app, interviews: app.interviews.map((x, i) => (i === k ? { ...iv, debrief } : x)) };
    if (added > 0) await uc.store.updateApplication(next, { label: `debrief of ${app.id}` });
    return { application: next, index: k, added };
  });
}

const STATUS_OF: Partial<Record<AppEvent['type'], Application['status']>> = {
  offer: 'offer',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

export interface LogInput {
  id: string;
  event: AppEvent;
  /** For an offer: the date (or date-time) the candidate must answer by. */
  decideBy?: string;
  now?: string;
}

export function logEvent(
  deps: AppDeps,
  input: LogInput,
): Promise<{ application: Application; statusChanged?: Application['status'] }> {
  const { event } = input;
  if ((event.type === 'sent' || event.type === 'called') && !event.kind)
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `--kind: required for ${event.type} (thank-you, check-in, follow-up, offer-notice or gracious-close)`,
    );
  if (input.decideBy && event.type !== 'offer')
    throw new FollowthroughError('INVALID_ARGUMENT', '--decide-by: only for an offer');
  return mutate(deps, input.now, async (uc) => {
    const app = findApplication(await uc.document(), input.id);
    const status = STATUS_OF[event.type];
    const label = `${event.type} logged for ${app.id}`;
    await uc.store.addEvent(app.id, event, { label });
    if (status && status !== app.status) await uc.store.updateApplication({ ...app, status });
    if (input.decideBy) await uc.store.addOffer({ company: app.company, decideBy: input.decideBy });
    return {
      application: { ...app, status: status ?? app.status, events: [...app.events, event] },
      ...(status && status !== app.status && { statusChanged: status }),
    };
  });
}
