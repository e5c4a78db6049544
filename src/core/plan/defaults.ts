// The planner's rules as it runs them: the defaults (each from ADVICE.md; docs/POLICY.md explains them) and
// the overlay of the user's keys. Kept apart from policy.ts, the zod schema that checks the config file, so
// planning never loads zod.
import type { z } from 'zod';
import type { policySchema } from './policy.js';

export type Policy = Required<z.output<typeof policySchema>>;

export const DEFAULT_POLICY: Policy = Object.freeze({
  thankYouChannel: 'email', // ADVICE: email is the default; 94% of managers find it appropriate
  thankYouMaxHours: 48, // ADVICE: same day or next, never later than 48 hours
  noTimelineDays: 14, // ADVICE: about two weeks with no timeline; never sooner than a week
  fewDaysDays: 7, // ADVICE: "within a few days" → about a week after the interview
  afterStatedBusinessDays: 1, // ADVICE: one business day after the date they gave
  followUpSpacingDays: 10, // ADVICE: every week and a half or so
  longProcessSpacingDays: 14, // ADVICE: not weekly when the process is long
  longProcessThresholdDays: 30,
  maxTouches: 3, // ADVICE: rule of three
  moveOnAfterDays: 14, // most candidates lose interest after two weeks of silence
  silenceStopDays: 60, // ADVICE: a month or two of silence → stop
  nextRoundCheckInDays: 7,
  offerNoticeBusinessDays: 3, // ADVICE: tell them before the deadline so they know time matters
  graciousCloseBusinessDays: 1, // a short reply while the news is fresh
  sendWindow: Object.freeze({ start: '09:00', end: '11:00' }),
}) as Policy;

/** Defaults overlaid with the given keys (undefined keys keep the default). */
export function resolvePolicy(overrides: Partial<Policy> | undefined): Policy {
  if (!overrides) return DEFAULT_POLICY;
  const out: Record<string, unknown> = { ...DEFAULT_POLICY };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) out[key] = value;
  const policy = out as Policy;
  // The advice's floor: never check in sooner than a week, whatever the caller passed.
  if (policy.noTimelineDays < 7) policy.noTimelineDays = 7;
  if (policy.maxTouches < 1) policy.maxTouches = 1;
  return policy;
}
