// The work behind `followthrough log`.
import { DateTime } from 'luxon';
import { logEvent } from '../../app/applications.js';
import { type AppEvent, EVENT_TYPES, MESSAGE_KINDS } from '../../core/document/schema.js';
import { parseChoice } from '../args.js';
import type { LogOptions } from '../commands/log.js';
import { noProfile, out, parseNow, type StoreOptions, withApp } from '../context.js';
import { parseDateTime } from '../datetime.js';
import { formatWhen } from '../format.js';

export async function runLog(appId: string, typeArg: string, opts: LogOptions, globals: StoreOptions): Promise<void> {
  const type = parseChoice(typeArg, EVENT_TYPES, 'type');
  await withApp(globals, async (deps) => {
    const candidate = await deps.store.getCandidate();
    if (!candidate) throw noProfile();
    const zone = candidate.timezone ?? 'UTC';
    const at = opts.at
      ? parseDateTime(opts.at, zone, '--at', parseNow(opts.now, '--now', zone))
      : toZone(parseNow(opts.now, '--now', zone), zone);
    const event: AppEvent = { at, type };
    if (opts.kind) event.kind = parseChoice(opts.kind, MESSAGE_KINDS, '--kind');
    if (opts.to?.trim()) event.to = opts.to.trim();
    if (opts.from?.trim()) event.from = opts.from.trim();
    if (opts.note?.trim()) event.note = opts.note.trim();
    const decideBy = opts.decideBy ? parseDecideBy(opts.decideBy, zone) : undefined;
    const result = await logEvent(deps, { id: appId, event, ...(decideBy && { decideBy }) });

    const who = event.to ? ` to ${event.to}` : event.from ? ` from ${event.from}` : '';
    out(`Logged ${type}${event.kind ? ` (${event.kind})` : ''}${who} for ${appId}, ${formatWhen(at, zone)}.`);
    if (result.statusChanged) out(`${appId} is now ${result.statusChanged}.`);
    if (decideBy) out(`Offer deadline ${decideBy} noted: your other active applications get an offer-notice step.`);
  });
}

function toZone(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toISO({ suppressMilliseconds: true }) as string;
}

function parseDecideBy(value: string, zone: string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid) return v;
  return parseDateTime(v, zone, '--decide-by');
}
