// Converts between the document's objects and table rows. Named columns hold what queries filter on;
// everything else rides along as JSON, so fields added to the format later survive a round trip.
import type { AppEvent, Application, Candidate, Offer } from '../core/document/schema.js';
import type { ApplicationTable, EventTable, OfferTable } from './tables.js';

export function candidateRow(candidate: Candidate, now: string) {
  return { id: 1, name: candidate.name, data: JSON.stringify(candidate), updated_at: now };
}

export function candidateFromRow(row: { data: string }): Candidate {
  return JSON.parse(row.data) as Candidate;
}

export function applicationRow(app: Application, position: number, now: string): ApplicationTable {
  const { id, company, role, status, events: _events, ...rest } = app;
  return { id, position, company, role, status, updated_at: now, data: JSON.stringify(rest) };
}

export function applicationFromRow(
  row: Pick<ApplicationTable, 'id' | 'company' | 'role' | 'status' | 'data'>,
  events: AppEvent[],
): Application {
  const rest = JSON.parse(row.data) as Omit<Application, 'id' | 'company' | 'role' | 'status' | 'events'>;
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    ...rest,
    status: row.status as Application['status'],
    events,
  };
}

export function eventRow(applicationId: string, seq: number, event: AppEvent, now: string): EventTable {
  const { at, type, kind, to, from, note, messageId, ...extra } = event;
  return {
    application_id: applicationId,
    seq,
    at,
    type,
    kind: kind ?? null,
    to: to ?? null,
    from: from ?? null,
    note: note ?? null,
    message_id: messageId ?? null,
    extra: Object.keys(extra).length ? JSON.stringify(extra) : null,
    created_at: now,
  };
}

export function eventFromRow(row: Omit<EventTable, 'application_id' | 'seq' | 'created_at'>): AppEvent {
  // Only the fields that were set, so a read event deep-equals the one written.
  const event: AppEvent = { at: row.at, type: row.type as AppEvent['type'] };
  if (row.kind !== null) event.kind = row.kind as AppEvent['kind'];
  if (row.to !== null) event.to = row.to;
  if (row.from !== null) event.from = row.from;
  if (row.note !== null) event.note = row.note;
  if (row.message_id !== null) event.messageId = row.message_id;
  return row.extra ? { ...event, ...(JSON.parse(row.extra) as object) } : event;
}

export function offerRow(offer: Offer, position: number): OfferTable {
  const { company, decideBy, ...extra } = offer;
  return {
    position,
    company,
    decide_by: decideBy,
    extra: Object.keys(extra).length ? JSON.stringify(extra) : null,
  };
}

export function offerFromRow(row: Pick<OfferTable, 'company' | 'decide_by' | 'extra'>): Offer {
  const offer: Offer = { company: row.company, decideBy: row.decide_by };
  return row.extra ? { ...offer, ...(JSON.parse(row.extra) as object) } : offer;
}
