// Correcting the record through the real CLI: list, show, edit, remove, snooze, skip and done, and `add` run
// again for an interview that is already stored. Step ids shown once keep naming the same step after edits.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EXAMPLE, type Sandbox, sandbox } from './helpers.js';

type Step = { id: string; state: string; earliest: string; reason: string; to: string[] };
type App = {
  id: string;
  company: string;
  role: string;
  status: string;
  interviews: Array<{
    id?: string;
    at: string;
    interviewers: Array<{ id?: string; name: string; title?: string; topics: string[] }>;
  }>;
  events: Array<{ type: string; step?: string; to?: string }>;
};
const NOW = '2026-11-18T09:00:00-06:00';

describe('corrections', () => {
  let box: Sandbox;
  const plan = () => (JSON.parse(box.run(['plan', '--json', '--now', NOW]).stdout) as { steps: Step[] }).steps;
  const app = (id: string) => (box.exportDoc() as { applications: App[] }).applications.find((a) => a.id === id);
  before(() => {
    box = sandbox();
    assert.equal(box.run(['import', EXAMPLE]).status, 0);
  });
  after(() => box.cleanup());

  it('add for an interview already stored updates it instead of adding a second one', () => {
    const r = box.run([
      'add',
      '--id',
      'acme',
      '--company',
      'Acme Logistics',
      '--role',
      'Senior Accountant',
      '--at',
      '2026-11-17 10:00',
      '--interviewer',
      'Maria Chen <maria.chen@acme.example>, Controller',
      '--topic',
      'moving the close to five days',
      '--expected',
      'by Friday, November 27',
      '--now',
      NOW,
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Updated the interview of acme/);
    assert.equal(app('acme')?.interviews.length, 1);
    const thanks = plan().filter((s) => s.id.startsWith('acme/thank-you/'));
    assert.deepEqual(
      thanks.map((s) => s.id),
      ['acme/thank-you/0/maria-chen', 'acme/thank-you/0/tom-alvarez'],
    );
  });

  it('list shows each application with its next step; show prints one in full', () => {
    const list = box.run(['list', '--now', NOW]);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /^acme\s+Acme Logistics, Senior Accountant\s+active\s+acme\/thank-you\/0\/maria-chen/m);
    assert.match(list.stdout, /^globex\s+Globex, Accounting Manager/m);
    const show = box.run(['show', 'acme', '--now', NOW]);
    assert.equal(show.status, 0, show.stderr);
    assert.match(show.stdout, /Maria Chen, Controller <maria.chen@acme.example>/);
    assert.match(show.stdout, /They said: “by Friday, November 27”/);
    const missing = box.run(['show', 'nope']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^application: no application "nope" \(known: acme, globex\)$/m);
  });

  it('a sent note keeps its step after the person is renamed and retitled', () => {
    assert.equal(box.run(['done', 'acme/thank-you/0/maria-chen', '--now', NOW]).status, 0);
    const r = box.run([
      'edit',
      'acme',
      '--person',
      'Maria Chen',
      '--name',
      'María Chen-Ortiz',
      '--title',
      'VP Finance',
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Updated María Chen-Ortiz, VP Finance in acme, interview 1/);
    const step = plan().find((s) => s.id === 'acme/thank-you/0/maria-chen');
    assert.equal(step?.state, 'done', 'the same id, still done');
    assert.deepEqual(step?.to, ['María Chen-Ortiz']);
    assert.equal(plan().filter((s) => s.id.startsWith('acme/thank-you/')).length, 2);
  });

  it('edit changes an application and an interview; a bad value is refused naming its flag and changes nothing', () => {
    const before = box.exportDoc();
    const bad = box.run(['edit', 'acme', '--status', 'hired']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^--status: /m);
    const bad2 = box.run(['edit', 'acme', '--interview', '3', '--format', 'phone']);
    assert.equal(bad2.status, 2);
    assert.match(bad2.stderr, /^--interview: acme has 1 interview/m);
    assert.deepEqual(box.exportDoc(), before);
    assert.equal(box.run(['edit', 'acme', '--role', 'Senior Accountant II']).status, 0);
    assert.equal(box.run(['edit', 'acme', '--interview', '1', '--expected', 'by Friday, December 4']).status, 0);
    assert.equal(app('acme')?.role, 'Senior Accountant II');
    const checkIn = plan().find((s) => s.id === 'acme/check-in/1');
    assert.match(checkIn?.reason ?? '', /December 4/);
  });

  it('snooze moves a step (and the touches after it); skip cancels one; undo takes each back', () => {
    const before = plan().find((s) => s.id === 'acme/check-in/1') as Step;
    const follow = plan().find((s) => s.id === 'acme/follow-up/2') as Step;
    const r = box.run(['snooze', 'acme/check-in/1', '--until', '2026-12-14', '--now', NOW]);
    assert.equal(r.status, 0, r.stderr);
    const after = plan().find((s) => s.id === 'acme/check-in/1') as Step;
    assert.ok(after.earliest.startsWith('2026-12-14'), after.earliest);
    assert.ok(
      Date.parse((plan().find((s) => s.id === 'acme/follow-up/2') as Step).earliest) > Date.parse(follow.earliest),
    );
    assert.match(box.run(['undo']).stdout, /Undone: snooze of acme\/check-in\/1/);
    assert.equal(plan().find((s) => s.id === 'acme/check-in/1')?.earliest, before.earliest);

    const early = box.run(['snooze', 'acme/check-in/1', '--until', '2026-11-20', '--now', NOW]);
    assert.equal(early.status, 2, 'a day before the planned one is not a snooze');
    assert.match(early.stderr, /^--until: /m);

    assert.equal(box.run(['skip', 'acme/thank-you/0/tom-alvarez', '--now', NOW]).status, 0);
    assert.equal(plan().find((s) => s.id === 'acme/thank-you/0/tom-alvarez')?.state, 'cancelled');
    const again = box.run(['skip', 'acme/thank-you/0/tom-alvarez', '--now', NOW]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already cancelled/);
  });

  it('remove deletes an application, and undo brings it back whole', () => {
    const before = app('globex');
    const r = box.run(['remove', 'globex']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(app('globex'), undefined);
    assert.match(box.run(['undo']).stdout, /Undone: removal of globex/);
    assert.deepEqual(app('globex'), before);
  });

  it('remove --interview takes one interview off; the other keeps its step ids', () => {
    const add = box.run([
      'add',
      '--id',
      'globex',
      '--at',
      '2026-11-12 15:00',
      '--interviewer',
      'Ines Park, CFO',
      '--now',
      NOW,
    ]);
    assert.equal(add.status, 0, add.stderr);
    const ids = () =>
      plan()
        .filter((s) => s.id.startsWith('globex/thank-you/'))
        .map((s) => s.id);
    const second = ids().find((id) => id.endsWith('/ines-park'));
    assert.ok(second, ids().join(' '));
    const r = box.run(['remove', 'globex', '--interview', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Removed interview 1 of globex/m);
    assert.deepEqual(ids(), [second], 'the remaining interview keeps its id');
    assert.match(box.run(['undo']).stdout, /Undone: removal of interview 1 of globex/);
    assert.equal(ids().length, 2);
  });

  it('edit --profile corrects the candidate; a bad zone names its flag', () => {
    const bad = box.run(['edit', '--profile', '--timezone', 'Mars/Olympus']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^--timezone: /m);
    assert.equal(box.run(['edit', '--profile', '--add-achievement', 'Closed the books in four days']).status, 0);
    const doc = box.exportDoc() as { candidate: { achievements: string[] } };
    assert.ok(doc.candidate.achievements.includes('Closed the books in four days'));
  });

  it('a merge import whose application has no id never replaces a stored one; the new id is reported', () => {
    const path = box.write('clerk.json', {
      version: 1,
      candidate: { name: 'Dana Reyes', timezone: 'America/Chicago' },
      applications: [{ company: 'Acme', role: 'Clerk' }],
    });
    const stored = app('acme');
    const r = box.run(['import', path]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /"acme" is taken by another application, so it is acme-2/);
    assert.deepEqual(app('acme')?.role, stored?.role);
    assert.equal(app('acme-2')?.role, 'Clerk');
  });
});
