// Finds the application, interview and person a request is about, with one-line errors that name the argument.
import type { DateTime } from 'luxon';
import type { Application, Document, Interview, Person } from '../document/schema.js';
import { FollowthroughError } from '../errors.js';
import type { StepKind } from '../plan/types.js';
import { at } from './text.js';

export interface Recipient extends Person {
  topics: string[];
  /** Position among the interview's interviewers; undefined for a contact who did not interview. */
  interviewerIndex?: number;
}

export interface Resolved {
  app: Application;
  interview: Interview;
  interviewIndex: number;
  meeting: DateTime;
  person: Recipient;
  zone: string;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function findApplication(doc: Document, id: string): Application {
  const app = doc.applications.find((a) => a.id === id);
  if (!app) {
    const ids = doc.applications.map((a) => a.id).join(', ') || 'none';
    throw new FollowthroughError('NOT_FOUND', `application: no application with id "${id}" (ids: ${ids})`);
  }
  return app;
}

function latestIndex(interviews: ReadonlyArray<Interview>, keep: (iv: Interview) => boolean): number {
  let best = -1;
  interviews.forEach((iv, i) => {
    if (!keep(iv)) return;
    if (best < 0 || Date.parse(iv.at) >= Date.parse((interviews[best] as Interview).at)) best = i;
  });
  return best;
}

/** Everyone the application names: interviewers (with topics) and status contacts. */
function people(interview: Interview): Recipient[] {
  const list: Recipient[] = interview.interviewers.map((p, i) => ({ ...p, interviewerIndex: i }));
  if (interview.contact && !list.some((p) => sameName(p.name, interview.contact!.name)))
    list.push({ ...interview.contact, topics: [] });
  return list;
}

export function resolve(
  doc: Document,
  request: { application: string; kind: StepKind; to?: string; interview?: number },
): Resolved {
  const zone = doc.candidate.timezone ?? 'UTC';
  const app = findApplication(doc, request.application);
  if (!app.interviews.length)
    throw new FollowthroughError('NOT_FOUND', `application: "${app.id}" has no interviews to follow up on`);
  const to = request.to;
  let index: number;
  if (request.interview !== undefined) {
    if (!app.interviews[request.interview])
      throw new FollowthroughError('NOT_FOUND', `interview: "${app.id}" has no interview ${request.interview}`);
    index = request.interview;
  } else if (to) {
    index = latestIndex(app.interviews, (iv) => people(iv).some((p) => sameName(p.name, to)));
    if (index < 0) {
      const names = app.interviews.flatMap((iv) => people(iv).map((p) => p.name));
      throw new FollowthroughError(
        'NOT_FOUND',
        `to: nobody named "${to}" in application "${app.id}" (people: ${[...new Set(names)].join(', ') || 'none'})`,
      );
    }
  } else {
    index = latestIndex(app.interviews, () => true);
  }
  const interview = app.interviews[index] as Interview;
  const everyone = people(interview);
  let person: Recipient | undefined;
  if (to) person = everyone.find((p) => sameName(p.name, to));
  else if (request.kind === 'thank-you') person = everyone.find((p) => p.interviewerIndex !== undefined);
  else {
    const rejectedBy = request.kind === 'gracious-close' ? lastRejectionFrom(app) : undefined;
    person =
      (rejectedBy ? everyone.find((p) => sameName(p.name, rejectedBy)) : undefined) ??
      everyone.find((p) => interview.contact && sameName(p.name, interview.contact.name)) ??
      everyone[0];
  }
  if (!person)
    throw new FollowthroughError(
      'NOT_FOUND',
      to
        ? `to: nobody named "${to}" in interview ${index} of "${app.id}"`
        : `to: interview ${index} of "${app.id}" names no interviewer or contact to write to`,
    );
  if (request.kind === 'thank-you' && person.interviewerIndex === undefined)
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `to: "${person.name}" did not interview you; thank-you notes go to interviewers`,
    );
  return { app, interview, interviewIndex: index, meeting: at(interview.at, zone), person, zone };
}

function lastRejectionFrom(app: Application): string | undefined {
  const rejections = app.events.filter((e) => e.type === 'rejected' && e.from);
  return rejections[rejections.length - 1]?.from;
}
