// The planner's tunable rules as the config file's `policy` section states them, validated with
// `policySchema` (every key optional). The defaults, each from ADVICE.md, are in defaults.ts; docs/POLICY.md
// explains each key and why.
import { z } from 'zod';

const clock = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'expected a time like 09:00');
const days = (min: number, max: number) => z.number().int().min(min).max(max);

export const policySchema = z
  .object({
    /** How thank-you notes go out by default; an employer who asked for post always gets a letter. */
    thankYouChannel: z.enum(['email', 'mail']),
    /** Hard ceiling on a thank-you's due time, counted from the interview. */
    thankYouMaxHours: z.number().int().min(12).max(48),
    /** First check-in when no timeline was given (or it could not be read). Never under a week. */
    noTimelineDays: z
      .number()
      .int()
      .min(7, 'must be at least 7: never check in sooner than a week after the interview')
      .max(60),
    /** First check-in after "within a few days", counted from the interview. */
    fewDaysDays: days(3, 21),
    /** Business days to wait after the date they gave before checking in. */
    afterStatedBusinessDays: days(1, 10),
    /** Calendar days between later status touches. */
    followUpSpacingDays: days(5, 45),
    /** Minimum calendar days between two touches when they described a long process. */
    longProcessSpacingDays: days(7, 90),
    /** A process this long or longer (in days) counts as long. */
    longProcessThresholdDays: days(14, 365),
    /** Rule of three: unanswered status touches before moving on. */
    maxTouches: days(1, 6),
    /** Days after the last touch before the move-on day. */
    moveOnAfterDays: days(1, 60),
    /** Stop after this many days of silence since they last spoke (or since the date they gave). */
    silenceStopDays: days(14, 120),
    /** The scheduling check-in after they announced another round but none is recorded yet. */
    nextRoundCheckInDays: days(3, 30),
    /** Business days before a competing offer's deadline by which the other employers should know. */
    offerNoticeBusinessDays: days(1, 10),
    /** Business days after a rejection for the gracious reply (also never later than 72 hours). */
    graciousCloseBusinessDays: days(1, 3),
    /** The morning window, local to the candidate, in which check-ins and follow-ups go out. */
    sendWindow: z
      .object({ start: clock, end: clock })
      .refine((w) => minutes(w.end) > minutes(w.start), { message: 'end must be later than start' }),
  })
  .partial();

export type PolicyInput = z.input<typeof policySchema>;

// The defaults live in a module without zod, so planning does not load the validator.
export { DEFAULT_POLICY, type Policy, resolvePolicy } from './defaults.js';

function minutes(value: string): number {
  const [h = '0', m = '0'] = value.split(':');
  return Number(h) * 60 + Number(m);
}
