// The user's config file: JSON at $FOLLOWTHROUGH_CONFIG, else $XDG_CONFIG_HOME/followthrough/config.json
// (~/.config/followthrough/config.json). Sections: policy, smtp, imap, llm; all optional; a missing file
// is an empty config. Invalid files fail with one CONFIG error line per problem, naming the key (exit 2).
import { configPath, type Env, readConfig, readConfigJson } from './read.js';
import { type Config, parseConfig } from './schema.js';
import { configSecrets, Scrubber, SECRET_KEY, SECRET_SECTION } from './secrets.js';

export {
  type Config,
  configSchema,
  type ImapConfig,
  imapSchema,
  type LlmConfig,
  llmSchema,
  parseConfig,
  type SmtpConfig,
  smtpSchema,
} from './schema.js';
export { configPath, readConfig };

/** Reads and validates the config file; a missing file is an empty config. Throws CONFIG errors (exit 2). */
export function loadConfig(env: Env = process.env): Config {
  const { path, json } = readConfigJson(env);
  return json === undefined ? {} : parseConfig(json, path);
}

/**
 * A copy safe to print: every password, key, token or header value replaced by asterisks, at any depth
 * (an `llm.headers.Authorization` as much as `smtp.password`), and the password of any URL masked.
 */
export function maskSecrets<T>(value: T, inSecretSection = false): T {
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, inSecretSection)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const section = inSecretSection || SECRET_SECTION.test(key);
      out[key] = typeof v === 'string' && (section || SECRET_KEY.test(key)) ? '********' : maskSecrets(v, section);
    }
    return out as T;
  }
  if (typeof value === 'string') return new Scrubber(configSecrets(value)).scrub(value) as T;
  return value;
}
