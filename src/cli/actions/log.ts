// The work behind `followthrough log`.
import { DateTime } from 'luxon';
import { type AppEvent, type Application, EVENT_TYPES, MESSAGE_KINDS } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import { parseChoice } from '../args.js';
import type { LogOptions } from '../commands/log.js';
import { findApplication, noProfile, out, parseNow, type StoreOptions, withStore } from '../context.js';
import { parseDateTime } from '../datetime.js';
import { formatWhen } from '../format.js';

const STATUS_OF: Partial<Record<AppEvent['type'], Application['status']>> = {
  offer: 'offer',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

export async function runLog(appId: string, typeArg: string, opts: LogOptions, globals: StoreOptions): Promise<void> {
  const type = parseChoice(typeArg, EVENT_TYPES, 'type');
  await withStore(globals, async (store) => {
    const doc = await store.getDocument();
    if (!doc) throw noProfile();
    const app = findApplication(doc, appId, 'application');
    const zone = doc.candidate.timezone ?? 'UTC';
    const at = opts.at
      ? parseDateTime(opts.at, zone, '--at', parseNow(opts.now, '--now', zone))
      : toZone(parseNow(opts.now, '--now', zone), zone);

    const event: AppEvent = { at, type };
    if (opts.kind) event.kind = parseChoice(opts.kind, MESSAGE_KINDS, '--kind');
    if (opts.to?.trim()) event.to = opts.to.trim();
    if (opts.from?.trim()) event.from = opts.from.trim();
    if (opts.note?.trim()) event.note = opts.note.trim();
    if ((type === 'sent' || type === 'called') && !event.kind)
      throw new FollowthroughError(
        'INVALID_ARGUMENT',
        `--kind: required for ${type} (thank-you, check-in, follow-up, offer-notice or gracious-close)`,
      );
    if (opts.decideBy && type !== 'offer')
      throw new FollowthroughError('INVALID_ARGUMENT', '--decide-by: only for an offer');
    const decideBy = opts.decideBy ? parseDecideBy(opts.decideBy, zone) : undefined;

    const status = STATUS_OF[type];
    await store.transaction(async (tx) => {
      if (status && status !== app.status) {
        await tx.putApplication(
          { ...app, status, events: [...app.events, event] },
          { label: `${type} logged for ${appId}` },
        );
      } else {
        await tx.addEvent(appId, event, { label: `${type} logged for ${appId}` });
      }
      if (decideBy) await tx.addOffer({ company: app.company, decideBy });
    });

    const who = event.to ? ` to ${event.to}` : event.from ? ` from ${event.from}` : '';
    out(`Logged ${type}${event.kind ? ` (${event.kind})` : ''}${who} for ${appId}, ${formatWhen(at, zone)}.`);
    if (status && status !== app.status) out(`${appId} is now ${status}.`);
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
