// Seeded fuzzing of the public document: 600 mutations of the example file, each imported into a real SQLite
// store through the same use case as `import`. Every refusal must be one line naming the field (by its
// path) that the mutation touched, and must leave the store exactly as it was; nothing may crash.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AppDeps } from '../../src/app/run.js';
import { importText } from '../../src/app/transfer.js';
import { formatPath } from '../../src/core/document/parse.js';
import { FollowthroughError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ROOT } from '../helpers/root.js';

const SEED = 0x5eed10;
const RUNS = 600;

/** mulberry32: a small seeded generator, so a failure can be replayed from its run number. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every path in the document (objects' keys and arrays' indexes), the root excluded. */
function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push([...prefix, i], ...paths(v, [...prefix, i]));
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...paths(v, [...prefix, k]));
  return out;
}

function parentOf(doc: Json, path: Path): { parent: Json; key: string | number } {
  let node = doc;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key] as Json;
  return { parent: node, key: path.at(-1) as string | number };
}

function deep(levels: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < levels; i++) v = { nested: v };
  return v;
}

/** Hostile replacement values: wrong types, limits, broken Unicode, control bytes, impossible dates. */
const VALUES: Array<(r: () => number) => Json> = [
  () => 42,
  () => -1,
  () => 1.5,
  () => null,
  () => true,
  () => [],
  () => ({}),
  () => '',
  () => ' ',
  (r) => 'x'.repeat(200 + Math.floor(r() * 5000)),
  () => 'x'.repeat(1_000_000),
  () => 'a\uD800b',
  () => '\uDC00',
  () => 'Name\r\nBcc: evil@evil.example',
  () => '\u001b[2J\u001b]0;owned\u0007',
  () => '\u0000',
  () => '2026-02-30T10:00:00-06:00',
  () => '9999-99-99',
  () => 'not-a-zone/Nowhere',
  () => 'ZZ',
  () => 'US-ZZ',
  () => 'AQ',
  () => 'maybe',
  () => ['a', 1, null],
  () => deep(500),
  () => ({ __proto__: { polluted: true } }) as unknown as Json,
];

interface Mutation {
  doc: Json;
  /** The path the mutation touched, as the error should name it. */
  at: string;
  what: string;
}

function mutate(base: Json, r: () => number): Mutation {
  const doc = structuredClone(base);
  const all = paths(doc);
  const path = all[Math.floor(r() * all.length)] as Path;
  const { parent, key } = parentOf(doc, path);
  const container = parent as Record<string | number, Json>;
  const pick = r();
  if (pick < 0.55) {
    const value = (VALUES[Math.floor(r() * VALUES.length)] as (r: () => number) => Json)(r);
    container[key] = value;
    return { doc, at: formatPath(path), what: `set ${formatPath(path)}` };
  }
  if (pick < 0.7) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete container[key];
    return { doc, at: formatPath(path.slice(0, -1)), what: `delete ${formatPath(path)}` };
  }
  if (pick < 0.85) {
    const target = (container[key] && typeof container[key] === 'object' ? container[key] : parent) as Json;
    const targetPath = target === parent ? path.slice(0, -1) : path;
    if (Array.isArray(target)) {
      if (target.length) target.push(structuredClone(target[0] as Json));
      else target.push('unexpected');
      return { doc, at: formatPath(targetPath), what: `duplicate in ${formatPath(targetPath)}` };
    }
    (target as Record<string, Json>).colour = 'blue';
    return { doc, at: formatPath([...targetPath, 'colour']), what: `unknown field in ${formatPath(targetPath)}` };
  }
  // Swap arrays and objects, or a string for a list of it.
  const value = container[key] as Json;
  container[key] = Array.isArray(value) ? { ...value } : value && typeof value === 'object' ? [value] : [value];
  return { doc, at: formatPath(path), what: `reshape ${formatPath(path)}` };
}

/** The path at the start of an error line ("applications[0].interviews[0].at: …"). */
function errorPath(line: string): string | undefined {
  return /^(\(document\)|[A-Za-z_][\w]*(?:\[\d+\]|\.[\w]+)*):\s/.exec(line)?.[1];
}

/** The error names the mutated field, something inside it, or the object that holds it. */
function related(named: string, at: string): boolean {
  if (named === '(document)' || at === '(document)') return true;
  const parent = at.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return named === at || named.startsWith(at) || at.startsWith(named) || named.startsWith(parent);
}

describe('fuzzing the document format', () => {
  let dir: string;
  let store: Store;
  let deps: AppDeps;
  const base = JSON.parse(readFileSync(join(ROOT, 'examples', 'dana-reyes.json'), 'utf8')) as Json;
  const baseText = JSON.stringify(base);

  const snapshot = async () => JSON.stringify(await store.getDocument());

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ft-fuzz-'));
    store = await openStore({ path: join(dir, 'ft.db') });
    deps = { store, env: {}, clock: () => '2026-11-18T09:00:00-06:00' };
    await importText(deps, { text: baseText, mode: 'replace', source: 'base', defaultZone: 'UTC' });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test(`${RUNS} seeded mutations: no crash, one line naming the field, the store unchanged`, async (t) => {
    const r = generator(SEED);
    let refused = 0;
    let accepted = 0;
    const before = await snapshot();
    for (let run = 0; run < RUNS; run++) {
      const m = mutate(base, r);
      const label = `run ${run} (seed ${SEED}): ${m.what}`;
      const text = JSON.stringify(m.doc);
      try {
        await importText(deps, { text, mode: run % 2 ? 'replace' : 'merge', source: 'fuzz', defaultZone: 'UTC' });
        accepted++;
        // Accepted: put the baseline back for the next run.
        await importText(deps, { text: baseText, mode: 'replace', source: 'base', defaultZone: 'UTC' });
        continue;
      } catch (err) {
        assert.ok(err instanceof FollowthroughError, `${label}: not a typed error: ${(err as Error)?.stack}`);
        assert.equal(err.code, 'INVALID_DOCUMENT', `${label}: ${err.code} ${err.message}`);
        for (const line of [err.message, ...err.problems]) {
          assert.doesNotMatch(line, /[\r\n]/, `${label}: more than one line: ${JSON.stringify(line)}`);
          assert.ok(line.length < 400, `${label}: a line of ${line.length} characters`);
          const named = errorPath(line);
          assert.ok(named, `${label}: no field named in ${JSON.stringify(line)}`);
        }
        const named = errorPath(err.message) as string;
        assert.ok(related(named, m.at), `${label}: the error names ${named}, the mutation touched ${m.at}`);
        refused++;
        if (run % 60 === 0) t.diagnostic(`${m.what} → ${err.message.slice(0, 120)}`);
      }
      assert.equal(await snapshot(), before, `${label}: the store changed after a refusal`);
    }
    t.diagnostic(`${refused} refused, ${accepted} accepted`);
    // Most mutations are hostile on purpose; some (a shorter list, another valid string) are fine.
    assert.ok(refused >= RUNS * 0.6, `only ${refused} of ${RUNS} refused`);
    assert.ok(accepted > 0, 'no mutation was accepted: the generator is broken');
  });
});
