// The labelled message set (test/fixtures/messages/*.json): the review tests and the benchmark share it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/core/document/parse.js';
import {
  type ContextSketch,
  contextFromSketch,
  type ReviewContext,
  type ReviewKind,
} from '../../src/core/review/index.js';

export interface LabelledMessage {
  id: string;
  kind?: ReviewKind;
  text: string;
  context?: ContextSketch & { document?: string; application?: string };
  good?: boolean;
  expect?: { errors: string[] };
}

/** The repository root, from the source (test/review) or the build (dist/test/review). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the test folder');
    dir = up;
  }
  return dir;
}

export function loadLabelled(): LabelledMessage[] {
  const folder = join(repoRoot(), 'test/fixtures/messages');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as LabelledMessage[]);
}

/** The review context a labelled message describes: a sketch, or a named fixture document. */
export function contextOf(message: LabelledMessage): ReviewContext {
  const c = message.context;
  if (c?.document) {
    const json = JSON.parse(readFileSync(join(repoRoot(), `test/fixtures/documents/${c.document}.json`), 'utf8'));
    const document = parseDocument(json, { defaultZone: 'America/Chicago' });
    return { document, application: c.application, to: c.to, kind: message.kind };
  }
  return { ...contextFromSketch(c ?? {}), kind: message.kind };
}
