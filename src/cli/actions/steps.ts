// `snooze`, `skip` and `done`: thin adapters over src/app/steps.ts.
import { markDone, skipStep, snoozeStep } from '../../app/steps.js';
import { readWhen } from '../../core/calendar/read-when.js';
import type { StepOptions } from '../commands/steps.js';
import { noProfile, out, parseNow, type StoreOptions, withApp } from '../context.js';
import { parseDateTime } from '../datetime.js';
import { formatWhen } from '../format.js';

async function zoneOf(deps: Parameters<Parameters<typeof withApp>[1]>[0]): Promise<string> {
  const candidate = await deps.store.getCandidate();
  if (!candidate) throw noProfile();
  return candidate.timezone ?? 'UTC';
}

/** A day typed by a person (2026-12-10, "Dec 10", "next monday", "in 3 days"), in the candidate's zone. */
function readDay(value: string, zone: string, now: string, flag: string): string {
  return readWhen(value, { zone, now, field: flag, dateOnlyAt: '09:00' }).iso.slice(0, 10);
}

export async function runSnooze(stepId: string, opts: StepOptions, globals: StoreOptions): Promise<void> {
  const now = parseNow(opts.now);
  await withApp(globals, async (deps) => {
    const zone = await zoneOf(deps);
    const until = readDay(opts.until as string, zone, now, '--until');
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
    const at = opts.at ? parseDateTime(opts.at, zone, '--at', now) : undefined;
    const r = await markDone(deps, { step: stepId, now, ...(at && { at }) });
    if (r.closed) out(`Closed ${r.step.application}: you have moved on. \`followthrough undo\` reopens it.`);
    else
      out(
        `Marked ${r.step.id} done (${r.event?.type}${r.event?.to ? ` to ${r.event.to}` : ''}, ${formatWhen(r.event?.at ?? now, zone)}).`,
      );
  });
}
