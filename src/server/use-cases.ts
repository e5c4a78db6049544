// The one module of the server that reaches the store: each function is one use case the page can ask
// for, and calls the application layer's handlers (src/app/). Channels are used only for what the
// application layer leaves to the interface: rendering an .eml, a letter PDF, a calendar, a call script.
// The routes only parse input and shape output.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  addDebrief,
  addInterview as addInterviewHandler,
  editInterview as editInterviewHandler,
  editPerson as editPersonHandler,
  logEvent as logHandler,
  removeApplication as removeApplicationHandler,
} from '../app/applications.js';
import { calendarFor, callScriptFor, letterFor } from '../app/exports.js';
import { prepareSend, send as sendHandler, smtpFor, sync as syncHandler } from '../app/mail.js';
import { saveProfile as saveProfileHandler } from '../app/profile.js';
import type { AppDeps } from '../app/run.js';
import { listApplications, markDone, plan, showApplication, skipStep, snoozeStep, stepById } from '../app/steps.js';
import { exportDocument as exportHandler, importText, undo as undoHandler } from '../app/transfer.js';
import { draftMessage } from '../app/writing.js';
import { configPath, type Env, readConfigJson } from '../config/read.js';
import { parseConfig } from '../config/schema.js';
import { readWhen } from '../core/calendar/read-when.js';
import type { AppEvent, Application, Document, Interview } from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import { groupToday } from '../core/plan/today.js';
import type { Step } from '../core/plan/types.js';
import { type AddInterviewInput, personOf } from '../shared/api.js';
import type { Store } from '../store/index.js';

/** What every use case gets from the request: its store, the environment (config file) and the time. */
export interface UseCaseContext {
  store: Store;
  env: Env;
  now: string;
}

function deps(ctx: UseCaseContext): AppDeps {
  return { store: ctx.store, env: ctx.env, clock: () => ctx.now };
}

/** The document, or undefined before there is a profile. */
async function documentOrNone(ctx: UseCaseContext): Promise<Document | undefined> {
  try {
    return await exportHandler(deps(ctx));
  } catch (err) {
    if (err instanceof FollowthroughError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  }
}

// ---- reads ----

export async function session(ctx: UseCaseContext) {
  const doc = await documentOrNone(ctx);
  return {
    now: ctx.now,
    profile: doc
      ? {
          name: doc.candidate.name,
          email: doc.candidate.email,
          timezone: doc.candidate.timezone ?? 'UTC',
          country: doc.candidate.country,
        }
      : undefined,
    applications: doc?.applications.length ?? 0,
  };
}

/** Steps per group that Today shows. */
export const TODAY_LIMIT = 50;

export async function today(ctx: UseCaseContext, days = 7) {
  const planned = await plan(deps(ctx), { now: ctx.now }).catch((err) => {
    if (err instanceof FollowthroughError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  });
  if (!planned)
    return {
      now: ctx.now,
      overdue: [],
      dueNow: [],
      upcoming: [],
      counts: { overdue: 0, dueNow: 0, upcoming: 0 },
      interviews: [],
      companies: {},
      zone: 'UTC',
    };
  const { doc, steps } = planned;
  const t = Date.parse(ctx.now);
  const horizon = t + days * 86_400_000;
  const interviews = doc.applications.flatMap((a) =>
    a.interviews
      .filter((i) => Date.parse(i.at) >= t && Date.parse(i.at) <= horizon)
      .map((i) => ({ application: a.id, company: a.company, role: a.role, at: i.at })),
  );
  const groups = groupToday(steps, ctx.now, days);
  // The page shows the first TODAY_LIMIT of each group: a long list would cost more to send than to plan.
  const first = (list: Step[]) => list.slice(0, TODAY_LIMIT);
  const apps = new Set(
    [...first(groups.overdue), ...first(groups.dueNow), ...first(groups.upcoming)].map((s) => s.application),
  );
  const companies = Object.fromEntries(doc.applications.filter((a) => apps.has(a.id)).map((a) => [a.id, a.company]));
  return {
    now: ctx.now,
    overdue: first(groups.overdue),
    dueNow: first(groups.dueNow),
    upcoming: first(groups.upcoming),
    counts: { overdue: groups.overdue.length, dueNow: groups.dueNow.length, upcoming: groups.upcoming.length },
    interviews: interviews.slice(0, TODAY_LIMIT),
    companies,
    zone: doc.candidate.timezone ?? 'UTC',
  };
}

export const BOARD_COLUMNS = [
  'interview-ahead',
  'thank-yous-due',
  'waiting',
  'follow-up-due',
  'offer',
  'closed',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** Where an application stands, for the board: the first of these that applies. */
export function boardColumn(
  status: Application['status'],
  nextInterview: string | undefined,
  next: Step | undefined,
  now: string,
): BoardColumn {
  if (status === 'offer') return 'offer';
  if (status !== 'active') return 'closed';
  if (nextInterview) return 'interview-ahead';
  if (!next || Date.parse(next.earliest) > Date.parse(now)) return 'waiting';
  return next.kind === 'thank-you' ? 'thank-yous-due' : 'follow-up-due';
}

export async function board(ctx: UseCaseContext) {
  const listed = await listApplications(deps(ctx), { now: ctx.now }).catch((err) => {
    if (err instanceof FollowthroughError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  });
  if (!listed) return { columns: BOARD_COLUMNS, cards: [] };
  const { applications } = listed;
  const cards = applications.map(({ application: app, status, nextInterview, next }) => ({
    id: app.id,
    company: app.company,
    role: app.role,
    status,
    column: boardColumn(status, nextInterview, next, ctx.now),
    next: next ? { id: next.id, kind: next.kind, due: next.due, earliest: next.earliest } : undefined,
    people: [...new Set(app.interviews.flatMap((i) => i.interviewers.map((p) => p.name)))],
  }));
  return { columns: BOARD_COLUMNS, cards };
}

export async function application(ctx: UseCaseContext, id: string) {
  const { doc, overview, steps } = await showApplication(deps(ctx), { id, now: ctx.now });
  return {
    application: { ...overview.application, status: overview.status },
    steps,
    zone: doc.candidate.timezone ?? 'UTC',
    country: doc.candidate.country,
  };
}

export function exportDocument(ctx: UseCaseContext): Promise<Document> {
  return exportHandler(deps(ctx));
}

// ---- writes ----

export async function importDocument(ctx: UseCaseContext, input: unknown, mode: 'merge' | 'replace') {
  const r = await importText(deps(ctx), {
    text: JSON.stringify(input),
    mode,
    source: 'the web page',
    defaultZone: 'UTC',
    now: ctx.now,
  });
  const n = r.doc.applications.length;
  const renamed = r.renamed.map((x) => ` ${x.company} was saved as "${x.id}" ("${x.wanted}" was taken).`).join('');
  return {
    message: `Imported ${n} application${n === 1 ? '' : 's'}: ${r.added} new, ${r.replaced} replaced${mode === 'replace' ? `, ${r.removed} removed` : ''}.${renamed}`,
  };
}

/** Adds an interview to an application (by id, or by company and role), or starts a new application. */
export async function addInterview(ctx: UseCaseContext, input: AddInterviewInput & { interviewers: string[] }) {
  const doc = await exportHandler(deps(ctx));
  const zone = doc.candidate.timezone ?? 'UTC';
  if (input.application && !doc.applications.some((a) => a.id === input.application))
    throw new FollowthroughError('NOT_FOUND', `application: no application "${input.application}"`);
  if (!input.application && !input.company)
    throw new FollowthroughError('INVALID_ARGUMENT', 'company: give the company');
  if (!input.application && !input.role) throw new FollowthroughError('INVALID_ARGUMENT', 'role: give the role');
  const at = readWhen(input.at, {
    zone,
    now: ctx.now,
    field: 'at',
    monthFirst: doc.candidate.country?.startsWith('US') ?? true,
  }).iso;
  const nextSteps: Partial<Interview['nextSteps']> = {
    channel: input.channel ?? 'email',
    ...(input.expected ? { expected: input.expected } : {}),
  };
  const r = await addInterviewHandler(deps(ctx), {
    ...(input.application ? { id: input.application } : { company: input.company, role: input.role }),
    interview: {
      at,
      interviewers: input.interviewers.map((line) => ({ ...personOf(line), topics: [] })),
      nextSteps,
      ...(input.format ? { format: input.format } : {}),
    },
    now: ctx.now,
  });
  const verb =
    r.outcome === 'created' ? 'Created' : r.outcome === 'added' ? 'Added an interview to' : 'Updated the interview at';
  return { application: r.application.id, message: `${verb} ${r.application.company}.` };
}

/** Corrects an interview: its time, format, the employer's words or how they want to hear back. */
export async function editInterview(
  ctx: UseCaseContext,
  input: {
    application: string;
    interview: number;
    at?: string;
    format?: Interview['format'];
    expected?: string;
    channel?: Interview['nextSteps']['channel'];
  },
) {
  const doc = await exportHandler(deps(ctx));
  const zone = doc.candidate.timezone ?? 'UTC';
  const at = input.at
    ? readWhen(input.at, {
        zone,
        now: ctx.now,
        field: 'at',
        monthFirst: doc.candidate.country?.startsWith('US') ?? true,
      }).iso
    : undefined;
  const r = await editInterviewHandler(deps(ctx), {
    id: input.application,
    interview: String(input.interview),
    ...(at ? { at } : {}),
    ...(input.format ? { format: input.format } : {}),
    nextSteps: {
      ...(input.expected !== undefined ? { expected: input.expected } : {}),
      ...(input.channel ? { channel: input.channel } : {}),
    },
    now: ctx.now,
  });
  return { application: r.application.id, message: `Saved round ${r.index + 1} at ${r.application.company}.` };
}

/** Records what happened (a reply, a new round, an offer, a no), as `followthrough log` does. */
export async function logEvent(
  ctx: UseCaseContext,
  input: { application: string; type: AppEvent['type']; note?: string },
) {
  const event: AppEvent = { at: ctx.now, type: input.type, ...(input.note?.trim() ? { note: input.note.trim() } : {}) };
  const r = await logHandler(deps(ctx), { id: input.application, event, now: ctx.now });
  return { message: `Recorded: ${input.type.replace('-', ' ')} for ${r.application.company}.` };
}

export async function debrief(
  ctx: UseCaseContext,
  input: {
    application: string;
    interview: number;
    key: 'wentWell' | 'wentPoorly' | 'stoodOut' | 'forgotToMention';
    text: string;
  },
) {
  const r = await addDebrief(deps(ctx), {
    id: input.application,
    interview: String(input.interview),
    points: { [input.key]: [input.text] },
    now: ctx.now,
  });
  return {
    message: r.added ? `Added to the debrief of ${r.application.company}.` : 'That point is already in the debrief.',
  };
}

/** Corrects a person met at an interview (name, title, email), or takes them off it. */
export async function editPerson(
  ctx: UseCaseContext,
  input: {
    application: string;
    interview: number;
    person: string;
    name?: string;
    title?: string;
    email?: string;
    remove?: boolean;
  },
) {
  const r = await editPersonHandler(deps(ctx), {
    id: input.application,
    interview: String(input.interview),
    person: input.person,
    ...(input.name !== undefined && { name: input.name }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.email !== undefined && input.email !== '' && { email: input.email }),
    ...(input.remove && { remove: true }),
    now: ctx.now,
  });
  return {
    message: r.person ? `Saved ${r.person.name}.` : `Took ${input.person} off round ${r.index + 1}.`,
  };
}

/** Deletes an application with its history (undo brings it back). */
export async function removeApplication(ctx: UseCaseContext, input: { application: string }) {
  const r = await removeApplicationHandler(deps(ctx), { id: input.application, now: ctx.now });
  return { message: `Removed ${r.application.company} (${r.application.role}).` };
}

/** The person's say over a step: done (it happened outside Followthrough), skip, or snooze to a day. */
export async function stepAction(
  ctx: UseCaseContext,
  action: 'done' | 'skip' | 'snooze',
  input: { step: string; until?: string },
) {
  if (action === 'done') {
    const r = await markDone(deps(ctx), { step: input.step, now: ctx.now });
    return {
      message: r.closed ? 'Closed the application.' : `Marked done: ${r.step.kind} to ${r.step.to.join(', ')}.`,
    };
  }
  if (action === 'skip') {
    const r = await skipStep(deps(ctx), { step: input.step, now: ctx.now });
    return { message: `Skipped: ${r.step.kind}${r.step.to.length ? ` to ${r.step.to.join(', ')}` : ''}.` };
  }
  if (!input.until) throw new FollowthroughError('INVALID_ARGUMENT', 'until: give the day to wait until');
  const r = await snoozeStep(deps(ctx), { step: input.step, until: input.until, now: ctx.now });
  return { message: `Snoozed: ${r.step.kind} now waits until ${input.until}.` };
}

export async function undo(ctx: UseCaseContext, force = false) {
  const r = await undoHandler(deps(ctx), { force });
  return { label: r.undone, message: r.undone ? `Undone: ${r.undone}.` : 'Nothing to undo.' };
}

// ---- drafts and sending ----

async function stepOf(ctx: UseCaseContext, stepId: string) {
  const { doc, steps } = await plan(deps(ctx), { now: ctx.now });
  return { doc, step: stepById(steps, stepId, 'step') };
}

export async function draft(ctx: UseCaseContext, stepId: string) {
  const { doc, step } = await stepOf(ctx, stepId);
  if (step.kind === 'move-on')
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `step: ${step.id} is the day to move on; there is nothing to write`,
    );
  const app = doc.applications.find((a) => a.id === step.application) as Application;
  const zone = doc.candidate.timezone ?? 'UTC';
  const common = { step, company: app.company, zone, notYetDue: Date.parse(step.earliest) > Date.parse(ctx.now) };
  if (step.channel === 'email') {
    const p = await prepareSend(deps(ctx), {
      step: step.id,
      now: ctx.now,
      smtp: smtpFor(ctx.env, false),
      what: 'step',
    });
    const { mailtoUrl } = await import('../channels/email/message.js');
    return {
      ...common,
      notYetDue: p.early !== undefined,
      early: p.early,
      draft: { to: p.draft.to, subject: p.draft.subject, body: p.draft.body, kind: step.kind, channel: 'email' },
      recipients: { to: p.mail.to, cc: p.mail.cc ?? [] },
      sent: p.existing?.state === 'sent' ? { at: p.existing.sentAt, messageId: p.existing.messageId } : undefined,
      mailto: mailtoUrl(p.mail),
      context: { application: app.id, to: p.draft.to, kind: step.kind },
    };
  }
  const { draft: d } = await draftMessage({
    doc,
    now: ctx.now,
    step: step.id,
    channel: step.channel === 'none' ? 'email' : step.channel,
  });
  return {
    ...common,
    draft: { to: d.to, subject: d.subject, body: d.body, kind: d.kind, channel: d.channel },
    recipients: { to: [], cc: [] },
    mailto: '',
    context: { application: app.id, to: d.to, kind: d.kind },
  };
}

export async function send(
  ctx: UseCaseContext,
  input: { step: string; subject: string; body: string; early: boolean },
) {
  const result = await sendHandler(deps(ctx), {
    step: input.step,
    now: ctx.now,
    early: input.early,
    text: { subject: input.subject, body: input.body },
  });
  if (result.status === 'already-sent')
    return { message: `Already sent on ${result.entry.sentAt?.slice(0, 10)}; nothing was sent again.` };
  if (result.status === 'done') return { message: 'This step is already done; nothing was sent.' };
  return {
    message: `Sent to ${[...result.mail.to, ...(result.mail.cc ?? [])].map((a) => a.address).join(', ')}.`,
    messageId: result.mail.messageId,
  };
}

export async function eml(ctx: UseCaseContext, input: { step: string }) {
  const p = await prepareSend(deps(ctx), {
    step: input.step,
    now: ctx.now,
    smtp: smtpFor(ctx.env, false),
    what: 'step',
  });
  const { renderMessage } = await import('../channels/email/message.js');
  return { filename: `${p.step.id.replace(/[^a-z0-9-]+/gi, '_')}.eml`, raw: await renderMessage(p.mail) };
}

export async function letterPdf(ctx: UseCaseContext, stepId: string) {
  const { doc } = await stepOf(ctx, stepId);
  const made = await letterFor({ doc, now: ctx.now, step: stepId, what: 'step' });
  const letters = await import('../channels/letter/index.js');
  const pdf = await letters.renderLetterPdf(made.letter, {
    pageSize: letters.pageSizeForCountry(doc.candidate.country),
    title: `Letter to ${made.to}${made.application ? ` (${made.application.company})` : ''}`,
  });
  return { filename: `${made.step.id.replace(/[^a-z0-9-]+/gi, '_')}.pdf`, pdf, postBy: made.step.due };
}

export async function callScript(ctx: UseCaseContext, stepId: string) {
  const { doc } = await stepOf(ctx, stepId);
  return callScriptFor({ doc, now: ctx.now, step: stepId, what: 'step' });
}

export async function calendar(ctx: UseCaseContext): Promise<string> {
  const { doc } = await plan(deps(ctx), { now: ctx.now });
  return (await calendarFor({ doc, now: ctx.now })).ics;
}

// ---- replies ----

/** One pass over the reply mailbox; proposed outcomes wait for the person (`decide` settles one). */
export function sync(ctx: UseCaseContext, decide?: { key: string; accept: boolean }) {
  return syncHandler(deps(ctx), {
    now: ctx.now,
    // Only the outcome the person chose is settled; the others keep waiting (undefined leaves them).
    ask: async (p) => (decide && p.key === decide.key ? decide.accept : (undefined as unknown as boolean)),
  });
}

// ---- settings ----

type ServerConfig = {
  host: string;
  port?: number;
  secure?: boolean;
  user?: string;
  password?: string;
  from?: string;
  mailbox?: string;
};

/** The config file with every password replaced by whether one is set: the page never sees a secret. */
export async function settings(ctx: UseCaseContext) {
  const { path, json } = readConfigJson(ctx.env);
  const config = json === undefined ? {} : parseConfig(json, path);
  const server = (s?: ServerConfig) =>
    s && {
      host: s.host,
      port: s.port,
      secure: s.secure ?? false,
      user: s.user ?? '',
      hasPassword: Boolean(s.password),
      ...(s.from !== undefined && { from: s.from }),
      ...(s.mailbox !== undefined && { mailbox: s.mailbox }),
    };
  return { path, smtp: server(config.smtp), imap: server(config.imap), policy: config.policy ?? {} };
}

export async function saveSettings(
  ctx: UseCaseContext,
  input: { smtp?: Record<string, unknown>; imap?: Record<string, unknown>; policy?: Record<string, unknown> },
) {
  const { path, json } = readConfigJson(ctx.env);
  const current = (json ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const next: Record<string, unknown> = { ...current };
  for (const key of ['smtp', 'imap'] as const) {
    const given = input[key];
    if (!given) continue;
    const kept = current[key] ?? {};
    const merged: Record<string, unknown> = {};
    if (kept.rejectUnauthorized !== undefined) merged.rejectUnauthorized = kept.rejectUnauthorized;
    for (const [k, v] of Object.entries(given)) if (v !== '' && v !== undefined) merged[k] = v;
    // An empty password field means "keep the one on file": the page never had it.
    if (!merged.password && kept.password) merged.password = kept.password;
    if (key === 'smtp') delete merged.mailbox;
    else delete merged.from;
    next[key] = merged;
  }
  if (input.policy) next.policy = input.policy;
  parseConfig(next, 'settings'); // refuses a bad value before anything is written
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
  return { message: `Settings saved to ${configPath(ctx.env)}.` };
}

export async function testConnection(ctx: UseCaseContext, which: 'smtp' | 'imap') {
  const { loadConfig } = await import('../config/index.js');
  if (which === 'smtp') {
    const { openSmtp } = await import('../channels/email/smtp.js');
    const { smtpSettings } = await import('../channels/email/settings.js');
    const smtp = smtpSettings(loadConfig(ctx.env).smtp, ctx.env);
    const conn = await openSmtp(smtp);
    conn.close();
    return { message: `Connected to the mail server ${smtp.host}:${smtp.port} and logged in.` };
  }
  const { connectImap } = await import('../channels/imap/sync.js');
  const { imapSettings } = await import('../channels/imap/settings.js');
  const imap = imapSettings(loadConfig(ctx.env).imap, ctx.env, 'test');
  const client = await connectImap(imap, 'test');
  await client.logout();
  return { message: `Connected to the reply mailbox ${imap.host}:${imap.port} and logged in.` };
}

export async function saveProfile(
  ctx: UseCaseContext,
  input: { name: string; email?: string; phone?: string; timezone?: string; country?: string },
) {
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === 'string' && v.trim()));
  await saveProfileHandler(deps(ctx), { changes, defaultZone: input.timezone || 'UTC', now: ctx.now });
  return { message: 'Profile saved.' };
}
