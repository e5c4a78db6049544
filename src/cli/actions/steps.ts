// `snooze`, `skip` and `done`: thin adapters over src/app/steps.ts.
import { DateTime } from 'luxon';
import { markDone, skipStep, snoozeStep } from '../../app/steps.js';
import { FollowthroughError } from '../../core/errors.js';
import type { StepOptions } from '../commands/steps.js';
import { noProfile, out, parseNow, type StoreOptions, withApp } from '../context.js';
import { parseDateTime } from '../datetime.js';
import { formatWhen } from '../format.js';

async function zoneOf(deps: Parameters<Parameters<typeof withApp>[1]>[0]): Promise<string> {
  const candidate = await deps.store.getCandidate();
  if (!candidate) throw noProfile();
  return candidate.timezone ?? 'UTC';
}

/** A day typed by a person: 2026-12-10, "Dec 10", "next monday", "in 3 days", in the candidate's zone. */
export async function parseDay(value: string, zone: string, now: string, flag: string): Promise<string> {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text).isValid) return text;
  const chrono = await import('chrono-node');
  const ref = DateTime.fromISO(now).setZone(zone);
  const hit = chrono.parse(text, { instant: ref.toJSDate(), timezone: ref.offset }, { forwardDate: true })[0];
  if (!hit)
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `${flag}: not a date: "${value}" (e.g. 2026-12-10 or "next monday")`,
    );
  const c = hit.start;
  const day = DateTime.fromObject(
    { year: c.get('year') ?? ref.year, month: c.get('month') ?? ref.month, day: c.get('day') ?? ref.day },
    { zone },
  );
  if (!day.isValid) throw new FollowthroughError('INVALID_ARGUMENT', `${flag}: not a date: "${value}"`);
  return day.toISODate() as string;
}

export async function runSnooze(stepId: string, opts: StepOptions, globals: StoreOptions): Promise<void> {
  const now = parseNow(opts.now);
  await withApp(globals, async (deps) => {
    const zone = await zoneOf(deps);
    const until = await parseDay(opts.until as string, zone, now, '--until');
    const r = await snoozeStep(deps, { step: stepId, until, now });
    out(`Snoozed ${r.step.id}: now ${formatWhen(r.step.earliest, zone)} (was ${formatWhen(r.before.earliest, zone)}).`);
    out('`followthrough undo` takes it back.');
  });
}

export async function runSkip(stepId: string, opts: StepOptions, globals: StoreOptions): Promise<void> {
  const now = parseNow(opts.now);
  await withApp(globals, async (deps) => {
    const r = await skipStep(deps, { step: stepId, now });
    out(`Skipped ${r.step.id}: it stays in the plan as cancelled. \`followthrough undo\` takes it back.`);
  });
}

export async function runDone(stepId: string, opts: StepOptions, globals: StoreOptions): Promise<void> {
  const now = parseNow(opts.now);
  await withApp(globals, async (deps) => {
    const zone = await zoneOf(deps);
    const at = opts.at ? parseDateTime(opts.at, zone, '--at') : undefined;
    const r = await markDone(deps, { step: stepId, now, ...(at && { at }) });
    if (r.closed) out(`Closed ${r.step.application}: you have moved on. \`followthrough undo\` reopens it.`);
    else
      out(
        `Marked ${r.step.id} done (${r.event?.type}${r.event?.to ? ` to ${r.event.to}` : ''}, ${formatWhen(r.event?.at ?? now, zone)}).`,
      );
  });
}
