// SMTP settings from the config file's `smtp` section or FOLLOWTHROUGH_SMTP_URL (which wins, so a script can
// point one run elsewhere). The password is kept for the connection only: `describe` and every error leave it out.
import type { SmtpConfig } from '../../config/index.js';
import { FollowthroughError } from '../../core/errors.js';
import { parseServerUrl } from '../server-url.js';

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
  const { url: parsed, ...server } = parseServerUrl(url, 'FOLLOWTHROUGH_SMTP_URL', 'smtp', { plain: 587, tls: 465 });
  const settings: SmtpSettings = server;
  const from = parsed.searchParams.get('from');
  if (from) settings.from = from;
  return settings;
}

/** "user dana@example.com at smtp.example.com:587": what error messages name. Never the password. */
export function describeSmtp(settings: Pick<SmtpSettings, 'host' | 'port' | 'user'>): string {
  return `${settings.user ? `user ${settings.user} at ` : ''}${settings.host}:${settings.port}`;
}

/** Removes a secret from text that came from elsewhere (a server's reply, a library's error). */
export function scrub(text: string, secret: string | undefined): string {
  return secret && secret.length >= 3 ? text.split(secret).join('***') : text;
}
