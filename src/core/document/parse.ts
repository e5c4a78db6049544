// Validation and normalisation of the public document. Pure: the caller passes the machine's zone.
import { countryProblem } from '../calendar/business.js';
import { FollowthroughError } from '../errors.js';
import { formatIssues } from './issues.js';
import { type Application, type Document, documentSchema } from './schema.js';
import { slugify } from './slug.js';

export { formatIssues, formatPath } from './issues.js';

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
      problems.push(`offers[${i}].company: ${JSON.stringify(offer.company)} already has an offer, at offers[${first}]`);
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

/** JSON text, a syntax error reported as one line. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new FollowthroughError('INVALID_DOCUMENT', `(document): not valid JSON: ${(err as Error).message}`);
  }
}

/** Parses a document's JSON text, reporting a syntax error as one line. */
export function parseDocumentText(text: string, options: ParseOptions): Document {
  return parseDocument(parseJson(text), options);
}
