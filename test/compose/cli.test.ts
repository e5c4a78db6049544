// The draft and script commands, run as a user runs them: the built CLI in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const FIXTURE = 'test/fixtures/documents/realistic.json';
const NOW = '2026-01-09T09:00:00-06:00';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/followthrough.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `draft --json` to one person; it must exit 0. Returns the parsed draft. */
function draftJson(application: string, kind: string, to: string) {
  const r = run(
    'draft',
    '--from',
    FIXTURE,
    '--application',
    application,
    '--kind',
    kind,
    '--to',
    to,
    '--now',
    NOW,
    '--json',
  );
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('followthrough draft', () => {
  it("prints the CONTRACT §4 JSON with the draft's own review", () => {
    const draft = draftJson('acme', 'thank-you', 'Maria Chen');
    assert.equal(draft.kind, 'thank-you');
    assert.equal(draft.to, 'Maria Chen');
    assert.equal(draft.channel, 'email');
    assert.ok(draft.subject.length > 0);
    assert.match(draft.body, /Maria/);
    assert.ok(Array.isArray(draft.review.findings));
    assert.deepEqual(
      draft.review.findings.filter((f: { severity: string }) => f.severity === 'error'),
      [],
    );
  });

  it('prints a readable draft: subject and body on stdout, the review on stderr', () => {
    const r = run('draft', '--from', FIXTURE, '--application', 'acme', '--kind', 'check-in', '--now', NOW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Subject: .+\n\n(Dear|Hello|Hi) Lena,/);
    assert.match(r.stderr, /To: Lena Park <lena\.park@acme-logistics\.example> \(email\)/);
    assert.match(r.stderr, /Review:|warning|info/);
  });

  it('prints a letter for a mail interview', () => {
    const draft = draftJson('northwind', 'thank-you', 'Aisha Rahman');
    assert.equal(draft.channel, 'mail');
    assert.equal(draft.letter.salutation, 'Dear Aisha Rahman:');
  });

  it('refuses a bad kind, an unknown application and move-on with one line and exit 2', () => {
    for (const [args, pattern] of [
      [['--kind', 'thanks'], /^--kind: must be one of/],
      [['--kind', 'move-on'], /^kind: move-on has no message/],
    ] as const) {
      const r = run('draft', '--from', FIXTURE, '--application', 'acme', ...args, '--now', NOW);
      assert.equal(r.status, 2);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
    const r = run('draft', '--from', FIXTURE, '--application', 'nope', '--kind', 'check-in', '--now', NOW);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^application: no application with id "nope"/);
  });
});

describe('followthrough draft STEP', () => {
  it("drafts a plan step by its id: the step's person, kind, touch and channel", () => {
    const follow = run('draft', 'acme/follow-up/3', '--from', FIXTURE, '--now', NOW, '--json');
    assert.equal(follow.status, 0, follow.stderr);
    const draft = JSON.parse(follow.stdout);
    assert.equal(draft.kind, 'follow-up');
    assert.equal(draft.to, 'Lena Park');
    assert.equal(draft.touch, 3);
    const letter = JSON.parse(
      run('draft', 'northwind/thank-you/0/aisha-rahman', '--from', FIXTURE, '--now', NOW, '--json').stdout,
    );
    assert.equal(letter.channel, 'mail');
    assert.equal(letter.to, 'Aisha Rahman');
  });

  it('refuses an unknown step (naming open ones) and flags the step already says', () => {
    const unknown = run('draft', 'acme/nope', '--from', FIXTURE, '--now', NOW);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr.trim(), /^STEP: no step "acme\/nope" in the plan \(open steps: .*acme\/check-in\/1/);
    const both = run('draft', 'acme/check-in/1', '--to', 'Maria Chen', '--from', FIXTURE, '--now', NOW);
    assert.equal(both.status, 2);
    assert.equal(both.stderr.trim(), '--to: not with a STEP id, which already says it');
    const neither = run('draft', '--from', FIXTURE, '--kind', 'check-in', '--now', NOW);
    assert.equal(neither.status, 2);
    assert.match(neither.stderr.trim(), /^--application: required, or give a STEP id/);
  });
});

describe('followthrough script', () => {
  it('prints the call script with its branches', () => {
    const r = run('script', '--from', FIXTURE, '--application', 'acme', '--to', 'Maria Chen', '--now', NOW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Call Maria Chen, Controller at Acme Logistics \(\+1 312 555 0190\)/);
    for (const part of [
      'Opening:',
      'If they have not decided yet:',
      'If they chose someone else:',
      'If you reach voicemail:',
      'Rehearse:',
    ])
      assert.ok(r.stdout.includes(part), part);
  });

  it("takes a check-in's step id, and refuses a step that is not a status touch", () => {
    const r = run('script', 'acme/check-in/1', '--from', FIXTURE, '--now', NOW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Call Lena Park\b/);
    const thanks = run('script', 'acme/thank-you/0/maria-chen', '--from', FIXTURE, '--now', NOW);
    assert.equal(thanks.status, 2);
    assert.match(
      thanks.stderr.trim(),
      /^STEP: "acme\/thank-you\/0\/maria-chen" is a thank-you; a call script is for a check-in or follow-up$/,
    );
  });

  it('prints JSON with --json', () => {
    const r = run('script', '--from', FIXTURE, '--application', 'contoso', '--now', NOW, '--json');
    assert.equal(r.status, 0, r.stderr);
    const script = JSON.parse(r.stdout);
    assert.equal(script.to, 'Tom Becker');
    assert.deepEqual(
      script.branches.map((b: { id: string }) => b.id),
      ['no-decision', 'someone-else', 'good-news'],
    );
  });
});
