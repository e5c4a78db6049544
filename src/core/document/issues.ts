// zod issues as one line each, naming the field by its path. Apart from parse.ts so the config file's
// validation does not load the document's checks (and the holiday tables they need).
import type { z } from 'zod';

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
