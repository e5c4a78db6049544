// The work behind `followthrough init`, loaded only when the command runs.
import { saveProfile } from '../../app/profile.js';
import { createBusinessCalendar } from '../../core/calendar/business.js';
import type { Testimonial } from '../../core/document/schema.js';
import type { InitOptions } from '../commands/init.js';
import { isInteractive, machineZone, missingFlag, openPrompter, out, type StoreOptions, withApp } from '../context.js';

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
  await withApp(globals, async (deps) => {
    const existing = await deps.store.getCandidate();
    const given = { ...opts };
    if (!existing && !given.name) {
      if (!isInteractive()) throw missingFlag('--name', 'your name, the first time you run init');
      Object.assign(given, await promptProfile());
    }
    const result = await saveProfile(deps, {
      changes: {
        name: given.name,
        email: given.email,
        phone: given.phone,
        address: given.address,
        timezone: given.timezone,
        country: given.country,
        signature: given.signature,
        achievements: given.achievement ?? [],
        testimonials: (given.testimonial ?? []).filter((t) => t.trim()).map(parseTestimonial),
      },
      defaultZone: machineZone(),
      fieldName: (field) => FLAG_OF[field] ?? field,
    });
    const { candidate } = result;
    out(
      `${result.created ? 'Created' : 'Updated'} the profile of ${candidate.name} (${candidate.timezone}, ${candidate.country}).`,
    );
    out(`Store: ${result.store}`);
    if (result.created) out('Next: record an interview with `followthrough add --help`.');
  });
}

async function promptProfile(): Promise<Partial<InitOptions>> {
  const p = await openPrompter();
  try {
    return {
      name: await p.ask('Your name', { required: true }),
      email: (await p.ask('Your email (optional)')) || undefined,
      phone: (await p.ask('Your phone (optional)')) || undefined,
      timezone: await p.ask('Time zone', { default: machineZone(), validate: zoneProblem }),
      country: await p.ask('Country for public holidays', { default: 'US', validate: countryProblem }),
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

/** Checked as typed, so a typo is asked again instead of failing after every question. */
function zoneProblem(zone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return undefined;
  } catch {
    return `not a time zone: "${zone}" (e.g. America/Chicago, Europe/London)`;
  }
}

function countryProblem(country: string): string | undefined {
  try {
    createBusinessCalendar({ country: country.trim().toUpperCase(), zone: 'UTC' });
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
