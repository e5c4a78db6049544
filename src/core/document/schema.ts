// The public document format (CONTRACT.md §1, version 1). Field names are a fixed interface:
// add fields freely, never rename or drop one.
import { z } from 'zod';

const isoDateTime = z
  .string()
  .max(64)
  .refine((s) => z.iso.datetime({ offset: true }).safeParse(s).success, {
    message: 'not an ISO 8601 date-time with offset (e.g. 2026-01-05T10:00:00-06:00)',
  });
const isoDate = z
  .string()
  .max(64)
  .refine((s) => z.iso.date().safeParse(s).success, {
    message: 'not an ISO 8601 date (YYYY-MM-DD)',
  });
const isoDateOrDateTime = z
  .string()
  .max(64)
  .refine((s) => z.iso.date().safeParse(s).success || z.iso.datetime({ offset: true }).safeParse(s).success, {
    message: 'not an ISO 8601 date or date-time',
  });

/**
 * Field limits (docs/FORMAT.md): every text has a ceiling, so no field can make the drafts, the letter or
 * the reviewer slow, and a lone surrogate (half of a UTF-16 pair) is refused rather than mangled on export.
 */
export const LIMITS = {
  name: 200,
  email: 254,
  phone: 50,
  short: 200,
  address: 500,
  item: 500,
  expected: 500,
  quote: 1000,
  signature: 1000,
  note: 5000,
  listing: 20_000,
  messageId: 998,
  list: 200,
  applications: 100_000,
  interviews: 100,
  events: 10_000,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function text(max: number) {
  return z
    .string()
    .max(max, `too long: at most ${max} characters`)
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'contains a lone surrogate (not valid Unicode text)' });
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters on purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** One line of text (a name, a title, an address for mail): no line breaks or other control characters. */
function line(max: number) {
  return text(max).refine((s) => !CONTROL.test(s), {
    message: 'must be one line, without line breaks or control characters',
  });
}
const textList = (max: number = LIMITS.item) =>
  z.array(text(max)).max(LIMITS.list, `too many: at most ${LIMITS.list}`).default([]);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, `too many: at most ${max}`);

export const FOLLOW_UP_CHANNELS = ['email', 'phone', 'mail', 'portal'] as const;
export const APPLICATION_STATUSES = ['active', 'offer', 'rejected', 'withdrawn', 'closed'] as const;
export const EVENT_TYPES = ['sent', 'called', 'replied', 'next-round', 'offer', 'rejected', 'withdrawn'] as const;
export const MESSAGE_KINDS = ['thank-you', 'check-in', 'follow-up', 'offer-notice', 'gracious-close'] as const;
export const INTERVIEW_FORMATS = ['phone', 'video', 'onsite'] as const;

export const testimonialSchema = z.strictObject({
  quote: text(LIMITS.quote).min(1),
  author: line(LIMITS.short).optional(),
  date: isoDate.optional(),
});

export const candidateSchema = z.strictObject({
  name: line(LIMITS.name).min(1, 'required'),
  email: line(LIMITS.email).optional(),
  phone: line(LIMITS.phone).optional(),
  address: text(LIMITS.address).optional(),
  timezone: text(LIMITS.short)
    .refine((tz) => isValidZone(tz), { message: 'not an IANA time zone (e.g. America/Chicago)' })
    .optional(),
  country: text(LIMITS.short)
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'not an ISO 3166-1 code (e.g. US or US-CA)')
    .default('US'),
  achievements: textList(),
  testimonials: list(testimonialSchema, LIMITS.list).default([]),
  signature: text(LIMITS.signature).optional(),
});

export const personSchema = z.strictObject({
  name: line(LIMITS.name).min(1, 'required'),
  title: line(LIMITS.short).optional(),
  email: line(LIMITS.email).optional(),
  phone: line(LIMITS.phone).optional(),
  address: text(LIMITS.address).optional(),
});

const localId = text(LIMITS.short).regex(
  /^[a-z0-9][a-z0-9-]*$/,
  'must be a slug: lower-case letters, digits and dashes',
);

export const interviewerSchema = personSchema.extend({
  /** Stable within its interview: thank-you step ids use it, so renaming a person keeps the step's id. */
  id: localId.optional(),
  topics: textList(),
});

export const nextStepsSchema = z.strictObject({
  expected: text(LIMITS.expected).optional(),
  roundsRemaining: z.number().int().min(0).optional(),
  referenceChecks: z.boolean().optional(),
  channel: z.enum(FOLLOW_UP_CHANNELS).default('email'),
});

export const debriefSchema = z.strictObject({
  wentWell: textList(),
  wentPoorly: textList(),
  stoodOut: textList(),
  forgotToMention: textList(),
});

export const interviewSchema = z.strictObject({
  /** Stable within its application (default: its position when first stored), so step ids survive edits. */
  id: localId.optional(),
  at: isoDateTime,
  round: z.number().int().min(1).optional(),
  format: z.enum(INTERVIEW_FORMATS).optional(),
  interviewers: list(interviewerSchema, LIMITS.list).default([]),
  contact: personSchema.optional(),
  nextSteps: nextStepsSchema.default({ channel: 'email' }),
  debrief: debriefSchema.default({ wentWell: [], wentPoorly: [], stoodOut: [], forgotToMention: [] }),
});

export const eventSchema = z.strictObject({
  at: isoDateTime,
  type: z.enum(EVENT_TYPES),
  kind: z.enum(MESSAGE_KINDS).optional(),
  to: text(LIMITS.address).optional(),
  from: text(LIMITS.address).optional(),
  note: text(LIMITS.note).optional(),
  /** Set by channels: the Message-ID of a sent email, for threading and reply matching. */
  messageId: text(LIMITS.messageId).optional(),
  /** Set by `sync` on a `replied` event that was an automatic reply (out of office): a pause, not an answer. */
  autoReply: z.boolean().optional(),
  /** The plan step this event settles (set by send and `done`), so renames and edits never detach it. */
  step: text(LIMITS.address).optional(),
  /** With autoReply: the return date the auto-reply states (YYYY-MM-DD, candidate's zone); touches wait until then. */
  pausedUntil: isoDate.optional(),
});

/** What the person decided about one step of the plan: wait until a day, or leave it out. */
export const stepChoiceSchema = z.strictObject({
  snoozedUntil: isoDate.optional(),
  skipped: z.boolean().optional(),
});

export const applicationSchema = z.strictObject({
  id: text(LIMITS.short)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a slug: lower-case letters, digits and dashes')
    .optional(),
  company: line(LIMITS.name).min(1, 'required'),
  role: line(LIMITS.name).min(1, 'required'),
  listing: text(LIMITS.listing).optional(),
  status: z.enum(APPLICATION_STATUSES).default('active'),
  companyAddress: text(LIMITS.address).optional(),
  interviews: list(interviewSchema, LIMITS.interviews).default([]),
  events: list(eventSchema, LIMITS.events).default([]),
  /** The person's choices per step id (`snooze`, `skip`); absent when there are none. */
  steps: z.record(text(LIMITS.address), stepChoiceSchema).optional(),
});

export const offerSchema = z.strictObject({
  company: line(LIMITS.name).min(1, 'required'),
  decideBy: isoDateOrDateTime,
});

export const documentSchema = z.strictObject({
  version: z.literal(1, { message: 'must be 1' }),
  candidate: candidateSchema,
  applications: list(applicationSchema, LIMITS.applications).default([]),
  offers: list(offerSchema, LIMITS.list).default([]),
});

export type DocumentInput = z.input<typeof documentSchema>;
/** A parsed document: defaults filled in; `id` may still be missing until `normalizeDocument`. */
export type ParsedDocument = z.output<typeof documentSchema>;
export type Candidate = z.output<typeof candidateSchema>;
export type Person = z.output<typeof personSchema>;
export type Interviewer = z.output<typeof interviewerSchema>;
export type Interview = z.output<typeof interviewSchema>;
export type NextSteps = z.output<typeof nextStepsSchema>;
export type Debrief = z.output<typeof debriefSchema>;
export type AppEvent = z.output<typeof eventSchema>;
export type Offer = z.output<typeof offerSchema>;
export type Testimonial = z.output<typeof testimonialSchema>;
export type StepChoice = z.output<typeof stepChoiceSchema>;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type Application = z.output<typeof applicationSchema> & { id: string };
export type Document = Omit<ParsedDocument, 'applications'> & { applications: Application[] };

function isValidZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
