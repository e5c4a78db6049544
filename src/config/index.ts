// The user's config file: JSON at $FOLLOWTHROUGH_CONFIG, else $XDG_CONFIG_HOME/followthrough/config.json
// (~/.config/followthrough/config.json). Every section is optional; a missing file is an empty config.
// Unknown keys are refused so a typo ("pasword") is reported instead of silently ignored.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { formatIssues } from '../core/document/parse.js';
import { FollowthroughError } from '../core/errors.js';
import { policySchema } from '../core/plan/policy.js';

const port = z.number().int().min(1).max(65535);

export const smtpSchema = z.strictObject({
  host: z.string().min(1),
  port: port.optional(),
  /** true: TLS from the start (port 465); false: STARTTLS when offered. */
  secure: z.boolean().optional(),
  user: z.string().optional(),
  password: z.string().optional(),
  /** The From address, e.g. "Dana Reyes <dana@example.com>"; default: the candidate's name and email. */
  from: z.string().optional(),
  /** Accept self-signed certificates (test servers only). */
  rejectUnauthorized: z.boolean().optional(),
});

export const imapSchema = z.strictObject({
  host: z.string().min(1),
  port: port.optional(),
  secure: z.boolean().optional(),
  user: z.string().optional(),
  password: z.string().optional(),
  /** Where replies arrive (default INBOX). */
  mailbox: z.string().optional(),
  rejectUnauthorized: z.boolean().optional(),
});

/** An optional language-model endpoint; the product works fully without one. */
export const llmSchema = z.looseObject({
  provider: z.string().optional(),
  url: z.string().optional(),
  model: z.string().optional(),
  apiKey: z.string().optional(),
});

export const configSchema = z.strictObject({
  policy: policySchema.strict().optional(),
  smtp: smtpSchema.optional(),
  imap: imapSchema.optional(),
  llm: llmSchema.optional(),
});

export type Config = z.output<typeof configSchema>;
export type SmtpConfig = z.output<typeof smtpSchema>;
export type ImapConfig = z.output<typeof imapSchema>;
export type LlmConfig = z.output<typeof llmSchema>;

type Env = Record<string, string | undefined>;

/** Where the config file is read from (it may not exist). */
export function configPath(env: Env = process.env): string {
  const explicit = env.FOLLOWTHROUGH_CONFIG?.trim();
  if (explicit) return explicit;
  const base = env.XDG_CONFIG_HOME?.trim() || join(env.HOME || homedir(), '.config');
  return join(base, 'followthrough', 'config.json');
}

/** Validates a parsed config object; problems name each key, prefixed with `source`. */
export function parseConfig(input: unknown, source = 'config'): Config {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = formatIssues(result.error.issues).map((p) => `${source}: ${p}`);
  throw new FollowthroughError('CONFIG', problems[0] ?? `${source}: invalid`, { problems });
}

/** Reads and validates the config file; a missing file is an empty config. Throws CONFIG errors (exit 2). */
export function loadConfig(env: Env = process.env): Config {
  const path = configPath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {};
    throw new FollowthroughError('CONFIG', `${path}: cannot read the config file: ${code ?? String(err)}`);
  }
  if (!text.trim()) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new FollowthroughError('CONFIG', `${path}: not valid JSON: ${(err as Error).message}`);
  }
  return parseConfig(json, path);
}

const SECRET_KEYS = /^(password|pass|apikey|api_key|token|secret)$/i;

/** A copy safe to print: every password, key or token replaced by asterisks. */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(maskSecrets) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = SECRET_KEYS.test(key) && typeof v === 'string' ? '********' : maskSecrets(v);
    }
    return out as T;
  }
  return value;
}
