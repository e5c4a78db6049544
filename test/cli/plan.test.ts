// plan and today through the real CLI: the CONTRACT §2 JSON, the one-line field errors of a bad --from
// document, grouping in today, and colour only on a terminal without NO_COLOR.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { BIN, EXAMPLE, type Sandbox, sandbox } from './helpers.js';

interface Step {
  id: string;
  application: string;
  kind: string;
  to: string[];
  channel: string;
  earliest: string;
  due: string;
  state: string;
  reason: string;
}

const CONTRACT_FIELDS = ['application', 'channel', 'due', 'earliest', 'id', 'kind', 'reason', 'state', 'to'];
// The day after Acme's interview (2026-11-17 10:00 Chicago) in the example.
const NOW = '2026-11-18T09:30:00-06:00';
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for colour codes on purpose
const ANSI = /\u001b\[/;

describe('plan', () => {
  let box: Sandbox;
  before(() => (box = sandbox()));
  after(() => box.cleanup());

  it('--from a bad document: one line per problem naming the field, exit 2, store untouched', () => {
    const bad = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    bad.applications[0].interviews[0].at = '2026-11-17 10:00';
    bad.applications[0].interviews[0].interviewers[0].name = '';
    delete bad.applications[1].role;
    const r = box.run(['plan', '--from', box.write('bad.json', bad)]);
    assert.equal(r.status, 2);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 3, r.stderr);
    assert.match(r.stderr, /^applications\[0\]\.interviews\[0\]\.at: not an ISO 8601 date-time/m);
    assert.match(r.stderr, /^applications\[0\]\.interviews\[0\]\.interviewers\[0\]\.name: /m);
    assert.match(r.stderr, /^applications\[1\]\.role: required$/m);
    assert.doesNotMatch(r.stderr, /\n\s+at |Error:/, 'no stack trace');
    assert.equal(r.stdout, '');
    // --from never opens the store: no profile was created.
    assert.match(box.run(['export']).stderr, /no profile yet/);
  });

  it('--json prints exactly { steps } with the contract fields', () => {
    const r = box.run(['plan', '--from', EXAMPLE, '--now', NOW, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const plan = JSON.parse(r.stdout) as { steps: Step[] };
    assert.deepEqual(Object.keys(plan), ['steps']);
    assert.ok(plan.steps.length > 0);
    for (const step of plan.steps) {
      for (const field of CONTRACT_FIELDS) assert.ok(field in step, `${field} in ${JSON.stringify(step)}`);
      assert.ok(Array.isArray(step.to));
      assert.match(step.earliest, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:\d{2}$/);
      assert.ok(step.reason.length > 10);
    }
    // One thank-you to each person met at Acme.
    const thanks = plan.steps.filter((s) => s.application === 'acme' && s.kind === 'thank-you').flatMap((s) => s.to);
    assert.deepEqual(thanks.sort(), ['Maria Chen', 'Tom Alvarez']);
    // stdin gives the same plan.
    const stdin = box.run(['plan', '--from', '-', '--now', NOW, '--json'], { input: readFileSync(EXAMPLE, 'utf8') });
    assert.deepEqual(JSON.parse(stdin.stdout), plan);
  });

  it('plans the store like the same document given with --from, and filters by --application', () => {
    assert.equal(box.run(['import', EXAMPLE]).status, 0);
    const fromStore = JSON.parse(box.run(['plan', '--now', NOW, '--json']).stdout) as { steps: Step[] };
    const fromFile = JSON.parse(box.run(['plan', '--from', EXAMPLE, '--now', NOW, '--json']).stdout);
    assert.deepEqual(fromStore, fromFile);
    const acme = JSON.parse(box.run(['plan', '--now', NOW, '--json', '--application', 'acme']).stdout) as {
      steps: Step[];
    };
    assert.ok(acme.steps.length > 0);
    assert.ok(acme.steps.every((s) => s.application === 'acme'));
    assert.deepEqual(
      acme.steps,
      fromStore.steps.filter((s) => s.application === 'acme'),
    );
    const unknown = box.run(['plan', '--application', 'initech']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^--application: no application "initech" \(known: acme, globex\)/);
  });

  it('refuses a malformed --now naming the flag', () => {
    const r = box.run(['plan', '--from', EXAMPLE, '--now', 'after lunch']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^--now: cannot read "after lunch" as a date and time/);
    assert.equal(r.stdout, '');
  });

  it("--now takes a day (09:00 in the candidate's zone) or a local time, planning as the ISO moment does", () => {
    const plan = (now: string) => {
      const r = box.run(['plan', '--from', EXAMPLE, '--now', now, '--json']);
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { steps: Step[] };
    };
    // The candidate of the example is in Chicago, as is the sandbox; the next morning changes which steps are due.
    assert.deepEqual(plan('2026-11-18'), plan('2026-11-18T09:00:00-06:00'));
    assert.deepEqual(plan('2026-11-18 9:30'), plan(NOW));
    assert.notDeepEqual(plan('2026-11-17 10:30'), plan('2026-11-25'));
  });

  it('prints a readable table, without colour codes when not on a terminal', () => {
    const r = box.run(['plan', '--now', NOW]);
    assert.equal(r.status, 0, r.stderr);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    assert.match(header ?? '', /^WHEN\s+STEP\s+TO\s+CHANNEL\s+STATE\s+REASON$/);
    assert.ok(
      rows.some((row) => /\sacme\/thank-you\/0\/maria-chen\s+Maria Chen\s+email/.test(row)),
      r.stdout,
    );
    assert.doesNotMatch(r.stdout, ANSI);
  });

  it('colours on a terminal, and never with NO_COLOR', (t) => {
    if (spawnSync('script', ['--version']).status !== 0) return t.skip('no `script` to provide a terminal');
    const onTty = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" --db "${box.db}" today --now ${NOW}`, '/dev/null'], {
        env: { ...box.env, ...env },
        encoding: 'utf8',
        input: '',
      }).stdout;
    assert.match(onTty({}), ANSI);
    const plain = onTty({ NO_COLOR: '1' });
    assert.match(plain, /Overdue|Due now/);
    assert.doesNotMatch(plain, ANSI);
  });
});

describe('today', () => {
  let box: Sandbox;
  before(() => {
    box = sandbox();
    assert.equal(box.run(['import', EXAMPLE]).status, 0);
  });
  after(() => box.cleanup());

  it('--json groups the open steps into overdue, due now and the next 7 days', () => {
    const r = box.run(['today', '--now', NOW, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const today = JSON.parse(r.stdout) as { now: string; overdue: Step[]; dueNow: Step[]; upcoming: Step[] };
    assert.equal(today.now, NOW);
    const now = Date.parse(NOW);
    for (const s of today.overdue) assert.ok(s.state === 'overdue' || Date.parse(s.due) < now);
    for (const s of today.dueNow)
      assert.ok(Date.parse(s.earliest) <= now && Date.parse(s.due) >= now, JSON.stringify(s));
    for (const s of today.upcoming) {
      assert.ok(Date.parse(s.earliest) > now);
      assert.ok(Date.parse(s.earliest) <= now + 7 * 86_400_000);
    }
    const all = [...today.overdue, ...today.dueNow, ...today.upcoming];
    assert.ok(all.every((s) => s.state === 'pending' || s.state === 'overdue'));
    // The thank-you notes for yesterday's interview are on today's list.
    const thanks = all.filter((s) => s.application === 'acme' && s.kind === 'thank-you').flatMap((s) => s.to);
    assert.deepEqual(thanks.sort(), ['Maria Chen', 'Tom Alvarez']);
    // Everything planned that is open and starts within the week is listed once.
    const plan = JSON.parse(box.run(['plan', '--now', NOW, '--json']).stdout) as { steps: Step[] };
    const expected = plan.steps
      .filter((s) => (s.state === 'pending' || s.state === 'overdue') && Date.parse(s.earliest) <= now + 7 * 86_400_000)
      .map((s) => s.id)
      .sort();
    assert.deepEqual(all.map((s) => s.id).sort(), expected);
  });

  it('prints the groups with their counts', () => {
    const r = box.run(['today', '--now', NOW]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Overdue \(\d+\)$/m);
    assert.match(r.stdout, /^Due now \(\d+\)$/m);
    assert.match(r.stdout, /^Next 7 days \(\d+\)$/m);
    assert.match(r.stdout, /thank-you to Maria Chen — Acme Logistics \[acme\/thank-you\/0\/maria-chen\]/);
    assert.match(r.stdout, /^Draft it: followthrough draft acme\/thank-you\/0\/maria-chen$/m);
  });

  it('on an empty store, says how to start', () => {
    const empty = sandbox();
    try {
      const r = empty.run(['today']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^no profile yet: run `followthrough init/);
    } finally {
      empty.cleanup();
    }
  });
});

describe('the plan cache', () => {
  let box: Sandbox;
  before(() => {
    box = sandbox();
    assert.equal(box.run(['import', EXAMPLE]).status, 0);
  });
  after(() => box.cleanup());

  const NO_CACHE = { FOLLOWTHROUGH_NO_CACHE: '1' };

  it('gives the same plan and today as planning afresh, at any moment', () => {
    // The first run fills the cache; the later ones read it and only re-derive pending/overdue.
    const moments = [
      NOW,
      '2026-11-17T08:00:00-06:00',
      '2026-11-19T09:30:00-06:00',
      '2026-12-01T10:00:00-06:00',
      '2027-03-01T12:00:00-06:00',
    ];
    for (const now of moments) {
      for (const cmd of ['plan', 'today']) {
        const cached = box.run([cmd, '--now', now, '--json']);
        const fresh = box.run([cmd, '--now', now, '--json'], { env: NO_CACHE });
        assert.equal(cached.status, 0, cached.stderr);
        assert.deepEqual(JSON.parse(cached.stdout), JSON.parse(fresh.stdout), `${cmd} at ${now}`);
      }
    }
    assert.equal(readdirSync(`${box.dir}/cache/followthrough`).filter((f) => f.startsWith('plan-')).length, 1);
  });

  it('is never stale: a logged event shows in the next plan', () => {
    const thankYou = () => {
      const r = box.run(['plan', '--now', NOW, '--json', '--application', 'acme']);
      assert.equal(r.status, 0, r.stderr);
      return (JSON.parse(r.stdout) as { steps: Step[] }).steps.find(
        (s) => s.kind === 'thank-you' && s.to.includes('Maria Chen'),
      );
    };
    assert.equal(thankYou()?.state, 'pending');
    assert.equal(
      box.run(['log', 'acme', 'sent', '--kind', 'thank-you', '--to', 'Maria Chen', '--at', '2026-11-17 16:00']).status,
      0,
    );
    assert.equal(thankYou()?.state, 'done');
  });

  it('follows the policy in the config file', () => {
    const checkIn = (env?: NodeJS.ProcessEnv) => {
      const r = box.run(['plan', '--now', NOW, '--json', '--application', 'globex'], { env });
      assert.equal(r.status, 0, r.stderr);
      return (JSON.parse(r.stdout) as { steps: Step[] }).steps.filter((s) => s.kind === 'follow-up').length;
    };
    const before = checkIn();
    box.write('config.json', { policy: { maxTouches: 1 } });
    try {
      const after = checkIn();
      assert.ok(after < before, `${after} < ${before}`);
      assert.equal(after, checkIn(NO_CACHE));
    } finally {
      box.write('config.json', {});
    }
  });
});
