// One SMTP session: connect and log in first, then hand over one message. Keeping the two apart (nodemailer's
// SMTPConnection rather than a transport) lets the sender mark the outbox row "sending" only once the login
// worked, so a wrong password or an unreachable server never leaves a step in the ambiguous state.
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { FollowthroughError } from '../../core/errors.js';
import { describeSmtp, type SmtpSettings, scrub } from './settings.js';

export interface SmtpSession {
  /** Sends one message; resolves with the server's reply once it has accepted it. */
  send(envelope: { from: string; to: string[] }, raw: Buffer): Promise<SmtpAccepted>;
  close(): void;
}

export interface SmtpAccepted {
  response: string;
  accepted: string[];
  rejected: string[];
}

/** An SMTP failure; `delivered` says whether the server may hold the message anyway. */
export class SmtpError extends FollowthroughError {
  /** 'no': the server refused it or never got it; 'unknown': the connection broke while it was handed over. */
  readonly delivered: 'no' | 'unknown';
  constructor(message: string, delivered: 'no' | 'unknown') {
    super('CHANNEL', message);
    this.delivered = delivered;
  }
}

interface NodemailerError extends Error {
  code?: string;
  errno?: string | number;
  originalCode?: string;
  command?: string;
  response?: string;
  responseCode?: number;
}

export interface OpenOptions {
  /** The command name that prefixes error lines. */
  what?: string;
  /** Milliseconds to wait for the connection and greeting (default 15 s). */
  timeout?: number;
}

export async function openSmtp(settings: SmtpSettings, options: OpenOptions = {}): Promise<SmtpSession> {
  const what = options.what ?? 'send';
  const timeout = options.timeout ?? 15_000;
  const connection = new SMTPConnection({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: 60_000,
    logger: false,
    tls: settings.rejectUnauthorized === false ? { rejectUnauthorized: false } : undefined,
  });
  // Errors also arrive through the callbacks; without a listener an 'error' event would crash the process.
  connection.on('error', () => {});
  const fail = (err: unknown, stage: 'connect' | 'login') =>
    new SmtpError(`${what}: ${explain(err as NodemailerError, settings, stage)}`, 'no');

  // SMTPConnection reports connection failures as 'error' events, not through the callbacks.
  const step = (stage: 'connect' | 'login', start: (done: (err?: unknown) => void) => void) =>
    new Promise<void>((resolve, reject) => {
      const onError = (err: unknown) => finish(err);
      const onEnd = () => finish(Object.assign(new Error('the server closed the connection'), { code: 'ECONNECTION' }));
      const finish = (err?: unknown) => {
        connection.off('error', onError);
        connection.off('end', onEnd);
        if (err) reject(fail(err, stage));
        else resolve();
      };
      connection.once('error', onError);
      connection.once('end', onEnd);
      start(finish);
    }).catch((err) => {
      connection.close();
      throw err;
    });

  await step('connect', (done) => connection.connect((err) => done(err)));
  if (settings.user) {
    const auth = { user: settings.user, pass: settings.password ?? '' };
    await step('login', (done) => connection.login(auth, (err) => done(err ?? undefined)));
  }

  return {
    send(envelope, raw) {
      return new Promise<SmtpAccepted>((resolve, reject) => {
        let settled = false;
        const lost = (err: unknown) => {
          if (settled) return;
          settled = true;
          const e = (err ??
            Object.assign(new Error('the server closed the connection'), { code: 'ECONNECTION' })) as NodemailerError;
          reject(
            new SmtpError(
              `${what}: ${explain({ ...e, message: e.message, code: e.code ?? 'ECONNECTION' }, settings, 'send')}`,
              'unknown',
            ),
          );
        };
        connection.once('error', lost);
        connection.once('end', () => lost(undefined));
        connection.send(envelope, raw, (err, info) => {
          connection.off('error', lost);
          if (settled) return;
          settled = true;
          if (err || !info) {
            const e = (err ?? new Error('no reply')) as NodemailerError;
            // A reply code means the server answered and refused; anything else may have happened after the data.
            const refused = typeof e.responseCode === 'number' || e.code === 'EENVELOPE';
            reject(
              new SmtpError(
                `${what}: ${explain(e, settings, 'send')}`,
                refused && e.code !== 'ECONNECTION' ? 'no' : 'unknown',
              ),
            );
            return;
          }
          resolve({ response: info.response, accepted: info.accepted, rejected: info.rejected });
        });
      });
    },
    close() {
      try {
        connection.quit();
      } catch {
        connection.close();
      }
    },
  };
}

/** One line naming the server and user (never the password) and what went wrong. */
export function explain(err: NodemailerError, settings: SmtpSettings, stage: 'connect' | 'login' | 'send'): string {
  const where = describeSmtp(settings);
  const server = `${settings.host}:${settings.port}`;
  const reply = err.response ? ` (${oneLine(scrub(err.response, settings.password))})` : '';
  const system = String(err.originalCode ?? err.errno ?? '');
  if (err.code === 'EAUTH') return `SMTP login failed for ${where}${reply}`;
  if (err.code === 'ENOAUTH') return `the SMTP server at ${server} wants a login: set smtp.user and smtp.password`;
  if (stage !== 'send' || err.code === 'ECONNECTION' || err.code === 'ESOCKET' || err.code === 'ETIMEDOUT') {
    const why =
      system === 'ECONNREFUSED'
        ? 'connection refused'
        : system === 'ENOTFOUND' || err.code === 'EDNS'
          ? 'host not found'
          : err.code === 'ETIMEDOUT' || system === 'ETIMEDOUT'
            ? 'timed out'
            : err.code === 'ETLS'
              ? `TLS failed: ${oneLine(err.message)}`
              : oneLine(scrub(err.message, settings.password));
    if (stage === 'send') return `the connection to the SMTP server at ${server} broke while sending (${why})`;
    return `cannot reach the SMTP server at ${server} (${why})`;
  }
  if (err.code === 'EENVELOPE') return `the SMTP server at ${server} refused the sender or recipients${reply}`;
  return `the SMTP server at ${server} refused the message${reply || ` (${oneLine(err.message)})`}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
