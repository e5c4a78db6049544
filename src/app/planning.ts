// Plans a document with the user's policy from the config file. Shared by `plan`, `today` and the commands
// that take a STEP id from the plan (`draft`, `send`, `letter`). For a store
// the result is cached by content (see plan-cache.ts), so a large store does not pay for planning each run.
import { readConfig } from '../config/read.js';
import type { Document } from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import type { Plan, Step } from '../core/plan/types.js';
import {
  cacheEnabled,
  cacheFile,
  isTimeInvariant,
  planKey,
  readCachedPlan,
  restate,
  writeCachedPlan,
} from './plan-cache.js';

export async function planWithConfig(
  doc: Document,
  now: string,
  storeDisplay?: string,
  env: Record<string, string | undefined> = process.env,
): Promise<Plan> {
  // The config is checked first, so a bad file is reported before any planning work.
  const config = await readConfig(env);
  const useCache = storeDisplay !== undefined && cacheEnabled(env) && isTimeInvariant(doc);
  let file: string | undefined;
  let key: string | undefined;
  if (useCache) {
    file = cacheFile(storeDisplay, env);
    key = planKey(doc, config.policy);
    // A long-running process (serve, watch) asks again and again: the last plan stays in memory too.
    if (lastPlan?.key === key) return { steps: restate(lastPlan.steps, now) };
    const steps = readCachedPlan(file, key);
    if (steps) {
      lastPlan = { key, steps };
      return { steps: restate(steps, now) };
    }
  }
  // plan.js rather than planner.js: the same planDocument without the policy schema, so zod stays unloaded.
  const { planDocument } = await import('../core/plan/plan.js');
  const plan = planDocument(doc, { now, policy: config.policy });
  if (file && key) {
    writeCachedPlan(file, key, plan.steps);
    lastPlan = { key, steps: plan.steps };
  }
  return plan;
}

/** The last plan read or made, by its key (which hashes the document, the policy and the code). */
let lastPlan: { key: string; steps: Plan['steps'] } | undefined;

/**
 * The plan's step with this id, or a NOT_FOUND error starting with `what` that lists a few open steps
 * (those `usable` accepts) to copy instead.
 */
export function stepById(steps: Step[], id: string, what: string, usable: (s: Step) => boolean = () => true): Step {
  const step = steps.find((s) => s.id === id);
  if (step) return step;
  const open = steps.filter((s) => (s.state === 'pending' || s.state === 'overdue') && usable(s)).map((s) => s.id);
  const hint = open.length
    ? ` (open steps: ${open.slice(0, 6).join(', ')}${open.length > 6 ? ', …' : ''})`
    : ' (list them with `followthrough plan`)';
  throw new FollowthroughError('NOT_FOUND', `${what}: no step "${id}" in the plan${hint}`);
}
