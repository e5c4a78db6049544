// The config file's format: every section optional, unknown keys refused so a typo ("pasword") is
// reported instead of silently ignored. The planner's own schema validates the `policy` section.
import { z } from 'zod';
import { formatIssues } from '../core/document/issues.js';
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

/** Validates a parsed config object; problems name each key, prefixed with `source`. */
export function parseConfig(input: unknown, source = 'config'): Config {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = formatIssues(result.error.issues, input).map((p) => `${source}: ${p}`);
  throw new FollowthroughError('CONFIG', problems[0] ?? `${source}: invalid`, { problems });
}
