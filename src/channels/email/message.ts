// Builds the outgoing email: addresses, threading headers and the RFC 5322 bytes (nodemailer's MailComposer),
// shared by `send`, `send --dry-run` and `export-eml` so all three produce the same message.
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { formatWhen } from '../../core/calendar/format-when.js';
import type { Application, Document } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';

export interface Address {
  name?: string;
  address: string;
}

export interface OutgoingMail {
  from: Address;
  to: Address[];
  /** Others on the step (an offer notice goes to the contact, copying the interviewer): the greeting is to `to`. */
  cc?: Address[];
  subject: string;
  text: string;
  /** With angle brackets: <…@domain>. */
  messageId: string;
  date: Date;
  /** The latest earlier message in the thread. */
  inReplyTo?: string;
  /** Every earlier message in the thread, oldest first. */
  references?: string[];
}

/** Everyone the message goes to: To, then Cc. */
export function allRecipients(mail: Pick<OutgoingMail, 'to' | 'cc'>): Address[] {
  return [...mail.to, ...(mail.cc ?? [])];
}

const BARE_ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/** "Dana Reyes <dana@example.com>" or "dana@example.com". Returns undefined when it is neither. */
export function parseAddress(text: string): Address | undefined {
  const trimmed = text.trim();
  const angled = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  if (angled) {
    const address = (angled[2] ?? '').trim();
    const name = (angled[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
    if (!BARE_ADDRESS.test(address)) return undefined;
    return name ? { name, address } : { address };
  }
  return BARE_ADDRESS.test(trimmed) ? { address: trimmed } : undefined;
}

/** The From address: the smtp `from` setting, else the candidate's name and email, else the SMTP user. */
export function senderAddress(doc: Document, settings: { from?: string; user?: string }): Address {
  if (settings.from) {
    const parsed = parseAddress(settings.from);
    if (!parsed) throw new FollowthroughError('CONFIG', `smtp.from: not an email address: "${settings.from}"`);
    return parsed.name ? parsed : { name: doc.candidate.name, address: parsed.address };
  }
  const own = doc.candidate.email ?? settings.user;
  const parsed = own ? parseAddress(own) : undefined;
  if (!parsed)
    throw new FollowthroughError(
      'CONFIG',
      'send: no From address: set your email with `followthrough init --email ADDRESS` or smtp.from in the config file',
    );
  return { name: doc.candidate.name, address: parsed.address };
}

/** The email address of a person named in the application (interviewer or status contact), if known. */
export function personEmail(app: Application, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  for (const interview of app.interviews) {
    for (const person of [...interview.interviewers, ...(interview.contact ? [interview.contact] : [])]) {
      if (person.name.trim().toLowerCase() === wanted && person.email) return person.email.trim();
    }
  }
  return undefined;
}

/** Recipients for a step's people; fails naming the person whose address is missing. */
export function recipientAddresses(app: Application, names: string[], known: Record<string, string> = {}): Address[] {
  if (names.length === 0)
    throw new FollowthroughError('INVALID_ARGUMENT', `send: the step has nobody to write to (application "${app.id}")`);
  return names.map((name) => {
    const email = known[name] ?? personEmail(app, name);
    const parsed = email ? parseAddress(email) : undefined;
    if (!parsed)
      throw new FollowthroughError(
        'INVALID_ARGUMENT',
        email
          ? `send: "${email}" is not an email address (${name}, application "${app.id}")`
          : `send: no email address for ${name} in application "${app.id}"; add it (e.g. followthrough add --interviewer "${name} <name@company.com>")`,
      );
    return { name, address: parsed.address };
  });
}

/** A globally unique Message-ID on the sender's domain, chosen before sending so a retry can look it up. */
export function newMessageId(fromAddress: string, random: Buffer = randomBytes(9)): string {
  const domain = fromAddress.split('@')[1] || 'followthrough.invalid';
  return `<ft.${Date.now().toString(36)}.${random.toString('hex')}@${domain}>`;
}

/** "Re: <first subject>" once, however many touches came before. */
export function replySubject(subject: string): string {
  const base = subject.replace(/^\s*((re|aw|sv|fwd?)\s*:\s*)+/i, '').trim();
  return `Re: ${base}`;
}

export interface ThreadInfo {
  subject: string;
  messageIds: string[];
}

/** Adds threading to a message when earlier ones went to the same person: Re: subject, In-Reply-To, References. */
export function threaded(mail: OutgoingMail, thread: ThreadInfo | undefined): OutgoingMail {
  if (!thread || thread.messageIds.length === 0) return mail;
  const ids = [...new Set(thread.messageIds)].filter((id) => id !== mail.messageId);
  if (ids.length === 0) return mail;
  return { ...mail, subject: replySubject(thread.subject), inReplyTo: ids.at(-1), references: ids };
}

/** The message as RFC 5322 bytes (CRLF line ends, MIME-encoded), what the SMTP server and .eml files get. */
export function renderMessage(mail: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.from,
    to: mail.to,
    ...(mail.cc?.length && { cc: mail.cc }),
    subject: mail.subject,
    text: mail.text.endsWith('\n') ? mail.text : `${mail.text}\n`,
    messageId: mail.messageId,
    date: mail.date,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    textEncoding: 'quoted-printable',
    xMailer: 'Followthrough',
  });
  return composer.compile().build();
}

function formatAddress(a: Address): string {
  return a.name ? `${/[",;<>@()]/.test(a.name) ? JSON.stringify(a.name) : a.name} <${a.address}>` : a.address;
}

/**
 * The message as a person reads it: the main headers, a blank line, the body (for --dry-run). The date is
 * shown in `zone`, the candidate's (the message itself carries it in RFC 5322 form).
 */
export function previewMessage(mail: OutgoingMail, zone = 'UTC'): string {
  const lines = [
    `From: ${formatAddress(mail.from)}`,
    `To: ${mail.to.map(formatAddress).join(', ')}`,
    ...(mail.cc?.length ? [`Cc: ${mail.cc.map(formatAddress).join(', ')}`] : []),
    `Subject: ${mail.subject}`,
    `Date: ${formatWhen(mail.date.toISOString(), zone)} (${zone})`,
    `Message-ID: ${mail.messageId}`,
  ];
  if (mail.inReplyTo) lines.push(`In-Reply-To: ${mail.inReplyTo}`);
  if (mail.references?.length) lines.push(`References: ${mail.references.join(' ')}`);
  return `${lines.join('\n')}\n\n${mail.text.replace(/\n+$/, '')}\n`;
}

/**
 * A mailto: link (RFC 6068) that opens the message in the user's own mail program: for the web front end and
 * for people who prefer to send from their own client. Spaces are %20, never "+", which mail clients show as is.
 */
export function mailtoUrl(mail: Pick<OutgoingMail, 'to' | 'cc' | 'subject' | 'text'>): string {
  const list = (addresses: Address[]) =>
    addresses.map((a) => encodeURIComponent(a.address).replace(/%40/g, '@')).join(',');
  const body = mail.text.replace(/\r?\n/g, '\r\n');
  const cc = mail.cc?.length ? `&cc=${list(mail.cc)}` : '';
  return `mailto:${list(mail.to)}?subject=${encodeURIComponent(mail.subject)}${cc}&body=${encodeURIComponent(body)}`;
}
