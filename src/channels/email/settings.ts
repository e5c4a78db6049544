// SMTP settings from the config file's `smtp` section or FOLLOWTHROUGH_SMTP_URL (which wins, so a script can
// point one run elsewhere). The password is kept for the connection only: `describe` and every error leave it out.
import type { SmtpConfig } from '../../config/index.js';
import { FollowthroughError } from '../../core/errors.js';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  /** "Name <address>" or a bare address; default: the candidate's name and email. */
  from?: string;
  rejectUnauthorized?: boolean;
}

type Env = Record<string, string | undefined>;

/** The settings to use, or a one-line CONFIG error saying how to provide them. */
export function smtpSettings(config: SmtpConfig | undefined, env: Env): SmtpSettings {
  const url = env.FOLLOWTHROUGH_SMTP_URL?.trim();
  if (url) return { ...fromUrl(url), ...(config?.from && { from: config.from }) };
  if (!config)
    throw new FollowthroughError(
      'CONFIG',
      'send: no SMTP server configured: add an "smtp" section to the config file or set FOLLOWTHROUGH_SMTP_URL=smtp://user:password@host:port',
    );
  const secure = config.secure ?? config.port === 465;
  return {
    host: config.host,
    port: config.port ?? (secure ? 465 : 587),
    secure,
    ...(config.user !== undefined && { user: config.user }),
    ...(config.password !== undefined && { password: config.password }),
    ...(config.from !== undefined && { from: config.from }),
    ...(config.rejectUnauthorized !== undefined && { rejectUnauthorized: config.rejectUnauthorized }),
  };
}

/** smtp://user:pass@host:port (STARTTLS when offered) or smtps://… (TLS from the start, default port 465). */
export function fromUrl(url: string): SmtpSettings {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FollowthroughError('CONFIG', `FOLLOWTHROUGH_SMTP_URL: not a URL: ${maskUrl(url)}`);
  }
  const scheme = parsed.protocol.replace(/:$/, '').toLowerCase();
  if (scheme !== 'smtp' && scheme !== 'smtps')
    throw new FollowthroughError('CONFIG', `FOLLOWTHROUGH_SMTP_URL: must start with smtp:// or smtps://`);
  if (!parsed.hostname) throw new FollowthroughError('CONFIG', 'FOLLOWTHROUGH_SMTP_URL: no host');
  const secure = scheme === 'smtps';
  const settings: SmtpSettings = {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
  };
  if (parsed.username) settings.user = decodeURIComponent(parsed.username);
  if (parsed.password) settings.password = decodeURIComponent(parsed.password);
  const from = parsed.searchParams.get('from');
  if (from) settings.from = from;
  return settings;
}

/** "user dana@example.com at smtp.example.com:587": what error messages name. Never the password. */
export function describeSmtp(settings: Pick<SmtpSettings, 'host' | 'port' | 'user'>): string {
  return `${settings.user ? `user ${settings.user} at ` : ''}${settings.host}:${settings.port}`;
}

/** The URL with any password replaced by ***. */
export function maskUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@/]*@/, '$1***@');
}

/** Removes a secret from text that came from elsewhere (a server's reply, a library's error). */
export function scrub(text: string, secret: string | undefined): string {
  return secret && secret.length >= 3 ? text.split(secret).join('***') : text;
}
