// Plans a document with the user's policy from the config file. Shared by `plan` and `today`. For a store
// the result is cached by content (see plan-cache.ts), so a large store does not pay for planning each run.
import { readConfig } from '../../config/read.js';
import type { Document } from '../../core/document/schema.js';
import type { Plan } from '../../core/plan/types.js';
import {
  cacheEnabled,
  cacheFile,
  isTimeInvariant,
  planKey,
  readCachedPlan,
  restate,
  writeCachedPlan,
} from '../plan-cache.js';

export async function planWithConfig(doc: Document, now: string, storeDisplay?: string): Promise<Plan> {
  // The config is checked first, so a bad file is reported before any planning work.
  const config = await readConfig(process.env);
  const useCache = storeDisplay !== undefined && cacheEnabled() && isTimeInvariant(doc);
  let file: string | undefined;
  let key: string | undefined;
  if (useCache) {
    file = cacheFile(storeDisplay);
    key = planKey(doc, config.policy);
    const steps = readCachedPlan(file, key);
    if (steps) return { steps: restate(steps, now) };
  }
  // plan.js rather than planner.js: the same planDocument without the policy schema, so zod stays unloaded.
  const { planDocument } = await import('../../core/plan/plan.js');
  const plan = planDocument(doc, { now, policy: config.policy });
  if (file && key) writeCachedPlan(file, key, plan.steps);
  return plan;
}
