// The web server's use cases through app.request() on a real SQLite store: what the page does, checked
// against what the store then holds. Passwords in the config file never come back to the page.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { ROOT } from '../helpers/root.js';
import { errorOf, type WebApp, webApp } from '../helpers/web-app.js';

const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'examples/dana-reyes.json'), 'utf8'));
// The day after Acme's interview (Tuesday, November 17, 2026, 10:00 in Chicago).
const NOW = '2026-11-18T15:30:00Z';

interface StepLike {
  id: string;
  kind: string;
  application: string;
  state: string;
  earliest: string;
  to: string[];
}

describe('a first start in the browser', () => {
  it('creates the profile from the settings form on an empty store, then adds an interview', async () => {
    const w = await webApp({ now: NOW });
    try {
      const empty = (await (await w.call('/api/session')).json()) as { profile?: unknown };
      assert.equal(empty.profile, undefined);
      const noName = await w.call('/api/profile', { json: { name: ' ' } });
      assert.match(await errorOf(noName), /^name: /);
      const saved = await w.call('/api/profile', {
        json: { name: 'Ana Ruiz', email: 'ana@example.test', timezone: 'Europe/Madrid', country: 'ES' },
      });
      assert.equal(saved.status, 200, await saved.clone().text());
      assert.equal((await w.store.getCandidate())?.timezone, 'Europe/Madrid');
      const added = await w.call('/api/interviews', {
        json: { company: 'Lumen', role: 'Analyst', at: '2026-11-20 16:00', interviewers: ['Jo Vidal'] },
      });
      assert.equal(added.status, 200, await added.clone().text());
      assert.equal((await w.store.getApplication('lumen'))?.interviews[0]?.at, '2026-11-20T16:00:00+01:00');
    } finally {
      await w.close();
    }
  });
});

describe('web use cases', () => {
  let w: WebApp;
  const apps: WebApp[] = [];
  beforeEach(async () => {
    w = await webApp({
      now: NOW,
      config: { smtp: { host: '127.0.0.1', port: 2525, user: 'dana', password: 'hunter2-secret' } },
    });
    apps.push(w);
    const r = await w.call('/api/import', { json: { document: EXAMPLE } });
    assert.equal(r.status, 200, await r.clone().text());
  });
  after(async () => {
    for (const a of apps) await a.close();
  });

  const json = async <T>(path: string, init?: Parameters<WebApp['call']>[1]): Promise<T> => {
    const res = await w.call(path, init);
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  };

  it('a person is corrected or taken off an interview; an application is removed, and undo brings it back', async () => {
    await json('/api/people/edit', {
      json: {
        application: 'acme',
        interview: 1,
        person: 'Maria Chen',
        title: 'VP Finance',
        email: 'maria@acme.example',
      },
    });
    let acme = await w.store.getApplication('acme');
    const maria = acme?.interviews[0]?.interviewers.find((p) => p.name === 'Maria Chen');
    assert.equal(maria?.title, 'VP Finance');
    assert.equal(maria?.email, 'maria@acme.example');
    const bad = await w.call('/api/people/edit', {
      json: { application: 'acme', interview: 1, person: 'Nobody Here', title: 'x' },
    });
    assert.match(await errorOf(bad), /^--person: nobody called "Nobody Here"|person/);
    await json('/api/people/edit', {
      json: { application: 'acme', interview: 1, person: 'Tom Alvarez', remove: true },
    });
    acme = await w.store.getApplication('acme');
    assert.deepEqual(
      acme?.interviews[0]?.interviewers.map((p) => p.name),
      ['Maria Chen'],
    );

    await json('/api/applications/remove', { json: { application: 'globex' } });
    assert.equal(await w.store.getApplication('globex'), undefined);
    const undone = await json<{ message: string }>('/api/undo', { method: 'POST' });
    assert.match(undone.message, /removal of globex/i);
    assert.ok(await w.store.getApplication('globex'));
  });

  it('today lists the thank-yous due now; the board puts Acme under thank-yous due', async () => {
    const today = await json<{ dueNow: StepLike[]; overdue: StepLike[] }>('/api/today');
    assert.deepEqual(
      today.dueNow.map((s) => `${s.application}:${s.kind}:${s.to.join()}`),
      ['acme:thank-you:Maria Chen', 'acme:thank-you:Tom Alvarez'],
    );
    const board = await json<{ cards: Array<{ id: string; column: string }> }>('/api/board');
    assert.equal(board.cards.find((c) => c.id === 'acme')?.column, 'thank-yous-due');
    assert.equal(board.cards.find((c) => c.id === 'globex')?.column, 'waiting');
  });

  it('adds an interview typed in words, with two people; the store holds them and undo takes it back', async () => {
    const r = await json<{ application: string; message: string }>('/api/interviews', {
      json: {
        company: 'Initech',
        role: 'Staff Accountant',
        at: 'next tuesday 10am',
        interviewers: ['Lena Park <lena@initech.example>, Finance Director', 'Omar Haddad'],
        expected: "we'll get back to you in a week or two",
      },
    });
    assert.equal(r.message, 'Created Initech.');
    const stored = await w.store.getApplication(r.application);
    assert.equal(stored?.interviews[0]?.at, '2026-11-24T10:00:00-06:00');
    assert.deepEqual(
      stored?.interviews[0]?.interviewers.map((p) => [p.name, p.email, p.title]),
      [
        ['Lena Park', 'lena@initech.example', 'Finance Director'],
        ['Omar Haddad', undefined, undefined],
      ],
    );
    const undone = await json<{ message: string }>('/api/undo', { method: 'POST' });
    assert.match(undone.message, new RegExp(`^Undone: .*${r.application}\\.$`));
    assert.equal(await w.store.getApplication(r.application), undefined);
  });

  it('edits an interview: the time and the words about timing change, the people stay', async () => {
    const r = await json<{ message: string }>('/api/interviews/edit', {
      json: { application: 'acme', interview: 1, at: '2026-11-17 14:30', expected: 'in two weeks' },
    });
    assert.equal(r.message, 'Saved round 1 at Acme Logistics.');
    const iv = (await w.store.getApplication('acme'))?.interviews[0];
    assert.equal(iv?.at, '2026-11-17T14:30:00-06:00');
    assert.equal(iv?.nextSteps.expected, 'in two weeks');
    assert.deepEqual(
      iv?.interviewers.map((p) => p.name),
      ['Maria Chen', 'Tom Alvarez'],
    );
    const bad = await w.call('/api/interviews/edit', { json: { application: 'acme', interview: 7 } });
    assert.equal(bad.status, 404);
  });

  it('refuses an unreadable date naming the field, and writes nothing', async () => {
    const before = (await w.store.listApplications()).length;
    const res = await w.call('/api/interviews', {
      json: { company: 'Initech', role: 'Clerk', at: 'sometime soonish', interviewers: [] },
    });
    assert.equal(res.status, 400);
    assert.match(await errorOf(res), /^at: /);
    const badPerson = await w.call('/api/interviews', {
      json: { company: 'Initech', role: 'Clerk', at: '2026-11-20 10:00', interviewers: ['<x@y.z>'] },
    });
    assert.match(await errorOf(badPerson), /^interviewers\.0: /);
    assert.equal((await w.store.listApplications()).length, before);
  });

  it('debrief, snooze, skip and done change the store and the plan', async () => {
    await json('/api/debrief', {
      json: { application: 'acme', interview: 1, key: 'stoodOut', text: 'the new Joliet depot' },
    });
    assert.ok((await w.store.getApplication('acme'))?.interviews[0]?.debrief.stoodOut.includes('the new Joliet depot'));

    const steps = async () => (await json<{ steps: StepLike[] }>('/api/applications/acme')).steps;
    const checkIn = (await steps()).find((s) => s.kind === 'check-in') as StepLike;
    await json('/api/steps/snooze', { json: { step: checkIn.id, until: '2026-12-07' } });
    assert.equal((await steps()).find((s) => s.id === checkIn.id)?.earliest.slice(0, 10), '2026-12-07');

    const [maria, tom] = (await steps()).filter((s) => s.kind === 'thank-you');
    await json('/api/steps/done', { json: { step: maria?.id } });
    await json('/api/steps/skip', { json: { step: tom?.id } });
    const after = await steps();
    assert.equal(after.find((s) => s.id === maria?.id)?.state, 'done');
    assert.notEqual(after.find((s) => s.id === tom?.id)?.state, 'pending');
    const bad = await w.call('/api/steps/snooze', { json: { step: checkIn.id, until: 'soon' } });
    assert.match(await errorOf(bad), /^until: /);
  });

  it('settings never send a password to the page, and saving with it empty keeps it', async () => {
    const res = await w.call('/api/settings');
    const text = await res.text();
    assert.doesNotMatch(text, /hunter2/);
    assert.equal(JSON.parse(text).smtp.hasPassword, true);
    await json('/api/settings', {
      json: { smtp: { host: 'smtp.example.test', port: 587, user: 'dana', password: '' } },
    });
    const saved = JSON.parse(readFileSync(w.configFile, 'utf8'));
    assert.equal(saved.smtp.password, 'hunter2-secret');
    assert.equal(saved.smtp.host, 'smtp.example.test');
    const bad = await w.call('/api/settings', { json: { smtp: { host: 'x', port: 99999 } } });
    assert.match(await errorOf(bad), /^smtp\.port: /);
    assert.equal(JSON.parse(readFileSync(w.configFile, 'utf8')).smtp.host, 'smtp.example.test');
  });

  it('serves the calendar feed at its token, and the .eml and letter downloads of a step', async () => {
    const feed = await w.call('/calendar/calendar-token-0123456789abcdef.ics', { headers: { cookie: '' } });
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), /BEGIN:VCALENDAR[\s\S]*Thank-you/i);
    const step = encodeURIComponent('acme/thank-you/0/maria-chen');
    const eml = await w.call(`/api/eml?step=${step}`);
    assert.equal(eml.status, 200, await eml.clone().text());
    assert.match(await eml.text(), /^To: .*maria\.chen@acme\.example/m);
    const pdf = await w.call(`/api/letter?step=${step}`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
  });

  it('writes the config file the page saves, readable only by its owner', async () => {
    writeFileSync(w.configFile, '{}');
    await json('/api/settings', { json: { policy: { maxTouches: 2 } } });
    const saved = JSON.parse(readFileSync(w.configFile, 'utf8'));
    assert.deepEqual(saved.policy, { maxTouches: 2 });
    const tooMany = await w.call('/api/settings', { json: { policy: { maxTouches: 9 } } });
    assert.match(await errorOf(tooMany), /maxTouches/);
  });
});
