import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../src/core/document/parse.js';
import { FollowthroughError } from '../../src/core/errors.js';

const opts = { defaultZone: 'America/Chicago' };
const minimal = {
  version: 1,
  candidate: { name: 'Dana Reyes' },
  applications: [
    {
      company: 'Acme Logistics',
      role: 'Senior Accountant',
      interviews: [{ at: '2026-01-05T10:00:00-06:00', interviewers: [{ name: 'Maria Chen' }] }],
    },
    { company: 'Acme Logistics', role: 'Controller' },
  ],
};

test('defaults are filled in and ids assigned uniquely', () => {
  const doc = parseDocument(minimal, opts);
  assert.equal(doc.candidate.timezone, 'America/Chicago');
  assert.equal(doc.candidate.country, 'US');
  assert.deepEqual(
    doc.applications.map((a) => a.id),
    ['acme-logistics', 'acme-logistics-2'],
  );
  assert.equal(doc.applications[0]?.status, 'active');
  assert.equal(doc.applications[0]?.interviews[0]?.nextSteps.channel, 'email');
});

test('a non-ISO date is refused with its field path', () => {
  const bad = structuredClone(minimal);
  (bad.applications[0] as { interviews: { at: string }[] }).interviews[0]!.at = 'next Tuesday';
  assert.throws(
    () => parseDocument(bad, opts),
    (err: unknown) =>
      err instanceof FollowthroughError &&
      err.exitCode === 2 &&
      err.problems.some((p) => p.startsWith('applications[0].interviews[0].at: not an ISO 8601')),
  );
});

test('every problem is reported, one line each', () => {
  const bad = { version: 2, candidate: {}, applications: [{ company: 'X', status: 'pending' }] };
  try {
    parseDocument(bad, opts);
    assert.fail('should throw');
  } catch (err) {
    const problems = (err as FollowthroughError).problems;
    assert.ok(problems.includes('version: must be 1'), problems.join('\n'));
    assert.ok(problems.includes('candidate.name: required'), problems.join('\n'));
    assert.ok(problems.includes('applications[0].role: required'), problems.join('\n'));
    assert.ok(
      problems.some((p) => p.startsWith('applications[0].status: must be one of')),
      problems.join('\n'),
    );
  }
});
