// The web server's protections, through app.request() (no socket): a foreign Host (DNS rebinding), a
// cross-site or token-less write, a missing session, the launch link's cookie, the CSP, and errors as one
// line naming the field. Each refused write is checked to have changed nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/server/security.js';
import { ROOT } from '../helpers/root.js';
import { errorOf, ORIGIN, PORT, type WebApp, webApp } from '../helpers/web-app.js';

const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'examples/dana-reyes.json'), 'utf8'));

describe('web server protections', () => {
  let w: WebApp;
  before(async () => {
    w = await webApp({ now: '2026-11-18T15:30:00Z' });
  });
  after(() => w.close());

  const applications = async () => (await w.store.listApplications()).length;

  it('refuses a Host that is not ours, even with a valid session (DNS rebinding)', async () => {
    const res = await w.call('/api/today', { headers: { host: `evil.example:${PORT}` } });
    assert.equal(res.status, 403);
    assert.match(await errorOf(res), /^host: /);
    const rebound = await w.app.request(`http://evil.example:${PORT}/api/session`, {
      headers: { cookie: `${SESSION_COOKIE}=${w.guard.session}` },
    });
    assert.equal(rebound.status, 403);
  });

  it('refuses a cross-site POST and changes nothing', async () => {
    const res = await w.call('/api/import', {
      json: { document: EXAMPLE },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(res.status, 403);
    assert.match(await errorOf(res), /^origin: "https:\/\/evil.example" may not change your data/);
    assert.equal(await applications(), 0);
  });

  it('refuses a write without an Origin, or without the CSRF token', async () => {
    const noOrigin = await w.app.request(`${ORIGIN}/api/undo`, {
      method: 'POST',
      headers: {
        host: `127.0.0.1:${PORT}`,
        cookie: `${SESSION_COOKIE}=${w.guard.session}`,
        [CSRF_HEADER]: w.guard.csrf,
      },
    });
    assert.equal(noOrigin.status, 403);
    const noToken = await w.call('/api/import', { json: { document: EXAMPLE }, headers: { [CSRF_HEADER]: 'guess' } });
    assert.equal(noToken.status, 403);
    assert.match(await errorOf(noToken), /^csrf: /);
    assert.equal(await applications(), 0);
  });

  it('refuses the API without the session cookie', async () => {
    const res = await w.call('/api/session', { headers: { cookie: `${SESSION_COOKIE}=not-it` } });
    assert.equal(res.status, 401);
    assert.match(await errorOf(res), /^session: /);
  });

  it('turns the launch secret into an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const wrong = await w.call('/?launch=wrong', { headers: { cookie: '' } });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.headers.get('set-cookie'), null);
    const res = await w.call('/?launch=test-launch-secret-0123456789', { headers: { cookie: '' } });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/');
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, new RegExp(`^${SESSION_COOKIE}=${w.guard.session};`));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
  });

  it('sends a strict CSP with no inline script on every response', async () => {
    const res = await w.call('/api/session');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /default-src 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('answers bad input with one line naming the field, no stack, and writes nothing', async () => {
    const bad = structuredClone(EXAMPLE);
    bad.applications[0].interviews[0].interviewers[0].name = '';
    const res = await w.call('/api/import', { json: { document: bad } });
    assert.equal(res.status, 400);
    const error = await errorOf(res);
    assert.match(error, /^applications\[0\]\.interviews\[0\]\.interviewers\[0\]\.name: /);
    assert.doesNotMatch(error, /\n|at .*\.js/);
    assert.equal(await applications(), 0);
    const badMode = await w.call('/api/import', { json: { document: EXAMPLE, mode: 'all' } });
    assert.match(await errorOf(badMode), /^mode: /);
    const notJson = await w.call('/api/interviews', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(await errorOf(notJson), 'body: not JSON');
  });

  it('serves the calendar feed only at its secret token', async () => {
    const wrong = await w.call('/calendar/guess.ics', { headers: { cookie: '' } });
    assert.equal(wrong.status, 404);
  });
});
