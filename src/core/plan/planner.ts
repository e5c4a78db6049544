// The planner's public face (see plan.ts for the work): planDocument, the default policy and the zod
// schema the config file's `policy` section is checked with.
export { type PlanOptions, planApplication, planDocument } from './plan.js';
export { DEFAULT_POLICY, type Policy, policySchema } from './policy.js';
