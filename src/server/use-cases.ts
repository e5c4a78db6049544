// The one module of the server that touches the store and the channels. Each function is one use case the
// page can ask for; the routes only parse input and shape output. When the application layer (src/app/)
// lands, these bodies become calls to its handlers and nothing else in src/server changes.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stepById } from '../cli/actions/planning.js';
import { groupToday } from '../cli/actions/today.js';
import { parsePerson } from '../cli/args.js';
import { parseDateTime } from '../cli/datetime.js';
import { configPath, type Env, readConfig, readConfigJson } from '../config/read.js';
import { parseConfig } from '../config/schema.js';
import { assignIds, formatIssues, parseDocument } from '../core/document/parse.js';
import {
  type AppEvent,
  type Application,
  applicationSchema,
  type Document,
  type Interview,
} from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import { planDocument } from '../core/plan/plan.js';
import type { Step } from '../core/plan/types.js';
import type { AddInterviewInput } from '../shared/api.js';
import type { Store } from '../store/index.js';

/** What every use case gets from the request: its store, the environment (config file) and the time. */
export interface UseCaseContext {
  store: Store;
  env: Env;
  now: string;
}

async function documentOf(store: Store): Promise<Document> {
  const doc = await store.getDocument();
  if (!doc) throw new FollowthroughError('NOT_FOUND', 'profile: none yet: import a document or fill in your profile');
  return doc;
}

async function planOf(ctx: UseCaseContext, doc: Document): Promise<Step[]> {
  const config = await readConfig(ctx.env);
  return planDocument(doc, { now: ctx.now, policy: config.policy }).steps;
}

// ---- reads ----

export async function session(ctx: UseCaseContext) {
  const doc = await ctx.store.getDocument();
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

export async function today(ctx: UseCaseContext, days = 7) {
  const doc = await ctx.store.getDocument();
  if (!doc) return { now: ctx.now, overdue: [], dueNow: [], upcoming: [], interviews: [], companies: {} };
  const groups = groupToday(await planOf(ctx, doc), ctx.now, days);
  const t = Date.parse(ctx.now);
  const horizon = t + days * 86_400_000;
  const interviews = doc.applications.flatMap((a) =>
    a.interviews
      .filter((i) => Date.parse(i.at) >= t && Date.parse(i.at) <= horizon)
      .map((i) => ({ application: a.id, company: a.company, role: a.role, at: i.at })),
  );
  const companies = Object.fromEntries(doc.applications.map((a) => [a.id, a.company]));
  return { ...groups, interviews, companies, zone: doc.candidate.timezone ?? 'UTC' };
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
export function boardColumn(app: Application, steps: Step[], now: string): BoardColumn {
  if (app.status === 'offer') return 'offer';
  if (app.status !== 'active') return 'closed';
  const t = Date.parse(now);
  if (app.interviews.some((i) => Date.parse(i.at) > t)) return 'interview-ahead';
  const open = steps.filter((s) => (s.state === 'pending' || s.state === 'overdue') && Date.parse(s.earliest) <= t);
  if (open.some((s) => s.kind === 'thank-you')) return 'thank-yous-due';
  if (open.some((s) => s.kind !== 'thank-you')) return 'follow-up-due';
  return 'waiting';
}

export async function board(ctx: UseCaseContext) {
  const doc = await ctx.store.getDocument();
  if (!doc) return { columns: BOARD_COLUMNS, cards: [] };
  const steps = await planOf(ctx, doc);
  const byApp = new Map<string, Step[]>();
  for (const s of steps) byApp.set(s.application, [...(byApp.get(s.application) ?? []), s]);
  const cards = doc.applications.map((app) => {
    const mine = byApp.get(app.id) ?? [];
    const next = mine.find((s) => s.state === 'pending' || s.state === 'overdue');
    return {
      id: app.id,
      company: app.company,
      role: app.role,
      status: app.status,
      column: boardColumn(app, mine, ctx.now),
      next: next ? { id: next.id, kind: next.kind, due: next.due, earliest: next.earliest } : undefined,
      people: [...new Set(app.interviews.flatMap((i) => i.interviewers.map((p) => p.name)))],
    };
  });
  return { columns: BOARD_COLUMNS, cards };
}

export async function application(ctx: UseCaseContext, id: string) {
  const doc = await documentOf(ctx.store);
  const app = doc.applications.find((a) => a.id === id);
  if (!app) throw new FollowthroughError('NOT_FOUND', `application: no application "${id}"`);
  const steps = (await planOf(ctx, doc)).filter((s) => s.application === id);
  return { application: app, steps, zone: doc.candidate.timezone ?? 'UTC', country: doc.candidate.country };
}

export async function exportDocument(ctx: UseCaseContext): Promise<Document> {
  return documentOf(ctx.store);
}

// ---- writes ----

export async function importDocument(ctx: UseCaseContext, input: unknown, mode: 'merge' | 'replace') {
  const doc = parseDocument(input, { defaultZone: 'UTC' });
  const before = new Set((await ctx.store.listApplications()).map((a) => a.id));
  await ctx.store.importDocument(doc, { mode, label: `import from the web page (${mode})` });
  const replaced = doc.applications.filter((a) => before.has(a.id)).length;
  return {
    message: `Imported ${doc.applications.length} application${doc.applications.length === 1 ? '' : 's'}: ${doc.applications.length - replaced} new, ${replaced} replaced.`,
  };
}

/** Adds an interview to an application (found by id, or by company and role), or a new application. */
export async function addInterview(ctx: UseCaseContext, input: AddInterviewInput & { interviewers: string[] }) {
  const doc = await documentOf(ctx.store);
  const zone = doc.candidate.timezone ?? 'UTC';
  const same = (a: string, b?: string) => b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
  const existing = input.application
    ? doc.applications.find((a) => a.id === input.application)
    : doc.applications.find((a) => same(a.company, input.company) && same(a.role, input.role));
  if (input.application && !existing)
    throw new FollowthroughError('NOT_FOUND', `application: no application "${input.application}"`);
  if (!existing && !input.company) throw new FollowthroughError('INVALID_ARGUMENT', 'company: give the company');
  if (!existing && !input.role) throw new FollowthroughError('INVALID_ARGUMENT', 'role: give the role');
  const interview: Interview = {
    at: parseDateTime(input.at, zone, 'at'),
    round: (existing?.interviews.length ?? 0) + 1,
    interviewers: input.interviewers.map((line, i) => ({ ...parsePerson(line, `interviewers.${i}`), topics: [] })),
    nextSteps: { channel: input.channel ?? 'email', ...(input.expected ? { expected: input.expected } : {}) },
    debrief: { wentWell: [], wentPoorly: [], stoodOut: [], forgotToMention: [] },
    ...(input.format ? { format: input.format } : {}),
  };
  const app: Application = existing
    ? { ...existing, interviews: [...existing.interviews, interview] }
    : (assignIds(
        [
          {
            company: input.company as string,
            role: input.role as string,
            status: 'active' as const,
            interviews: [interview],
            events: [],
          },
        ],
        doc.applications.map((a) => a.id),
      )[0] as Application);
  const checked = applicationSchema.safeParse(app);
  if (!checked.success) {
    const problems = formatIssues(checked.error.issues);
    throw new FollowthroughError('INVALID_ARGUMENT', problems[0] as string, { problems });
  }
  await ctx.store.putApplication(app, { label: `add an interview to ${app.id}` });
  return { application: app.id, message: `${existing ? 'Added an interview to' : 'Created'} ${app.company}.` };
}

const STATUS_OF: Partial<Record<AppEvent['type'], Application['status']>> = {
  offer: 'offer',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

/** Records what happened (a reply, a new round, an offer, a no), as `followthrough log` does. */
export async function logEvent(
  ctx: UseCaseContext,
  input: { application: string; type: AppEvent['type']; note?: string },
) {
  const doc = await documentOf(ctx.store);
  const app = doc.applications.find((a) => a.id === input.application);
  if (!app) throw new FollowthroughError('NOT_FOUND', `application: no application "${input.application}"`);
  const event: AppEvent = { at: ctx.now, type: input.type, ...(input.note?.trim() ? { note: input.note.trim() } : {}) };
  const label = `${input.type} logged for ${app.id}`;
  const status = STATUS_OF[input.type];
  if (status && status !== app.status)
    await ctx.store.putApplication({ ...app, status, events: [...app.events, event] }, { label });
  else await ctx.store.addEvent(app.id, event, { label });
  return { message: `Recorded: ${input.type.replace('-', ' ')} for ${app.company}.` };
}

export async function undo(ctx: UseCaseContext, force = false) {
  const label = await ctx.store.undo({ force });
  return { label, message: label ? `Undone: ${label}.` : 'Nothing to undo.' };
}

// ---- drafts and sending ----

async function stepOf(ctx: UseCaseContext, stepId: string) {
  const doc = await documentOf(ctx.store);
  const step = stepById(await planOf(ctx, doc), stepId, 'step');
  return { doc, step };
}

export async function draft(ctx: UseCaseContext, stepId: string) {
  const { doc, step } = await stepOf(ctx, stepId);
  if (step.kind === 'move-on')
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `step: ${step.id} is the day to move on; there is nothing to write`,
    );
  const { composeStepDraft } = await import('../core/compose/index.js');
  const channel = step.channel === 'none' ? 'email' : step.channel;
  const d = composeStepDraft(doc, step, ctx.now, channel);
  const app = doc.applications.find((a) => a.id === step.application) as Application;
  const { recipientAddresses, mailtoUrl } = await import('../channels/email/message.js');
  const known: Record<string, string> = d.toEmail ? { [d.to]: d.toEmail } : {};
  const addresses = step.channel === 'email' ? recipientAddresses(app, step.to, known) : [];
  const [first, ...others] = addresses;
  const { outboxOf } = await import('../store/outbox.js');
  const sent = await outboxOf(ctx.store).get(step.id);
  return {
    step,
    company: app.company,
    draft: { to: d.to, subject: d.subject, body: d.body, kind: d.kind, channel: d.channel },
    recipients: {
      to: first ? [first] : [],
      cc: others,
    },
    notYetDue: Date.parse(step.earliest) > Date.parse(ctx.now),
    sent: sent?.state === 'sent' ? { at: sent.sentAt, messageId: sent.messageId } : undefined,
    mailto:
      first && step.channel === 'email' ? mailtoUrl({ to: [first], cc: others, subject: d.subject, text: d.body }) : '',
    zone: doc.candidate.timezone ?? 'UTC',
    context: { application: app.id, to: d.to, kind: d.kind },
  };
}

async function smtpFor(ctx: UseCaseContext) {
  const { loadConfig } = await import('../config/index.js');
  const { smtpSettings } = await import('../channels/email/settings.js');
  return smtpSettings(loadConfig(ctx.env).smtp, ctx.env);
}

export async function send(
  ctx: UseCaseContext,
  input: { step: string; subject: string; body: string; early: boolean },
) {
  const { doc, step } = await stepOf(ctx, input.step);
  if (step.channel !== 'email')
    throw new FollowthroughError('INVALID_ARGUMENT', `step: ${step.id} goes by ${step.channel}, not email`);
  if (Date.parse(step.earliest) > Date.parse(ctx.now) && !input.early)
    throw new FollowthroughError(
      'CONFLICT',
      `early: ${step.id} is not due until ${step.earliest.slice(0, 10)}; confirm a second time to send it early`,
    );
  const smtp = await smtpFor(ctx);
  const { sendStep, messageKind } = await import('../channels/email/send.js');
  messageKind(step);
  const result = await sendStep({
    store: ctx.store,
    doc,
    step,
    draft: { subject: input.subject, body: input.body },
    smtp,
    now: ctx.now,
  });
  if (result.status === 'already-sent')
    return { message: `Already sent on ${result.entry.sentAt?.slice(0, 10)}; nothing was sent again.` };
  return {
    message: `Sent to ${[...result.mail.to, ...(result.mail.cc ?? [])].map((a) => a.address).join(', ')}.`,
    messageId: result.mail.messageId,
  };
}

export async function eml(ctx: UseCaseContext, input: { step: string; subject?: string; body?: string }) {
  const { doc, step } = await stepOf(ctx, input.step);
  const d = await draft(ctx, input.step);
  const { loadConfig } = await import('../config/index.js');
  const config = loadConfig(ctx.env);
  const from = { from: config.smtp?.from, user: config.smtp?.user };
  const { prepareMail } = await import('../channels/email/send.js');
  const { renderMessage } = await import('../channels/email/message.js');
  const mail = await prepareMail({
    store: ctx.store,
    doc,
    step,
    draft: { subject: input.subject ?? d.draft.subject, body: input.body ?? d.draft.body },
    smtp: from,
    now: ctx.now,
  });
  return { filename: `${step.id.replace(/[^a-z0-9-]+/gi, '_')}.eml`, raw: await renderMessage(mail) };
}

export async function letterPdf(ctx: UseCaseContext, stepId: string) {
  const { doc, step } = await stepOf(ctx, stepId);
  if (step.kind === 'move-on') throw new FollowthroughError('INVALID_ARGUMENT', `step: ${step.id} has no letter`);
  const { composeStepDraft } = await import('../core/compose/index.js');
  const letters = await import('../channels/letter/index.js');
  const d = composeStepDraft(doc, step, ctx.now, 'mail');
  const app = doc.applications.find((a) => a.id === step.application) as Application;
  const letter =
    d.letter ??
    letters.letterWithText(
      { ...letters.letterFrame(doc, app, d.to, ctx.now), salutation: '', paragraphs: [], closing: '' },
      d.body,
    );
  const pdf = await letters.renderLetterPdf(letter, {
    pageSize: letters.pageSizeForCountry(doc.candidate.country),
    title: `Letter to ${d.to} (${app.company})`,
  });
  return { filename: `${step.id.replace(/[^a-z0-9-]+/gi, '_')}.pdf`, pdf, postBy: step.due };
}

export async function callScript(ctx: UseCaseContext, stepId: string) {
  const { doc, step } = await stepOf(ctx, stepId);
  if (step.kind !== 'check-in' && step.kind !== 'follow-up')
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `step: ${step.id} is a ${step.kind}; a call script is for a check-in or follow-up`,
    );
  const { composeCallScript } = await import('../core/compose/index.js');
  return composeCallScript(doc, {
    application: step.application,
    to: step.to[0],
    now: ctx.now,
    interview: step.interview,
  });
}

export async function calendar(ctx: UseCaseContext): Promise<string> {
  const doc = await documentOf(ctx.store);
  const { buildCalendar } = await import('../channels/calendar/index.js');
  return buildCalendar({ steps: await planOf(ctx, doc) }, doc, { now: ctx.now });
}

// ---- replies ----

async function imapFor(ctx: UseCaseContext) {
  const { loadConfig } = await import('../config/index.js');
  const { imapSettings } = await import('../channels/imap/settings.js');
  const { parseAddress } = await import('../channels/email/message.js');
  const config = loadConfig(ctx.env);
  const own: string[] = [];
  const from = config.smtp?.from ? parseAddress(config.smtp.from) : undefined;
  if (from) own.push(from.address);
  if (config.smtp?.user?.includes('@')) own.push(config.smtp.user);
  return { settings: imapSettings(config.imap, ctx.env, 'sync'), own };
}

/** One pass over the reply mailbox; proposed outcomes wait for the person (`decide` records one). */
export async function sync(ctx: UseCaseContext, decide?: { key: string; accept: boolean }) {
  const { syncReplies } = await import('../channels/imap/sync.js');
  const { settings, own } = await imapFor(ctx);
  const report = await syncReplies({
    store: ctx.store,
    settings,
    now: ctx.now,
    ownAddresses: own,
    what: 'sync',
    // Only the outcome the person chose is settled; the others keep waiting (undefined leaves them).
    ask: async (p) => (decide && p.key === decide.key ? decide.accept : (undefined as unknown as boolean)),
  });
  return report;
}

// ---- settings ----

/** The config file with every password replaced by whether one is set: the page never sees a secret. */
export async function settings(ctx: UseCaseContext) {
  const { path, json } = readConfigJson(ctx.env);
  const config = json === undefined ? {} : parseConfig(json, path);
  const server = (s?: {
    host: string;
    port?: number;
    secure?: boolean;
    user?: string;
    password?: string;
    from?: string;
    mailbox?: string;
  }) =>
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
    const merged: Record<string, unknown> = { ...given };
    // An empty password field means "keep the one on file".
    if (!merged.password) {
      delete merged.password;
      if (current[key]?.password) merged.password = current[key]?.password;
    }
    for (const [k, v] of Object.entries(merged)) if (v === '' || v === undefined) delete merged[k];
    if (key === 'smtp') delete merged.mailbox;
    next[key] = {
      ...(current[key]?.rejectUnauthorized !== undefined && { rejectUnauthorized: current[key]?.rejectUnauthorized }),
      ...merged,
    };
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
  if (which === 'smtp') {
    const { openSmtp } = await import('../channels/email/smtp.js');
    const smtp = await smtpFor(ctx);
    const conn = await openSmtp(smtp);
    conn.close();
    return { message: `Connected to the mail server ${smtp.host}:${smtp.port} and logged in.` };
  }
  const { connectImap } = await import('../channels/imap/sync.js');
  const { settings } = await imapFor(ctx);
  const client = await connectImap(settings, 'test');
  await client.logout();
  return { message: `Connected to the reply mailbox ${settings.host}:${settings.port} and logged in.` };
}

export async function saveProfile(
  ctx: UseCaseContext,
  input: { name: string; email?: string; phone?: string; timezone?: string; country?: string },
) {
  const current = await ctx.store.getCandidate();
  const candidate = {
    ...(current ?? {}),
    name: input.name,
    ...(input.email ? { email: input.email } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.timezone ? { timezone: input.timezone } : {}),
    ...(input.country ? { country: input.country } : {}),
  };
  const { candidateSchema } = await import('../core/document/schema.js');
  const checked = candidateSchema.safeParse(candidate);
  if (!checked.success)
    throw new FollowthroughError('INVALID_ARGUMENT', formatIssues(checked.error.issues)[0] as string);
  await ctx.store.saveCandidate(checked.data, { label: 'profile edited in the web page' });
  return { message: 'Profile saved.' };
}
