// `followthrough review` as users run it: the built CLI, spawned, on real files and stdin.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/root.js';

const root = ROOT;
const bin = join(root, 'bin/followthrough.js');
const doc = join(root, 'test/fixtures/documents/realistic.json');
const dir = mkdtempSync(join(tmpdir(), 'ft-review-'));

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, 'review', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FOLLOWTHROUGH_DB: join(dir, 'none.db'), ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const good = file(
  'good.txt',
  'Subject: Thank you\n\nDear Maria,\n\nThank you for walking me through the month-end close timeline today. Moving the bank reconciliations into NetSuite is work I have done before, and I would enjoy doing it for Acme Logistics. I remain very interested in the Senior Accountant role and look forward to the next step.\n\nBest regards,\nDana Reyes\n',
);
const bad = file(
  'bad.txt',
  'Subject: Checking in\n\nDear James,\n\nI really need this job. Please let me know by Friday.\n\nDana\n',
);

test('a good note exits 0 and prints its stats', () => {
  const r = run([good, '--from', doc, '--application', 'acme', '--to', 'Maria Chen', '--kind', 'thank-you']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\d+ words · 0 questions · reading grade [\d.]+/);
  assert.doesNotMatch(r.stdout, /^error/m);
});

test('errors exit 1; each finding shows its line with the span underlined', () => {
  const r = run([bad, '--from', doc, '--application', 'acme', '--to', 'Maria Chen', '--kind', 'check-in']);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.split('\n');
  const i = lines.findIndex((l) => l.startsWith('error desperation.need-job:'));
  assert.ok(i >= 0, r.stdout);
  assert.equal(lines[i + 1], '   5 | I really need this job. Please let me know by Friday.');
  assert.equal(lines[i + 2], '     | ^^^^^^^^^^^^^^^^^^^^^^');
  assert.match(r.stdout, /error names\.greeting: The greeting names James, but this note is to Maria Chen/);
  assert.match(r.stdout, /try: Dear Maria,/);
  assert.match(r.stdout, /error pushiness\.own-deadline/);
  assert.ok(!r.stdout.includes('\u001b['), 'no colour when not a terminal');
});

test('--json prints the CONTRACT §3 shape with offsets into the file', () => {
  const text = 'Subject: Hello\n\nI have been out of work since May. Any news?';
  const r = run(['-', '--json'], text);
  assert.equal(r.status, 1, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(json).sort(), ['findings', 'signals', 'stats']);
  const f = json.findings.find((x: { rule: string }) => x.rule === 'desperation.out-of-work');
  assert.ok(f);
  assert.deepEqual(Object.keys(f).sort(), ['category', 'end', 'message', 'rule', 'severity', 'start']);
  assert.equal(text.slice(f.start, f.end), 'I have been out of work');
  assert.deepEqual(json.stats, { words: 10, questions: 1, readingGrade: json.stats.readingGrade });
  // The reply signals: a one-word subject and a 10-word note miss their ranges; one question is within.
  const byId = Object.fromEntries(json.signals.map((s: { id: string }) => [s.id, s]));
  assert.deepEqual(Object.keys(byId).sort(), ['positivity', 'questions', 'reading-grade', 'subject-words', 'words']);
  assert.deepEqual(byId.words, { ...byId.words, value: 10, target: { min: 50, max: 125 }, met: false });
  assert.deepEqual(byId['subject-words'], { ...byId['subject-words'], value: 1, met: false });
  assert.equal(byId.questions.met, true);
  for (const s of json.signals) assert.ok(s.reason.length > 20, `${s.id} has a reason`);
});

test('the human output lists the reply signals with a reason for each one that is off', () => {
  const r = run(['-'], 'Subject: Thanks for the interview\n\nThank you for the talk about the close.');
  assert.match(r.stdout, /reply signals/);
  assert.match(r.stdout, /off words 8 \(best 50-125\): /);
  assert.match(r.stdout, /met subject words 4 \(best 3-4\)\n/);
});

test('stdin with no findings exits 0 with an empty list', () => {
  const r = run(['-', '--json'], 'I enjoyed our talk about the close.');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).findings, []);
});

test('bad usage exits 2 with one line naming the argument', () => {
  const missing = run([join(dir, 'nope.txt')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr.trim(), /^FILE: cannot read .*nope\.txt: no such file$/);
  const kind = run([good, '--kind', 'postcard']);
  assert.equal(kind.status, 2);
  assert.match(kind.stderr, /^--kind: must be one of/);
  const brokenDoc = file('broken.json', '{"version": 1, "candidate": {}}');
  const invalid = run([good, '--from', brokenDoc]);
  assert.equal(invalid.status, 2);
  assert.match(invalid.stderr, /candidate\.name: required/);
  const app = run([good, '--from', doc, '--application', 'nowhere']);
  assert.equal(app.status, 2);
  assert.match(app.stderr, /--application: no application "nowhere"/);
});
