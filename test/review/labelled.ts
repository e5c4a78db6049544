// The labelled message set (test/fixtures/messages/*.json): the review tests and the benchmark share it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/core/document/parse.js';
import {
  type ContextSketch,
  contextFromSketch,
  type ReviewContext,
  type ReviewKind,
} from '../../src/core/review/index.js';
import { ROOT } from '../helpers/root.js';

export interface LabelledMessage {
  id: string;
  kind?: ReviewKind;
  text: string;
  context?: ContextSketch & { document?: string; application?: string };
  good?: boolean;
  expect?: { errors: string[] };
}

/** The repository root, from the source (test/review) or the build (dist/test/review). */
export function loadLabelled(): LabelledMessage[] {
  const folder = join(ROOT, 'test/fixtures/messages');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as LabelledMessage[]);
}

/** The review context a labelled message describes: a sketch, or a named fixture document. */
export function contextOf(message: LabelledMessage): ReviewContext {
  const c = message.context;
  if (c?.document) {
    const json = JSON.parse(readFileSync(join(ROOT, `test/fixtures/documents/${c.document}.json`), 'utf8'));
    const document = parseDocument(json, { defaultZone: 'America/Chicago' });
    return { document, application: c.application, to: c.to, kind: message.kind };
  }
  return { ...contextFromSketch(c ?? {}), kind: message.kind };
}
