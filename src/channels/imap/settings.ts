// IMAP settings from the config file's `imap` section or FOLLOWTHROUGH_IMAP_URL
// (imap://user:password@host:port/MAILBOX, imaps:// for TLS from the start). The URL wins.
import type { ImapConfig } from '../../config/index.js';
import { FollowthroughError } from '../../core/errors.js';
import { parseServerUrl } from '../server-url.js';

export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password?: string;
  /** Where replies arrive; default INBOX. */
  mailbox: string;
  rejectUnauthorized?: boolean;
}

type Env = Record<string, string | undefined>;

export function imapSettings(config: ImapConfig | undefined, env: Env, what = 'sync'): ImapSettings {
  const url = env.FOLLOWTHROUGH_IMAP_URL?.trim();
  if (url) return fromImapUrl(url);
  if (!config)
    throw new FollowthroughError(
      'CONFIG',
      `${what}: no IMAP server configured: add an "imap" section to the config file or set FOLLOWTHROUGH_IMAP_URL=imap://user:password@host:port/INBOX`,
    );
  if (!config.user) throw new FollowthroughError('CONFIG', 'imap.user: required');
  const secure = config.secure ?? (config.port === undefined || config.port === 993);
  return {
    host: config.host,
    port: config.port ?? (secure ? 993 : 143),
    secure,
    user: config.user,
    ...(config.password !== undefined && { password: config.password }),
    mailbox: config.mailbox || 'INBOX',
    ...(config.rejectUnauthorized !== undefined && { rejectUnauthorized: config.rejectUnauthorized }),
  };
}

export function fromImapUrl(url: string): ImapSettings {
  const server = parseServerUrl(url, 'FOLLOWTHROUGH_IMAP_URL', 'imap', { plain: 143, tls: 993 });
  const { host, port, secure, user, password } = server;
  if (!user) throw new FollowthroughError('CONFIG', 'FOLLOWTHROUGH_IMAP_URL: no user name');
  const mailbox = decodeURIComponent(server.url.pathname.replace(/^\/+/, '')) || 'INBOX';
  return { host, port, secure, user, mailbox, ...(password !== undefined && { password }) };
}

/** "user dana@example.com at imap.example.com:993". Never the password. */
export function describeImap(settings: Pick<ImapSettings, 'host' | 'port' | 'user'>): string {
  return `user ${settings.user} at ${settings.host}:${settings.port}`;
}
