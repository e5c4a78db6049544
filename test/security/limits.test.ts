// Field limits and validation that names the real problem, and the guarantee behind them: a 1 MB field is
// refused at once, and a document with every field at its limit is still drafted and typeset. The bounds
// here are generous on purpose (a shared, loaded machine); the speed figures are in bench/hostile.ts.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseDocument } from '../../src/core/document/parse.js';
import { LIMITS } from '../../src/core/document/schema.js';
import { FollowthroughError } from '../../src/core/errors.js';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { ROOT } from '../helpers/root.js';
import { runCli } from '../helpers/servers.js';

const example = () => JSON.parse(readFileSync(join(ROOT, 'examples', 'dana-reyes.json'), 'utf8'));
const MB = 'x'.repeat(1_000_000);

function problemsOf(doc: unknown): string[] {
  try {
    parseDocument(doc, { defaultZone: 'UTC' });
  } catch (err) {
    assert.ok(err instanceof FollowthroughError);
    return err.problems;
  }
  return [];
}

describe('validation names the real problem', () => {
  test('a wrong type is a type error, not "required"', () => {
    const doc = example();
    doc.candidate.name = 42;
    doc.applications[0].interviews[0].round = 'two';
    const problems = problemsOf(doc);
    assert.ok(problems.includes('candidate.name: expected a string, got a number'), problems.join('\n'));
    assert.ok(problems.includes('applications[0].interviews[0].round: expected a number, got a string'));
    delete doc.candidate.name;
    assert.ok(problemsOf(doc).includes('candidate.name: required'));
  });

  test('unknown fields are refused by their path; the example and the fixtures have none', () => {
    const doc = example();
    doc.candidate.nmae = 'Dana';
    doc.applications[1].interviews[0].interviewers[0].emial = 'x@y.example';
    const problems = problemsOf(doc);
    assert.ok(problems.includes('candidate.nmae: unknown field'), problems.join('\n'));
    assert.ok(problems.includes('applications[1].interviews[0].interviewers[0].emial: unknown field'));
    for (const file of ['examples/dana-reyes.json', 'test/fixtures/documents/realistic.json'])
      assert.deepEqual(problemsOf(JSON.parse(readFileSync(join(ROOT, file), 'utf8'))), [], file);
  });

  test('countries and regions are those date-holidays knows', () => {
    for (const [country, why] of [
      ['ZZ', /unknown country code "ZZ"/],
      ['AQ', /unknown country code "AQ"/],
      ['US-ZZ', /unknown region "ZZ" in "US-ZZ"/],
    ] as const) {
      const doc = example();
      doc.candidate.country = country;
      const problems = problemsOf(doc);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0] as string, new RegExp(`^candidate\\.country: ${why.source}`));
    }
    for (const country of ['US', 'US-CA', 'GB', 'DE-BY']) {
      const doc = example();
      doc.candidate.country = country;
      assert.deepEqual(problemsOf(doc), [], country);
    }
  });

  test('duplicates are reported by field; lone surrogates are refused', () => {
    const doc = example();
    doc.offers = [
      { company: 'Initech', decideBy: '2026-12-01' },
      { company: 'Initech', decideBy: '2026-12-05' },
    ];
    doc.applications[1].id = doc.applications[0].id;
    const problems = problemsOf(doc);
    assert.ok(problems.some((p) => /^applications\[1\]\.id: "acme" is already used by applications\[0\]/.test(p)));
    assert.ok(problems.includes('offers[1].company: "Initech" already has an offer, at offers[0]'), problems.join());
    const broken = example();
    broken.applications[0].role = 'Senior \uD800Accountant';
    assert.deepEqual(problemsOf(broken), ['applications[0].role: contains a lone surrogate (not valid Unicode text)']);
  });
});

describe('a 1 MB field', () => {
  let box: CliStore;
  before(async () => {
    box = await cliStore({});
  });
  after(() => box?.cleanup());

  test('is refused in the parser, for every kind of text field', () => {
    const cases: Array<[string, (d: ReturnType<typeof example>) => void]> = [
      ['candidate.name', (d) => (d.candidate.name = MB)],
      ['applications[0].listing', (d) => (d.applications[0].listing = MB)],
      [
        'applications[0].interviews[0].interviewers[0].topics[0]',
        (d) => (d.applications[0].interviews[0].interviewers[0].topics = [MB]),
      ],
      [
        'applications[0].events[0].note',
        (d) => (d.applications[0].events = [{ at: '2026-11-18T10:00:00-06:00', type: 'replied', note: MB }]),
      ],
    ];
    for (const [path, set] of cases) {
      const doc = example();
      set(doc);
      const started = performance.now();
      const problems = problemsOf(doc);
      const ms = performance.now() - started;
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(
        problems[0] as string,
        new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: too long: at most \\d+ characters$`),
      );
      assert.ok(ms < 5000, `${path}: ${ms} ms`);
    }
  });

  test('is refused by import, review and letter --text with one line, and the store is unchanged', async () => {
    const before = await runCli(['export'], box.env);
    const doc = example();
    doc.candidate.name = MB;
    const file = join(box.dir, 'huge.json');
    writeFileSync(file, JSON.stringify(doc));
    const started = performance.now();
    const imported = await runCli(['import', '--replace', file], box.env);
    assert.equal(imported.code, 2);
    assert.equal(imported.stderr, `candidate.name: too long: at most ${LIMITS.name} characters\n`);
    assert.ok(performance.now() - started < 20_000);
    assert.equal((await runCli(['export'], box.env)).stdout, before.stdout);

    const text = join(box.dir, 'huge.txt');
    writeFileSync(text, `Subject: Thanks\n\nDear Maria,\n\n${MB}\n\nBest,\nDana`);
    const reviewed = await runCli(['review', text], box.env);
    assert.equal(reviewed.code, 2);
    assert.match(reviewed.stderr, /^text: \d+ characters is more than a message to review \(at most 20000\)\n$/);
    const letter = await runCli(
      ['letter', 'acme/thank-you/0/maria-chen', '--text', text, '-o', join(box.dir, 'x.pdf')],
      box.env,
    );
    assert.equal(letter.code, 2, letter.stderr);
    assert.match(letter.stderr, /^--text: \d+ characters is far more than one page holds/);
  });

  test('a document with every field at its limit is still planned, drafted and typeset', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const doc = example();
    doc.candidate.name = long(LIMITS.name);
    doc.candidate.signature = long(LIMITS.signature);
    for (const app of doc.applications) {
      app.listing = `${'accounting '.repeat(100)}${long(LIMITS.listing - 1100)}`;
      for (const interview of app.interviews)
        for (const person of interview.interviewers)
          person.topics = Array.from({ length: 20 }, () => long(LIMITS.item));
    }
    const file = join(box.dir, 'limits.json');
    writeFileSync(file, JSON.stringify(doc));
    const now = '2026-11-18T09:00:00-06:00';
    const plan = await runCli(['plan', '--from', file, '--json', '--now', now], box.env);
    assert.equal(plan.code, 0, plan.stderr);
    const step = (JSON.parse(plan.stdout) as { steps: Array<{ id: string; kind: string }> }).steps.find(
      (s) => s.kind === 'thank-you',
    );
    assert.ok(step);
    const draft = await runCli(['draft', step.id, '--from', file, '--now', now], box.env, 60_000);
    assert.equal(draft.code, 0, draft.stderr);
    const letter = await runCli(['letter', step.id, '--from', file, '-o', '-', '--now', now], box.env, 60_000);
    // Too long for one page is a fine answer; hanging or crashing is not.
    assert.ok(letter.code === 0 || /does not fit on one page/.test(letter.stderr), letter.stderr);
  });
});
