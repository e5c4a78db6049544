// Validation and normalisation of the public document. Pure: the caller passes the machine's zone.
import type { z } from 'zod';
import { countryProblem } from '../calendar/business.js';
import { FollowthroughError } from '../errors.js';
import { type Application, type Document, documentSchema } from './schema.js';
import { slugify } from './slug.js';

/** `applications[0].interviews[0].at` from zod's path array. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

/**
 * One line per problem. `input` (the value that was validated) tells a missing field ("required") from one of
 * the wrong type ("expected a string, got a number"); an unknown field gets a line of its own, by its path.
 */
export function formatIssues(issues: ReadonlyArray<z.core.$ZodIssue>, input?: unknown): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${formatPath([...issue.path, key])}: unknown field`);
      continue;
    }
    lines.push(`${formatPath(issue.path)}: ${describeIssue(issue, input)}`);
  }
  return lines;
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): { found: boolean; value?: unknown } {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return { found: false };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type') {
    const at = valueAt(input, issue.path);
    if (!at.found || at.value === undefined) return 'required';
    return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kindOf(at.value)}`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}`;
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}

export { slugify } from './slug.js';

/** Gives every application an id, unique within the document; keeps the ids already given. */
export function assignIds<T extends { id?: string; company: string }>(
  apps: ReadonlyArray<T>,
  taken: Iterable<string> = [],
): Array<T & { id: string }> {
  const used = new Set<string>(taken);
  for (const app of apps) if (app.id) used.add(app.id);
  return apps.map((app) => {
    if (app.id) return { ...app, id: app.id };
    const base = slugify(app.company);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...app, id };
  });
}

export interface ParseOptions {
  /** The zone used when the candidate gives none (the machine's zone at the edge). */
  defaultZone: string;
}

/**
 * Validates `input` as a version-1 document and fills in defaults and ids.
 * Throws a FollowthroughError with one problem line per invalid field.
 */
export function parseDocument(input: unknown, options: ParseOptions): Document {
  const result = documentSchema.safeParse(input);
  if (!result.success) {
    const problems = formatIssues(result.error.issues, input);
    throw new FollowthroughError('INVALID_DOCUMENT', problems[0] ?? 'invalid document', { problems });
  }
  const parsed = result.data;
  const problems: string[] = [];
  const seen = new Map<string, number>();
  parsed.applications.forEach((app, i) => {
    if (!app.id) return;
    const first = seen.get(app.id);
    if (first !== undefined)
      problems.push(`applications[${i}].id: "${app.id}" is already used by applications[${first}]`);
    else seen.set(app.id, i);
  });
  const offered = new Map<string, number>();
  parsed.offers.forEach((offer, i) => {
    const first = offered.get(offer.company);
    if (first !== undefined)
      problems.push(`offers[${i}].company: "${offer.company}" already has an offer, at offers[${first}]`);
    else offered.set(offer.company, i);
  });
  const country = countryProblem(parsed.candidate.country);
  if (country) problems.push(`candidate.country: ${country}`);
  if (problems.length) throw new FollowthroughError('INVALID_DOCUMENT', problems[0] as string, { problems });
  const applications: Application[] = assignIds(parsed.applications);
  return {
    ...parsed,
    candidate: { ...parsed.candidate, timezone: parsed.candidate.timezone ?? options.defaultZone },
    applications,
  };
}

/** Parses JSON text, reporting a syntax error as one line. */
export function parseDocumentText(text: string, options: ParseOptions): Document {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new FollowthroughError('INVALID_DOCUMENT', `(document): not valid JSON: ${(err as Error).message}`);
  }
  return parseDocument(json, options);
}
