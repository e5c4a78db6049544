// Which application an incoming message belongs to. In order of trust: it answers a message we sent
// (In-Reply-To / References hold a Message-ID we recorded), its sender is an interviewer or contact, or it
// comes from the company's exact registrable domain (acme.example, never acme.ru nor acme.example.ru).
// A From line is easy to forge and a Message-ID is easy to copy, so a thread match counts only when the
// sender is also that application's (its person's address or its domain); otherwise it is `unverified`:
// the caller names the sender and records nothing. Pure.
import { getDomain } from 'tldts';
import type { Application, Document } from '../../core/document/schema.js';

export interface Match {
  application: string;
  /** The person it is from, when known (a name in the document, else the sender's display name). */
  person?: string;
  via: 'thread' | 'sender' | 'domain';
  /**
   * Set on a thread match whose sender is neither a person of that application nor on its domain (a forged
   * From, another company's interviewer): the message is not recorded, only reported with its sender.
   */
  unverified?: { sender: string };
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
  /** Registrable domain (acme.example) → the application whose people write from it. */
  byDomain: Map<string, string>;
  /** Each application's registrable domains and people's addresses, to check a thread match's sender. */
  domainsOf: Map<string, Set<string>>;
  addressesOf: Map<string, Set<string>>;
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

/** The registrable domain of an address ("hr@mail.acme.co.uk" → "acme.co.uk"), by the public suffix list. */
export function registrableDomain(address: string): string {
  const host = domainOf(address);
  if (!host) return '';
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

export function buildMatchIndex(doc: Document, known: Iterable<KnownMessage>, own: Iterable<string> = []): MatchIndex {
  const index: MatchIndex = {
    byMessageId: new Map(),
    byAddress: new Map(),
    byDomain: new Map(),
    domainsOf: new Map(),
    addressesOf: new Map(),
    apps: new Map(),
    own: new Set([...own].map((a) => a.trim().toLowerCase()).filter(Boolean)),
  };
  if (doc.candidate.email) index.own.add(doc.candidate.email.trim().toLowerCase());
  // Active applications last, so they win when two applications share a person or a domain.
  const ordered = [...doc.applications].sort((a, b) => Number(a.status === 'active') - Number(b.status === 'active'));
  for (const app of ordered) {
    index.apps.set(app.id, app);
    const domains = new Set<string>();
    const addresses = new Set<string>();
    index.domainsOf.set(app.id, domains);
    index.addressesOf.set(app.id, addresses);
    for (const interview of app.interviews) {
      for (const person of [...interview.interviewers, ...(interview.contact ? [interview.contact] : [])]) {
        const email = person.email?.trim().toLowerCase();
        if (!email?.includes('@')) continue;
        index.byAddress.set(email, { application: app.id, person: person.name });
        addresses.add(email);
        const domain = registrableDomain(email);
        if (domain && !FREE_MAIL.has(domain)) {
          index.byDomain.set(domain, app.id);
          domains.add(domain);
        }
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
  const domain = fromAddress ? registrableDomain(fromAddress) : '';
  const name = displayName(msg);
  // The thread: the newest reference first (In-Reply-To), then the older ones.
  const refs = [...messageIdsIn(msg.inReplyTo), ...messageIdsIn(msg.references).reverse()];
  for (const ref of refs) {
    const known = index.byMessageId.get(ref);
    if (!known || !index.apps.has(known.applicationId)) continue;
    const app = known.applicationId;
    if (person?.application === app) return { application: app, via: 'thread', person: person.person };
    const recipient = known.recipient ? addressIn(known.recipient) : undefined;
    const ours =
      fromAddress !== undefined &&
      person === undefined &&
      (fromAddress === recipient ||
        index.addressesOf.get(app)?.has(fromAddress) === true ||
        (domain !== '' && !FREE_MAIL.has(domain) && index.domainsOf.get(app)?.has(domain) === true));
    if (ours)
      return { application: app, via: 'thread', ...((name ?? known.recipient) && { person: name ?? known.recipient }) };
    return { application: app, via: 'thread', unverified: { sender: senderOf(msg) } };
  }
  if (person) return { application: person.application, person: person.person, via: 'sender' };
  if (!fromAddress || !domain || FREE_MAIL.has(domain)) return undefined;
  const byDomain = index.byDomain.get(domain);
  if (byDomain) return { application: byDomain, via: 'domain', ...(name && { person: name }) };
  return undefined;
}

/** The bare address in "Maria Chen <maria@acme.example>" or a plain address, lower-cased. */
function addressIn(text: string): string | undefined {
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(text) ?? /([^\s<>,"]+@[^\s<>,"]+)/.exec(text);
  return m ? (m[1] as string).toLowerCase() : undefined;
}

/** `"Maria Chen" <attacker@evil.example>`: the display name and the real address, for the user to judge. */
function senderOf(msg: IncomingRefs): string {
  const name = displayName(msg);
  const address = msg.from?.address ?? '(no From address)';
  return name ? `"${name}" <${address}>` : `<${address}>`;
}

function displayName(msg: IncomingRefs): string | undefined {
  const name = msg.from?.name?.trim().replace(/^"(.*)"$/, '$1');
  return name || undefined;
}
