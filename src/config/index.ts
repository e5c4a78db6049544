// The user's config file: JSON at $FOLLOWTHROUGH_CONFIG, else $XDG_CONFIG_HOME/followthrough/config.json
// (~/.config/followthrough/config.json). Sections: policy, smtp, imap, llm; all optional; a missing file
// is an empty config. Invalid files fail with one CONFIG error line per problem, naming the key (exit 2).
import { configPath, type Env, readConfig, readConfigJson } from './read.js';
import { type Config, parseConfig } from './schema.js';

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
