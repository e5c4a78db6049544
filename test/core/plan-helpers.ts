// Shared builders for the planner tests: a parsed document for Dana in Chicago with the given applications.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { parseDocument, parseDocumentText } from '../../src/core/document/parse.js';
import type { Document } from '../../src/core/document/schema.js';
import type { Step } from '../../src/core/plan/types.js';
import { ROOT } from '../helpers/root.js';

export const ZONE = 'America/Chicago';

export function docWith(applications: unknown[], extra: Record<string, unknown> = {}): Document {
  return parseDocument(
    {
      version: 1,
      candidate: { name: 'Dana Reyes', timezone: ZONE, country: 'US' },
      applications,
      ...extra,
    },
    { defaultZone: ZONE },
  );
}

/** An Acme application with one interview (Maria Chen and Tom Alvarez; Jordan Lee as the contact). */
export function acme(at: string, nextSteps: Record<string, unknown> = {}, events: unknown[] = []): unknown {
  return {
    id: 'acme',
    company: 'Acme Logistics',
    role: 'Senior Accountant',
    interviews: [
      {
        at,
        interviewers: [{ name: 'Maria Chen' }, { name: 'Tom Alvarez' }],
        contact: { name: 'Jordan Lee' },
        nextSteps,
      },
    ],
    events,
  };
}

export const byKind = (steps: Step[], kind: Step['kind']) => steps.filter((s) => s.kind === kind);
export const touchesOf = (steps: Step[]) => steps.filter((s) => s.kind === 'check-in' || s.kind === 'follow-up');
export const local = (isoText: string) => DateTime.fromISO(isoText, { setZone: true }).setZone(ZONE);
export const dateOf = (isoText: string) => local(isoText).toISODate() ?? '';

/** A document from test/fixtures/documents (works from the sources and from dist/). */
export function fixtureDocument(name: string): Document {
  const text = readFileSync(join(ROOT, 'test/fixtures/documents', `${name}.json`), 'utf8');
  return parseDocumentText(text, { defaultZone: ZONE });
}
