// The fixed parts of a letter (date line, sender and recipient blocks, typed name) built from the document.
// The composer's `Draft.letter` is preferred; this is the fallback for a draft without one, and lets `--text`
// typeset the candidate's own words with the right addresses.
import { DateTime } from 'luxon';
import type { LetterParts } from '../../core/compose/types.js';
import type { Application, Document, Person } from '../../core/document/schema.js';
import { pageSizeForCountry } from './page-size.js';
import { formatLetterDate } from './render.js';

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n|\\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The person named `to` among the application's interviewers and status contacts. */
export function findRecipient(app: Application, to: string | undefined): Person | undefined {
  const people: Person[] = app.interviews.flatMap((i) => [...i.interviewers, ...(i.contact ? [i.contact] : [])]);
  if (!to) return people[0];
  const wanted = to.trim().toLowerCase();
  return people.find((p) => p.name.trim().toLowerCase() === wanted);
}

/** Sender, date and recipient for a letter to `to` at `app`, dated `now` in the candidate's zone. */
export function letterFrame(
  doc: Document,
  app: Application,
  to: string | undefined,
  now: string,
): Omit<LetterParts, 'salutation' | 'paragraphs' | 'closing'> {
  const candidate = doc.candidate;
  const zone = candidate.timezone ?? 'UTC';
  const day = DateTime.fromISO(now, { setZone: true }).setZone(zone).toISODate() ?? now.slice(0, 10);
  const person = findRecipient(app, to);
  const address = lines(person?.address ?? app.companyAddress);
  const recipientBlock = [
    person?.name ?? to ?? '',
    ...(person?.title ? [person.title] : []),
    // The company line, unless the address already starts with it.
    ...(address[0]?.toLowerCase() === app.company.toLowerCase() ? [] : [app.company]),
    ...address,
  ].filter(Boolean);
  return {
    date: formatLetterDate(day, pageSizeForCountry(candidate.country)),
    senderBlock: [
      candidate.name,
      ...lines(candidate.address),
      ...(candidate.phone ? [candidate.phone] : []),
      ...(candidate.email ? [candidate.email] : []),
    ],
    recipientBlock,
    signature: candidate.signature ?? candidate.name,
  };
}

/** True when the recipient block looks like it holds a postal address (some line with a digit in it). */
export function hasPostalAddress(letter: Pick<LetterParts, 'recipientBlock'>): boolean {
  return letter.recipientBlock.slice(1).some((l) => /\d/.test(l));
}
