// Which application an incoming message belongs to. In order of trust: it answers a message we sent
// (In-Reply-To / References hold a Message-ID we recorded), its sender is an interviewer or contact, or it
// comes from the company's domain. Pure.
import type { Application, Document } from '../../core/document/schema.js';

export interface Match {
  application: string;
  /** The person it is from, when known (a name in the document, else the sender's display name). */
  person?: string;
  via: 'thread' | 'sender' | 'domain';
}

export interface KnownMessage {
  messageId: string;
  applicationId: string;
  recipient?: string;
}

export interface IncomingRefs {
  inReplyTo?: string;
  references?: string[];
  from?: { address: string; name?: string };
}

export interface MatchIndex {
  byMessageId: Map<string, KnownMessage>;
  byAddress: Map<string, { application: string; person: string }>;
  byDomain: Map<string, string>;
  companies: Array<{ application: string; names: string[] }>;
  apps: Map<string, Application>;
  /** The candidate's own addresses: their messages are never replies. */
  own: Set<string>;
}

/** Domains of personal mailboxes: an interviewer writing from one says nothing about the company. */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'fastmail.com',
  'zoho.com',
  'yandex.com',
]);

/** Normalised Message-ID: angle brackets kept, case of the local part kept, domain lower-cased. */
export function normalizeMessageId(id: string): string {
  const bare = id.trim().replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  return `<${at < 0 ? bare : bare.slice(0, at) + bare.slice(at).toLowerCase()}>`;
}

/** Every <…> token of a References or In-Reply-To header. */
export function messageIdsIn(header: string | string[] | undefined): string[] {
  if (!header) return [];
  const text = Array.isArray(header) ? header.join(' ') : header;
  const found = text.match(/<[^<>\s]+>/g);
  if (found) return found.map(normalizeMessageId);
  return text
    .split(/\s+/)
    .filter((t) => t.includes('@'))
    .map(normalizeMessageId);
}

function domainOf(address: string): string {
  return (address.split('@')[1] ?? '').trim().toLowerCase();
}

/** "mail.acme-logistics.co.uk" → "acme-logistics": the name part of the domain. */
export function domainName(domain: string): string {
  const labels = domain.split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? '';
  const secondLevel = labels.at(-2) as string;
  if (labels.length >= 3 && secondLevel.length <= 3 && (labels.at(-1) as string).length === 2)
    return labels.at(-3) as string;
  return secondLevel;
}

const CORPORATE = /^(inc|llc|ltd|limited|corp|corporation|co|company|group|holdings|plc|gmbh|ag|sa|the)$/;

function companyNames(company: string): string[] {
  const all = company
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "Globex Corporation" may live at globex.com or globexcorporation.com.
  const core = all.filter((w) => !CORPORATE.test(w));
  const names: string[] = [];
  for (const words of [all, core]) {
    if (words.length === 0) continue;
    names.push(words.join(''), words.join('-'));
    if ((words[0] as string).length >= 4) names.push(words[0] as string);
  }
  return [...new Set(names)];
}

export function buildMatchIndex(doc: Document, known: Iterable<KnownMessage>, own: Iterable<string> = []): MatchIndex {
  const index: MatchIndex = {
    byMessageId: new Map(),
    byAddress: new Map(),
    byDomain: new Map(),
    companies: [],
    apps: new Map(),
    own: new Set([...own].map((a) => a.trim().toLowerCase()).filter(Boolean)),
  };
  if (doc.candidate.email) index.own.add(doc.candidate.email.trim().toLowerCase());
  // Active applications last, so they win when two applications share a person or a domain.
  const ordered = [...doc.applications].sort((a, b) => Number(a.status === 'active') - Number(b.status === 'active'));
  for (const app of ordered) {
    index.apps.set(app.id, app);
    index.companies.push({ application: app.id, names: companyNames(app.company) });
    for (const interview of app.interviews) {
      for (const person of [...interview.interviewers, ...(interview.contact ? [interview.contact] : [])]) {
        const email = person.email?.trim().toLowerCase();
        if (!email?.includes('@')) continue;
        index.byAddress.set(email, { application: app.id, person: person.name });
        const domain = domainOf(email);
        if (domain && !FREE_MAIL.has(domain)) index.byDomain.set(domain, app.id);
      }
    }
    for (const event of app.events) {
      if (event.messageId)
        index.byMessageId.set(normalizeMessageId(event.messageId), {
          messageId: event.messageId,
          applicationId: app.id,
          ...(event.to && { recipient: event.to }),
        });
    }
  }
  for (const k of known) index.byMessageId.set(normalizeMessageId(k.messageId), k);
  return index;
}

/** Is this message from the candidate (a copy of their own mail)? */
export function isOwnMessage(index: MatchIndex, from: IncomingRefs['from']): boolean {
  return Boolean(from && index.own.has(from.address.trim().toLowerCase()));
}

export function matchMessage(index: MatchIndex, msg: IncomingRefs): Match | undefined {
  const fromAddress = msg.from?.address.trim().toLowerCase();
  const person = fromAddress ? index.byAddress.get(fromAddress) : undefined;
  // The thread: the newest reference first (In-Reply-To), then the older ones.
  const refs = [...messageIdsIn(msg.inReplyTo), ...messageIdsIn(msg.references).reverse()];
  for (const ref of refs) {
    const known = index.byMessageId.get(ref);
    if (!known || !index.apps.has(known.applicationId)) continue;
    const name = person?.application === known.applicationId ? person.person : (displayName(msg) ?? known.recipient);
    return { application: known.applicationId, via: 'thread', ...(name && { person: name }) };
  }
  if (person) return { application: person.application, person: person.person, via: 'sender' };
  if (!fromAddress) return undefined;
  const domain = domainOf(fromAddress);
  if (!domain || FREE_MAIL.has(domain)) return undefined;
  const name = displayName(msg);
  const byDomain = index.byDomain.get(domain);
  if (byDomain) return { application: byDomain, via: 'domain', ...(name && { person: name }) };
  const label = domainName(domain);
  for (let i = index.companies.length - 1; i >= 0; i--) {
    const company = index.companies[i] as MatchIndex['companies'][number];
    if (company.names.includes(label))
      return { application: company.application, via: 'domain', ...(name && { person: name }) };
  }
  return undefined;
}

function displayName(msg: IncomingRefs): string | undefined {
  const name = msg.from?.name?.trim().replace(/^"(.*)"$/, '$1');
  return name || undefined;
}
