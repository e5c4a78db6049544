// Finding and reading the config file. Light on purpose: the schema (and zod) load only when a file exists,
// so commands on a machine without a config file start fast.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { FollowthroughError } from '../core/errors.js';
import type { Config } from './schema.js';

export type Env = Record<string, string | undefined>;

/** Where the config file is read from (it may not exist). */
export function configPath(env: Env = process.env): string {
  const explicit = env.FOLLOWTHROUGH_CONFIG?.trim();
  if (explicit) return explicit;
  const base = env.XDG_CONFIG_HOME?.trim() || join(env.HOME || homedir(), '.config');
  return join(base, 'followthrough', 'config.json');
}

/** The config file's JSON, or undefined when there is no file (or it is empty). Throws CONFIG errors. */
export function readConfigJson(env: Env = process.env): { path: string; json?: unknown } {
  const path = configPath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path };
    throw new FollowthroughError('CONFIG', `${path}: cannot read the config file: ${code ?? String(err)}`);
  }
  if (!text.trim()) return { path };
  try {
    return { path, json: JSON.parse(text) };
  } catch (err) {
    throw new FollowthroughError('CONFIG', `${path}: not valid JSON: ${(err as Error).message}`);
  }
}

/** `loadConfig` for async callers: loads the schema only when there is a file to check. */
export async function readConfig(env: Env = process.env): Promise<Config> {
  const { path, json } = readConfigJson(env);
  if (json === undefined) return {};
  const { parseConfig } = await import('./schema.js');
  return parseConfig(json, path);
}
