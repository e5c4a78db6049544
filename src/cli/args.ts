// Parsers for flag values. Each failure is one line naming the flag, so users know what to fix.
import { readFileSync } from 'node:fs';
import { FollowthroughError } from '../core/errors.js';

export interface PersonArg {
  name: string;
  email?: string;
  title?: string;
  phone?: string;
}

/**
 * `"Maria Chen <maria@acme.example>, Controller"` → name, email, title. Email and title are optional:
 * `"Maria Chen"`, `"Maria Chen, Controller"`, `"Maria Chen <maria@acme.example>"`. A last part that looks
 * like a phone number (`, +1 312 555 0100`) is taken as the phone.
 */
export function parsePerson(value: string, flag: string): PersonArg {
  const trimmed = value.trim();
  const m = /^([^<,]*?)\s*(?:<([^>]*)>)?\s*(?:,\s*(.*))?$/.exec(trimmed);
  const name = m?.[1]?.trim() ?? '';
  if (!m || !name) {
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `${flag}: expected "Name <email>, Title" (email and title optional), got "${value}"`,
    );
  }
  const person: PersonArg = { name };
  const email = m[2]?.trim();
  if (email !== undefined) {
    if (!/^[^\s@]+@[^\s@]+$/.test(email))
      throw new FollowthroughError('INVALID_ARGUMENT', `${flag}: "${email}" is not an email address`);
    person.email = email;
  }
  const rest = (m[3] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const last = rest[rest.length - 1];
  if (last && rest.length > 1 && /^\+?[\d\s().-]{7,}$/.test(last)) {
    person.phone = last;
    rest.pop();
  }
  if (rest.length) person.title = rest.join(', ');
  return person;
}

/** What is wrong with `value` as a person (for a prompt that asks again), or undefined when it reads. */
export function personProblem(value: string): string | undefined {
  try {
    parsePerson(value, 'person');
    return undefined;
  } catch (err) {
    if (err instanceof FollowthroughError) return err.message.replace(/^person: /, '');
    throw err;
  }
}

/** A whole number ≥ min, or a usage error naming the flag. */
export function parseCount(value: string, flag: string, min = 0): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min)
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `${flag}: expected a whole number${min ? ` ≥ ${min}` : ''}, got "${value}"`,
    );
  return n;
}

/** One of `allowed`, or a usage error listing them. */
export function parseChoice<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new FollowthroughError('INVALID_ARGUMENT', `${flag}: must be one of ${allowed.join(', ')}, got "${value}"`);
}

/**
 * Commands that act on one step take its id from the plan or flags that name it, never both. Throws a
 * usage error naming the flag at fault: one the STEP id already settles, or a required one that is missing.
 */
export function checkStepOrFlags(
  stepId: string | undefined,
  opts: Record<string, unknown>,
  settledByStep: string[],
  requiredWithout: string[],
): void {
  const clash = settledByStep.find((k) => opts[k] !== undefined);
  if (stepId !== undefined && clash)
    throw new FollowthroughError('INVALID_ARGUMENT', `--${clash}: not with a STEP id, which already says it`);
  const missing = requiredWithout.find((k) => opts[k] === undefined);
  if (stepId === undefined && missing)
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `--${missing}: required, or give a STEP id from \`followthrough plan\``,
    );
}

/** `--listing-file PATH`: the job listing's text, or a usage error naming the flag. */
export function readListing(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `--listing-file: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code}`,
    );
  }
}
