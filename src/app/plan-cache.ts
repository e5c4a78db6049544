// A cache of the last plan made for a store, so `today` and `plan` on a large store need neither the planner
// nor its holiday tables on most runs. It is keyed by a hash of the whole document, the policy and the
// code that made it, so any change to either makes a fresh plan; states (pending/overdue) are recomputed
// from `now` on every read. Set FOLLOWTHROUGH_NO_CACHE=1 to bypass it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../core/document/schema.js';
import type { Step } from '../core/plan/types.js';

const FORMAT = 1;

type Env = Record<string, string | undefined>;

export function cacheEnabled(env: Env = process.env): boolean {
  const v = env.FOLLOWTHROUGH_NO_CACHE;
  return v === undefined || v === '' || v === '0';
}

/** $XDG_CACHE_HOME/followthrough (default ~/.cache/followthrough). */
export function cacheDir(env: Env = process.env): string {
  const base = env.XDG_CACHE_HOME?.trim() || join(env.HOME || homedir(), '.cache');
  return join(base, 'followthrough');
}

/** One cache file per store (its display name is the path or the masked URL). */
export function cacheFile(storeDisplay: string, env: Env = process.env): string {
  const id = createHash('sha256').update(storeDisplay).digest('hex').slice(0, 16);
  return join(cacheDir(env), `plan-${id}.json`);
}

/**
 * Whether the plan of `doc` depends on the clock only through each step's state. Competing offers (their
 * notices start "now" and vanish after the deadline) and applications without any date are planned afresh.
 */
export function isTimeInvariant(doc: Document): boolean {
  if (doc.offers.length > 0) return false;
  return doc.applications.every((a) => a.interviews.length > 0 || a.events.length > 0);
}

/** Changes whenever the code is rebuilt: the size and time of the file holding this module. */
function codeIdentity(): string {
  try {
    const s = statSync(fileURLToPath(import.meta.url));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

export function planKey(doc: Document, policy: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, codeIdentity(), policy ?? null, doc]))
    .digest('hex');
}

/** The steps with pending/overdue re-derived for `now` (done and cancelled never depend on the clock). */
export function restate(steps: Step[], now: string): Step[] {
  const nowMs = Date.parse(now);
  return steps.map((s) =>
    s.state === 'pending' || s.state === 'overdue'
      ? { ...s, state: Date.parse(s.due) < nowMs ? 'overdue' : 'pending' }
      : s,
  );
}

export function readCachedPlan(file: string, key: string): Step[] | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; steps?: Step[] };
    return cached.key === key && Array.isArray(cached.steps) ? cached.steps : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only costs time on the next run. */
export function writeCachedPlan(file: string, key: string, steps: Step[]): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key, steps }));
    renameSync(tmp, file);
  } catch {
    // ignored on purpose
  }
}
