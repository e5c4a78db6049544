// The work behind `followthrough init`, loaded only when the command runs.
import { createBusinessCalendar } from '../../core/calendar/business.js';
import { formatPath } from '../../core/document/parse.js';
import { type Candidate, candidateSchema, type Testimonial } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import type { InitOptions } from '../commands/init.js';
import {
  isInteractive,
  machineZone,
  missingFlag,
  openPrompter,
  out,
  type StoreOptions,
  withStore,
} from '../context.js';

const FLAG_OF: Record<string, string> = {
  name: '--name',
  email: '--email',
  phone: '--phone',
  address: '--address',
  timezone: '--timezone',
  country: '--country',
  achievements: '--achievement',
  testimonials: '--testimonial',
  signature: '--signature',
};

export async function runInit(opts: InitOptions, globals: StoreOptions): Promise<void> {
  await withStore(globals, async (store) => {
    const existing = await store.getCandidate();
    const given = { ...opts };
    if (!existing && !given.name) {
      if (!isInteractive()) throw missingFlag('--name', 'your name, the first time you run init');
      Object.assign(given, await promptProfile());
    }
    const candidate = validate(merge(existing, given));
    await store.saveCandidate(candidate, { label: 'init (profile change)' });
    out(
      `${existing ? 'Updated' : 'Created'} the profile of ${candidate.name} (${candidate.timezone}, ${candidate.country}).`,
    );
    out(`Store: ${store.display}`);
    if (!existing) out('Next: record an interview with `followthrough add --help`.');
  });
}

async function promptProfile(): Promise<Partial<InitOptions>> {
  const p = await openPrompter();
  try {
    return {
      name: await p.ask('Your name', { required: true }),
      email: (await p.ask('Your email (optional)')) || undefined,
      phone: (await p.ask('Your phone (optional)')) || undefined,
      timezone: await p.ask('Time zone', { default: machineZone() }),
      country: await p.ask('Country for public holidays', { default: 'US' }),
      achievement: await p.askList('Achievements the drafts can mention'),
    };
  } finally {
    p.close();
  }
}

/** `"quote -- author"` (or an em dash); the author is optional. */
function parseTestimonial(value: string): Testimonial {
  const m = /^(.*?)\s+(?:--|—|–)\s+([^—–]+)$/.exec(value.trim());
  if (m?.[1] && m[2]) return { quote: m[1].trim(), author: m[2].trim() };
  return { quote: value.trim() };
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

function merge(existing: Candidate | undefined, opts: InitOptions): Record<string, unknown> {
  const base: Record<string, unknown> = existing ? { ...existing } : {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) base[key] = key === 'address' ? value.replace(/\\n/g, '\n') : value.trim();
  };
  set('name', opts.name);
  set('email', opts.email);
  set('phone', opts.phone);
  set('address', opts.address);
  set('timezone', opts.timezone);
  set('country', opts.country?.toUpperCase());
  set('signature', opts.signature);
  base.timezone ??= machineZone();
  base.country ??= 'US';
  base.achievements = addUnique(
    (existing?.achievements ?? []) as string[],
    (opts.achievement ?? []).map((a) => a.trim()).filter(Boolean),
    (a) => a.toLowerCase(),
  );
  base.testimonials = addUnique(
    existing?.testimonials ?? [],
    (opts.testimonial ?? []).filter((t) => t.trim()).map(parseTestimonial),
    (t) => t.quote.toLowerCase(),
  );
  return base;
}

function validate(input: Record<string, unknown>): Candidate {
  const result = candidateSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [head, ...rest] = issue.path;
      const flag = FLAG_OF[String(head)] ?? formatPath(issue.path);
      return `${flag}${rest.length ? ` (${formatPath(rest)})` : ''}: ${issue.message === 'Too small: expected string to have >=1 characters' ? 'must not be empty' : issue.message}`;
    });
    throw new FollowthroughError('INVALID_ARGUMENT', problems[0] as string, { problems });
  }
  const candidate = result.data;
  // The holiday calendar knows which countries and regions exist; an unknown one would break every plan.
  try {
    createBusinessCalendar({ country: candidate.country, zone: candidate.timezone ?? machineZone() });
  } catch (err) {
    if (err instanceof FollowthroughError) throw new FollowthroughError('INVALID_ARGUMENT', `--${err.message}`);
    throw err;
  }
  return candidate;
}
