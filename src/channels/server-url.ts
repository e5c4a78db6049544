// The mail server URLs the env variables hold (smtp://, smtps://, imap://, imaps://): one parser, so SMTP and
// IMAP read host, port, TLS and credentials alike and no error ever shows the password.
import { FollowthroughError } from '../core/errors.js';

export interface ServerUrl {
  host: string;
  port: number;
  /** TLS from the first byte: the scheme ends in "s". */
  secure: boolean;
  user?: string;
  password?: string;
  /** The parsed URL, for the parts only one protocol uses (a mailbox path, a `from` parameter). */
  url: URL;
}

/**
 * Parses `url` from the env variable `variable` for `scheme` (or `${scheme}s`), with the protocol's default
 * ports. Throws a one-line CONFIG error naming the variable.
 */
export function parseServerUrl(
  url: string,
  variable: string,
  scheme: string,
  defaultPort: { plain: number; tls: number },
): ServerUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FollowthroughError('CONFIG', `${variable}: not a URL: ${maskUrl(url)}`);
  }
  const given = parsed.protocol.replace(/:$/, '').toLowerCase();
  if (given !== scheme && given !== `${scheme}s`)
    throw new FollowthroughError('CONFIG', `${variable}: must start with ${scheme}:// or ${scheme}s://`);
  if (!parsed.hostname) throw new FollowthroughError('CONFIG', `${variable}: no host`);
  const secure = given === `${scheme}s`;
  const server: ServerUrl = {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : secure ? defaultPort.tls : defaultPort.plain,
    secure,
    url: parsed,
  };
  if (parsed.username) server.user = decodeURIComponent(parsed.username);
  if (parsed.password) server.password = decodeURIComponent(parsed.password);
  return server;
}

/** The URL with any password replaced by ***. */
export function maskUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@/]*@/, '$1***@');
}
