// Every secret the user configured, in every encoding it travels in, and one scrubber that removes them all.
// The CLI passes everything it writes through `Scrubber.scrub` (src/cli/output-guard.ts), so a password that
// reaches a message by any road (a URL that would not parse, a server echoing the AUTH line, a library's
// error text) is replaced before it is printed. Light on purpose: no zod, so `today` stays fast.
import type { Env } from './read.js';

/** A secret and the user name it goes with (SMTP AUTH PLAIN carries both). */
export interface Secret {
  value: string;
  user?: string;
}

/** The env variables that hold server URLs with credentials. */
export const URL_VARIABLES = ['FOLLOWTHROUGH_SMTP_URL', 'FOLLOWTHROUGH_IMAP_URL', 'DATABASE_URL', 'FOLLOWTHROUGH_DB'];

/** Keys whose string values are secrets wherever they appear in the config file. */
export const SECRET_KEY =
  /^(password|passwd|pass|pwd|apikey|api[-_]?key|x-api-key|key|token|access[-_]?token|secret|client[-_]?secret|authorization|proxy-authorization|cookie|bearer|credentials?)$/i;

/** Sections whose every string value is a secret (HTTP headers carry keys under many names). */
export const SECRET_SECTION = /^(headers|auth)$/i;

/** Shorter than this, a "secret" would blank ordinary words of the output; such passwords are not scrubbed. */
const MIN_LENGTH = 3;

/**
 * The credentials of a URL, even one `new URL` refuses (a password with a raw `/` or `@`): the user info runs
 * from `://` to the last `@` before the host.
 */
export function urlCredentials(url: string): Secret | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(.*)@[^@]*$/is.exec(url.trim());
  if (!m) return undefined;
  const info = m[1] as string;
  const colon = info.indexOf(':');
  if (colon < 0) return undefined;
  return { value: info.slice(colon + 1), user: info.slice(0, colon) };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Every form a secret can travel in: raw, URL-decoded and -encoded, and the base64 of the SMTP/IMAP AUTH lines. */
export function secretForms(secret: Secret): string[] {
  const forms = new Set<string>();
  const users = new Set([secret.user ?? '', decode(secret.user ?? '')]);
  for (const value of new Set([secret.value, decode(secret.value)])) {
    forms.add(value);
    forms.add(encodeURIComponent(value));
    forms.add(base64(value)); // AUTH LOGIN sends the password alone
    for (const user of users) {
      forms.add(base64(`\0${user}\0${value}`)); // AUTH PLAIN
      forms.add(base64(`${user}\0${user}\0${value}`));
      if (user) {
        forms.add(base64(`${user}:${value}`)); // HTTP Basic
        forms.add(`${user}:${value}`);
      }
    }
  }
  return [...forms].filter((f) => f.length >= MIN_LENGTH);
}

/** The secrets of a config file's JSON: the known keys, every value under `headers`, URL credentials. */
export function configSecrets(json: unknown): Secret[] {
  const found: Secret[] = [];
  const walk = (value: unknown, key: string, all: boolean, user?: string): void => {
    if (typeof value === 'string') {
      if (all || SECRET_KEY.test(key)) {
        found.push({ value, ...(user && { user }) });
        // "Bearer abc": the token alone may also be echoed.
        const token = /^(bearer|basic|token)\s+(.+)$/i.exec(value);
        if (token) found.push({ value: token[2] as string });
      }
      const credentials = urlCredentials(value);
      if (credentials) found.push(credentials);
      for (const m of value.matchAll(/[?&](?:key|api[-_]?key|token|access_token|secret)=([^&#\s]+)/gi))
        found.push({ value: m[1] as string });
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) walk(v, key, all);
      return;
    }
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const sectionUser = typeof record.user === 'string' ? record.user : undefined;
      for (const [k, v] of Object.entries(record)) walk(v, k, all || SECRET_SECTION.test(k), sectionUser);
    }
  };
  walk(json, '', false);
  return found;
}

/** The secrets in the env's server URLs and in command-line arguments that are URLs (`--db postgres://…`). */
export function envSecrets(env: Env, argv: readonly string[] = []): Secret[] {
  const found: Secret[] = [];
  for (const name of URL_VARIABLES) {
    const credentials = env[name] ? urlCredentials(env[name] as string) : undefined;
    if (credentials) found.push(credentials);
  }
  for (const arg of argv) {
    const credentials = urlCredentials(arg.replace(/^--[a-z-]+=/, ''));
    if (credentials) found.push(credentials);
  }
  return found;
}

/** Replaces every form of every secret by `***`, longest first so no part of a longer form is left over. */
export class Scrubber {
  private readonly forms: string[];

  constructor(secrets: Iterable<Secret>) {
    const forms = new Set<string>();
    for (const secret of secrets) for (const form of secretForms(secret)) forms.add(form);
    this.forms = [...forms].sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.forms.length === 0;
  }

  scrub(text: string): string {
    let out = text;
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join('***');
    return out;
  }
}
