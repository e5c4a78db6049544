// Plans a document with the user's policy from the config file. Shared by `plan` and `today`.
import { loadConfig } from '../../config/index.js';
import type { Document } from '../../core/document/schema.js';
import type { Plan } from '../../core/plan/types.js';

export async function planWithConfig(doc: Document, now: string): Promise<Plan> {
  // The config is checked first, so a bad file is reported before any planning work.
  const config = loadConfig(process.env);
  const { planDocument } = await import('../../core/plan/planner.js');
  return planDocument(doc, { now, policy: config.policy });
}
