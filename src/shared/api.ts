// The shapes the web page sends to the server, as zod schemas both sides import: the page checks a form
// field as it is typed with the same rule the server applies before it writes anything. Pure (browser-safe).
import { z } from 'zod';
import { FOLLOW_UP_CHANNELS, INTERVIEW_FORMATS } from '../core/document/schema.js';

const PERSON = /^([^<,]+?)\s*(?:<([^\s@<>]+@[^\s@<>]+)>)?\s*(?:,\s*(.*))?$/;

/** "Name <email>, Title": what a person types for someone they met. */
export const personLineSchema = z
  .string()
  .trim()
  .min(1, 'give a name')
  .regex(PERSON, 'write it as Name <email>, Title (email and title optional)');

/** The parts of a person line that passed `personLineSchema`. */
export function personOf(line: string): { name: string; email?: string; title?: string } {
  const m = PERSON.exec(line.trim());
  const title = m?.[3]?.trim();
  return {
    name: (m?.[1] ?? line).trim(),
    ...(m?.[2] ? { email: m[2] } : {}),
    ...(title ? { title } : {}),
  };
}

export const addInterviewSchema = z.strictObject({
  /** An existing application's id; without it, company and role make a new application. */
  application: z.string().trim().min(1).optional(),
  company: z.string().trim().min(1, 'give the company').optional(),
  role: z.string().trim().min(1, 'give the role').optional(),
  /** The interview's date and time as typed, read in the candidate's zone ("2026-04-07 10:00"). */
  at: z.string().trim().min(1, 'give the date and time of the interview'),
  format: z.enum(INTERVIEW_FORMATS).optional(),
  interviewers: z.array(personLineSchema).max(20).default([]),
  /** The employer's own words about timing. */
  expected: z.string().trim().max(500).optional(),
  channel: z.enum(FOLLOW_UP_CHANNELS).default('email'),
});
export type AddInterviewInput = z.input<typeof addInterviewSchema>;

export const editInterviewSchema = z.strictObject({
  application: z.string().min(1, 'choose the application'),
  /** 1-based, as the page numbers the rounds. */
  interview: z.number().int().min(1),
  at: z.string().trim().min(1, 'give the date and time of the interview').optional(),
  format: z.enum(INTERVIEW_FORMATS).optional(),
  expected: z.string().trim().max(500).optional(),
  channel: z.enum(FOLLOW_UP_CHANNELS).optional(),
});

export const importSchema = z.strictObject({
  /** The JSON document (validated by the document parser, which names each bad field). */
  document: z.unknown(),
  mode: z.enum(['merge', 'replace']).default('merge'),
});

export const sendSchema = z.strictObject({
  step: z.string().min(1, 'give the step'),
  subject: z.string().trim().min(1, 'the subject is empty').max(300),
  body: z.string().trim().min(1, 'the message is empty').max(20_000),
  /** The second confirmation a step that is not due yet needs. */
  early: z.boolean().default(false),
});

export const logEventSchema = z.strictObject({
  application: z.string().min(1, 'choose the application'),
  type: z.enum(['replied', 'next-round', 'offer', 'rejected', 'withdrawn']),
  note: z.string().max(2000).optional(),
});

export const DEBRIEF_KEYS = ['wentWell', 'wentPoorly', 'stoodOut', 'forgotToMention'] as const;

export const debriefSchema = z.strictObject({
  application: z.string().min(1, 'choose the application'),
  /** 1-based, as the page numbers the rounds. */
  interview: z.number().int().min(1),
  key: z.enum(DEBRIEF_KEYS),
  text: z.string().trim().min(1, 'write the point first').max(1000),
});

export const editPersonSchema = z.strictObject({
  application: z.string().min(1, 'choose the application'),
  /** 1-based, as the page numbers the rounds. */
  interview: z.number().int().min(1),
  /** The person's name as stored. */
  person: z.string().min(1, 'choose the person'),
  name: z.string().trim().min(1, 'give the name').max(200).optional(),
  title: z.string().trim().max(200).optional(),
  email: z.email('not an email address').optional().or(z.literal('')),
  /** Take the person off the interview instead. */
  remove: z.boolean().optional(),
});

export const removeApplicationSchema = z.strictObject({
  application: z.string().min(1, 'choose the application'),
});

export const stepActionSchema = z.strictObject({
  step: z.string().min(1, 'give the step'),
  /** For a snooze: the day (YYYY-MM-DD, in your time zone) to wait until. */
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day like 2026-12-15')
    .optional(),
});

export const confirmOutcomeSchema = z.strictObject({
  key: z.string().min(1),
  accept: z.boolean(),
});

export const profileSchema = z.strictObject({
  name: z.string().trim().min(1, 'give your name').max(200),
  email: z.email('not an email address').optional().or(z.literal('')),
  phone: z.string().trim().max(60).optional(),
  timezone: z.string().trim().max(60).optional(),
  country: z.string().trim().min(2).max(6).optional(),
});

export const mailServerSchema = z.strictObject({
  host: z.string().trim().min(1, 'give the server name'),
  port: z.coerce.number().int('a whole number').min(1, 'from 1 to 65535').max(65535, 'from 1 to 65535'),
  secure: z.boolean().default(false),
  user: z.string().trim().optional(),
  /** Empty or absent keeps the stored password: the page never receives it back. */
  password: z.string().optional(),
  from: z.string().trim().optional(),
  mailbox: z.string().trim().optional(),
});

export const settingsSchema = z.strictObject({
  smtp: mailServerSchema.optional(),
  imap: mailServerSchema.optional(),
  policy: z.record(z.string(), z.unknown()).optional(),
});

/** One line naming the field of the first problem, as every error of the server reads. */
export function firstProblem(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const path = issue.path.map(String).join('.');
  return `${prefix}${path || 'input'}: ${issue.message}`;
}
