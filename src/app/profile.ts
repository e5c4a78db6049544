// The candidate's profile: created by the first `init`, corrected by later ones (or `edit profile`).
import { createBusinessCalendar } from '../core/calendar/business.js';
import { formatPath } from '../core/document/parse.js';
import { type Candidate, candidateSchema, type Testimonial } from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import { type AppDeps, mutate } from './run.js';

export interface ProfileChanges {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
  timezone?: string;
  country?: string;
  signature?: string;
  /** Added to the list (case-insensitively new ones only). */
  achievements?: string[];
  testimonials?: Testimonial[];
  /** Taken out of the list (exact text, case-insensitive). */
  removeAchievements?: string[];
}

export interface SaveProfileInput {
  changes: ProfileChanges;
  /** The zone of a new profile that gives none (the machine's, at the edge). */
  defaultZone: string;
  /** How a field is named in errors (a CLI flag, a form label); default its path. */
  fieldName?: (field: string) => string;
  now?: string;
}

export function saveProfile(
  deps: AppDeps,
  input: SaveProfileInput,
): Promise<{ candidate: Candidate; created: boolean; store: string }> {
  return mutate(deps, input.now, async (uc) => {
    const existing = await uc.store.getCandidate();
    if (!existing && !input.changes.name?.trim())
      throw new FollowthroughError(
        'INVALID_ARGUMENT',
        `${(input.fieldName ?? String)('name')}: required the first time`,
      );
    const candidate = validate(merge(existing, input.changes, input.defaultZone), input);
    await uc.store.saveCandidate(candidate, { label: existing ? 'change to the profile' : 'creation of the profile' });
    return { candidate, created: !existing, store: uc.store.display };
  });
}

function addUnique<T>(list: T[], more: T[], key: (t: T) => string): T[] {
  const seen = new Set(list.map(key));
  const out = [...list];
  for (const item of more) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    out.push(item);
  }
  return out;
}

function merge(existing: Candidate | undefined, c: ProfileChanges, defaultZone: string): Record<string, unknown> {
  const base: Record<string, unknown> = existing ? { ...existing } : {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) base[key] = key === 'address' ? value.replace(/\\n/g, '\n') : value.trim();
  };
  set('name', c.name);
  set('email', c.email);
  set('phone', c.phone);
  set('address', c.address);
  set('timezone', c.timezone);
  set('country', c.country?.toUpperCase());
  set('signature', c.signature);
  base.timezone ??= defaultZone;
  base.country ??= 'US';
  const drop = new Set((c.removeAchievements ?? []).map((a) => a.trim().toLowerCase()));
  base.achievements = addUnique(
    ((existing?.achievements ?? []) as string[]).filter((a) => !drop.has(a.toLowerCase())),
    (c.achievements ?? []).map((a) => a.trim()).filter(Boolean),
    (a) => a.toLowerCase(),
  );
  base.testimonials = addUnique(existing?.testimonials ?? [], c.testimonials ?? [], (t) => t.quote.toLowerCase());
  return base;
}

function validate(input: Record<string, unknown>, opts: SaveProfileInput): Candidate {
  const name = opts.fieldName ?? String;
  const result = candidateSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [head, ...rest] = issue.path;
      const field = name(String(head));
      return `${field}${rest.length ? ` (${formatPath(rest)})` : ''}: ${issue.message === 'Too small: expected string to have >=1 characters' ? 'must not be empty' : issue.message}`;
    });
    throw new FollowthroughError('INVALID_ARGUMENT', problems[0] as string, { problems });
  }
  const candidate = result.data;
  // The holiday calendar knows which countries and regions exist; an unknown one would break every plan.
  try {
    createBusinessCalendar({ country: candidate.country, zone: candidate.timezone ?? opts.defaultZone });
  } catch (err) {
    if (err instanceof FollowthroughError) throw new FollowthroughError('INVALID_ARGUMENT', `--${err.message}`);
    throw err;
  }
  return candidate;
}
