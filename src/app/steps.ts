// Use cases on the plan: read it (whole, per application, the board), and the person's say over a step:
// snooze it to a day, skip it, or mark it done when it happened outside Followthrough.
import { withLocalIds } from '../core/document/ids.js';
import type { AppEvent, Application, Document, MessageKind } from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import { effectiveStatus } from '../core/plan/context.js';
import type { Step } from '../core/plan/types.js';
import { planWithConfig, stepById } from './planning.js';
import { type AppDeps, findApplication, mutate, nowOf, query } from './run.js';

export { stepById } from './planning.js';

export interface PlanResult {
  doc: Document;
  steps: Step[];
}

/** The whole plan of the store as of `now` (cached by content, see plan-cache.ts). */
export function plan(deps: AppDeps, input: { now?: string; application?: string } = {}): Promise<PlanResult> {
  return query(deps, input.now, async (uc) => {
    const doc = await uc.document();
    if (input.application) findApplication(doc, input.application, '--application');
    let steps = (await planWithConfig(doc, uc.now, uc.store.display, uc.env)).steps;
    if (input.application) steps = steps.filter((s) => s.application === input.application);
    return { doc, steps };
  });
}

export interface ApplicationOverview {
  application: Application;
  /** Where it stands: active, offer, rejected, withdrawn or closed (events included). */
  status: Application['status'];
  nextInterview?: string;
  lastInterview?: string;
  /** The first open step (overdue or pending), if any. */
  next?: Step;
  open: number;
}

/** Every application with where it stands and its next step. */
export async function listApplications(
  deps: AppDeps,
  input: { now?: string } = {},
): Promise<{ doc: Document; applications: ApplicationOverview[] }> {
  const { doc, steps } = await plan(deps, input);
  const nowMs = Date.parse(nowOf(deps, input.now));
  return { doc, applications: doc.applications.map((app) => overview(app, steps, nowMs)) };
}

export function overview(app: Application, steps: Step[], nowMs: number): ApplicationOverview {
  const mine = steps.filter((s) => s.application === app.id && (s.state === 'pending' || s.state === 'overdue'));
  const times = app.interviews.map((iv) => iv.at).sort((a, b) => Date.parse(a) - Date.parse(b));
  const nextInterview = times.find((t) => Date.parse(t) > nowMs);
  const lastInterview = [...times].reverse().find((t) => Date.parse(t) <= nowMs);
  return {
    application: app,
    status: effectiveStatus(app).status,
    ...(nextInterview && { nextInterview }),
    ...(lastInterview && { lastInterview }),
    ...(mine[0] && { next: mine[0] }),
    open: mine.length,
  };
}

/** One application with its plan. */
export async function showApplication(
  deps: AppDeps,
  input: { id: string; now?: string },
): Promise<{ doc: Document; overview: ApplicationOverview; steps: Step[] }> {
  const { doc, steps } = await plan(deps, { now: input.now });
  const app = findApplication(doc, input.id);
  const mine = steps.filter((s) => s.application === app.id);
  return { doc, overview: overview(app, mine, Date.parse(nowOf(deps, input.now))), steps: mine };
}

/** Finds the step in the plan inside a write, and the application it belongs to. */
async function stepInTransaction(
  uc: Parameters<Parameters<typeof mutate>[2]>[0],
  id: string,
  what: string,
): Promise<{ doc: Document; step: Step; app: Application }> {
  const doc = await uc.document();
  const step = stepById((await planWithConfig(doc, uc.now, undefined, uc.env)).steps, id, what);
  return { doc, step, app: findApplication(doc, step.application) };
}

export interface SnoozeInput {
  step: string;
  /** YYYY-MM-DD in the candidate's zone. */
  until: string;
  now?: string;
}

export function snoozeStep(deps: AppDeps, input: SnoozeInput): Promise<{ step: Step; before: Step }> {
  return mutate(deps, input.now, async (uc) => {
    const { doc, step, app } = await stepInTransaction(uc, input.step, 'snooze');
    settledGuard(step, 'snooze');
    if (input.until <= step.earliest.slice(0, 10))
      throw new FollowthroughError(
        'INVALID_ARGUMENT',
        `--until: ${input.until} is not later than when ${step.id} is planned (${step.earliest.slice(0, 10)}); give a later day`,
      );
    const steps = { ...(app.steps ?? {}), [step.id]: { ...(app.steps?.[step.id] ?? {}), snoozedUntil: input.until } };
    const next = { ...withLocalIds(app), steps };
    await uc.store.updateApplication(next, { label: `snooze of ${step.id} until ${input.until}` });
    const replanned = { ...doc, applications: doc.applications.map((a) => (a.id === app.id ? next : a)) };
    const after = (await planWithConfig(replanned, uc.now, undefined, uc.env)).steps.find((s) => s.id === step.id);
    return { step: after ?? step, before: step };
  });
}

export function skipStep(deps: AppDeps, input: { step: string; now?: string }): Promise<{ step: Step }> {
  return mutate(deps, input.now, async (uc) => {
    const { step, app } = await stepInTransaction(uc, input.step, 'skip');
    settledGuard(step, 'skip');
    const steps = { ...(app.steps ?? {}), [step.id]: { ...(app.steps?.[step.id] ?? {}), skipped: true } };
    await uc.store.updateApplication({ ...withLocalIds(app), steps }, { label: `skip of ${step.id}` });
    return { step };
  });
}

/** Marks a step done: the note was sent, the call made, or (move-on) the application closed. */
export function markDone(
  deps: AppDeps,
  input: { step: string; at?: string; now?: string },
): Promise<{ step: Step; event?: AppEvent; closed?: boolean }> {
  return mutate(deps, input.now, async (uc) => {
    const { step, app } = await stepInTransaction(uc, input.step, 'done');
    if (step.state === 'done')
      throw new FollowthroughError('CONFLICT', `done: ${step.id} is already done`, { exitCode: 2 });
    if (step.state === 'cancelled')
      throw new FollowthroughError('CONFLICT', `done: ${step.id} was cancelled; nothing to mark`, { exitCode: 2 });
    const label = `${step.id} marked done`;
    if (step.kind === 'move-on') {
      await uc.store.updateApplication({ ...app, status: 'closed' }, { label });
      return { step, closed: true };
    }
    const event: AppEvent = {
      at: input.at ?? uc.now,
      type: step.channel === 'phone' ? 'called' : 'sent',
      kind: step.kind as MessageKind,
      step: step.id,
      ...(step.to.length && { to: step.to.join(', ') }),
    };
    await uc.store.addEvent(app.id, event, { label });
    return { step, event };
  });
}

function settledGuard(step: Step, what: string): void {
  if (step.state === 'done' || step.state === 'cancelled')
    throw new FollowthroughError('CONFLICT', `${what}: ${step.id} is already ${step.state}`, { exitCode: 2 });
}
