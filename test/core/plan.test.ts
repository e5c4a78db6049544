// The planner as a whole: thank-you notes, closing news, competing offers, zones, ids, order and policy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_POLICY, planDocument, policySchema } from '../../src/core/plan/planner.js';
import { acme, byKind, dateOf, docWith, fixtureDocument, local, touchesOf } from './plan-helpers.js';

const NOW = '2026-04-01T08:00:00-05:00';
const AT = '2026-04-07T10:00:00-05:00';

test('one thank-you per interviewer, from the interview to the end of the next day, at most 48 hours', () => {
  const { steps } = planDocument(docWith([acme(AT)]), { now: NOW });
  const thanks = byKind(steps, 'thank-you');
  assert.deepEqual(
    thanks.map((s) => [s.id, s.to]),
    [
      ['acme/thank-you/0/maria-chen', ['Maria Chen']],
      ['acme/thank-you/0/tom-alvarez', ['Tom Alvarez']],
    ],
  );
  for (const s of thanks) {
    assert.equal(s.earliest, '2026-04-07T10:00:00-05:00');
    assert.equal(s.due, '2026-04-08T23:59:59-05:00');
    assert.ok(local(s.due).diff(local(AT), 'hours').hours <= 48);
    assert.equal(s.channel, 'email');
    assert.equal(s.state, 'pending');
    assert.equal(s.interview, 0);
  }
});

test('a stricter hour limit caps the thank-you before the end of the next day', () => {
  const { steps } = planDocument(docWith([acme(AT)]), { now: NOW, policy: { thankYouMaxHours: 24 } });
  assert.equal(byKind(steps, 'thank-you')[0]?.due, '2026-04-08T10:00:00-05:00');
});

test('an interview recorded in New York time is planned in the candidate’s Chicago time', () => {
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-04:00', { expected: 'by Friday, April 17' })]), {
    now: NOW,
  });
  const [thanks] = byKind(steps, 'thank-you');
  assert.equal(thanks?.earliest, '2026-04-07T09:00:00-05:00');
  assert.equal(thanks?.due, '2026-04-08T23:59:59-05:00');
  assert.equal(touchesOf(steps)[0]?.earliest, '2026-04-20T09:00:00-05:00');
});

test('a late-evening interview in another zone still gets the end of the next local day', () => {
  // 23:30 in New York is 22:30 in Chicago on the same date.
  const { steps } = planDocument(docWith([acme('2026-04-07T23:30:00-04:00')]), { now: NOW });
  assert.equal(byKind(steps, 'thank-you')[0]?.due, '2026-04-08T23:59:59-05:00');
});

test('mail: the candidate’s setting or the employer’s stated preference makes a posted letter', () => {
  const bySetting = planDocument(docWith([acme(AT)]), { now: NOW, policy: { thankYouChannel: 'mail' } });
  assert.ok(byKind(bySetting.steps, 'thank-you').every((s) => s.channel === 'mail'));
  const byEmployer = planDocument(docWith([acme(AT, { channel: 'mail' })]), { now: NOW });
  const [letter] = byKind(byEmployer.steps, 'thank-you');
  assert.equal(letter?.channel, 'mail');
  assert.match(letter?.reason ?? '', /letter/);
  assert.equal(letter?.due, '2026-04-08T23:59:59-05:00');
});

test('a sent thank-you marks only that interviewer’s note done', () => {
  const events = [{ at: '2026-04-07T18:00:00-05:00', type: 'sent', kind: 'thank-you', to: 'maria chen' }];
  const { steps } = planDocument(docWith([acme(AT, {}, events)]), { now: '2026-04-09T08:00:00-05:00' });
  const thanks = byKind(steps, 'thank-you');
  assert.equal(thanks.find((s) => s.to[0] === 'Maria Chen')?.state, 'done');
  assert.equal(thanks.find((s) => s.to[0] === 'Tom Alvarez')?.state, 'overdue');
});

test('an interview still ahead: thank-yous wait for it', () => {
  const { steps } = planDocument(docWith([acme(AT)]), { now: '2026-04-06T12:00:00-05:00' });
  for (const s of byKind(steps, 'thank-you')) {
    assert.equal(s.state, 'pending');
    assert.ok(local(s.earliest) > local('2026-04-06T12:00:00-05:00'));
  }
});

test('a rejection: exactly one gracious close within three days and nothing else pending', () => {
  const events = [
    { at: '2026-04-07T19:00:00-05:00', type: 'sent', kind: 'thank-you', to: 'Maria Chen' },
    { at: '2026-04-16T16:00:00-05:00', type: 'rejected', from: 'Jordan Lee', note: 'We went with another candidate.' },
  ];
  const { steps } = planDocument(docWith([acme(AT, {}, events)]), { now: '2026-04-16T17:00:00-05:00' });
  const closes = byKind(steps, 'gracious-close');
  assert.equal(closes.length, 1);
  const [close] = closes;
  assert.deepEqual(close?.to, ['Jordan Lee']);
  assert.equal(close?.id, 'acme/gracious-close');
  assert.ok(local(close?.due ?? '').diff(local('2026-04-16T16:00:00-05:00'), 'days').days <= 3);
  const open = steps.filter((s) => s.state === 'pending' || s.state === 'overdue');
  assert.deepEqual(
    open.map((s) => s.kind),
    ['gracious-close'],
  );
  // The note already sent stays done; the one never sent is cancelled.
  assert.equal(byKind(steps, 'thank-you').find((s) => s.to[0] === 'Maria Chen')?.state, 'done');
  assert.equal(byKind(steps, 'thank-you').find((s) => s.to[0] === 'Tom Alvarez')?.state, 'cancelled');
});

test('a rejection on a Friday is still answered within three days', () => {
  const events = [{ at: '2026-04-17T16:00:00-05:00', type: 'rejected' }];
  const { steps } = planDocument(docWith([acme(AT, {}, events)]), { now: '2026-04-17T17:00:00-05:00' });
  const [close] = byKind(steps, 'gracious-close');
  assert.ok(close);
  assert.ok(local(close.due).diff(local('2026-04-17T16:00:00-05:00'), 'hours').hours <= 72);
  assert.deepEqual(close.to, ['Jordan Lee']); // no sender recorded: the contact
});

test('a sent gracious close is done, leaving nothing open', () => {
  const events = [
    { at: '2026-04-16T16:00:00-05:00', type: 'rejected', from: 'Maria Chen' },
    { at: '2026-04-17T09:00:00-05:00', type: 'sent', kind: 'gracious-close', to: 'Maria Chen' },
  ];
  const { steps } = planDocument(docWith([acme(AT, {}, events)]), { now: '2026-04-18T08:00:00-05:00' });
  assert.equal(byKind(steps, 'gracious-close')[0]?.state, 'done');
  assert.ok(steps.every((s) => s.state === 'done' || s.state === 'cancelled'));
});

test('an offer, a withdrawal or a closed status leaves nothing pending', () => {
  for (const variant of [{ status: 'offer' }, { status: 'withdrawn' }, { status: 'closed' }]) {
    const app = { ...(acme(AT) as object), ...variant };
    const { steps } = planDocument(docWith([app]), { now: NOW });
    assert.ok(
      steps.every((s) => s.state === 'done' || s.state === 'cancelled'),
      `${variant.status}: ${steps.map((s) => `${s.id}=${s.state}`).join(', ')}`,
    );
    assert.equal(touchesOf(steps).length, 0);
  }
  const withdrawnByEvent = acme(AT, {}, [{ at: '2026-04-09T10:00:00-05:00', type: 'withdrawn' }]);
  const { steps } = planDocument(docWith([withdrawnByEvent]), { now: NOW });
  assert.equal(steps.filter((s) => s.state === 'pending').length, 0, steps.map((s) => `${s.id}=${s.state}`).join(', '));
});

test('a competing offer: a notice to every other active application only, before the deadline', () => {
  const globex = {
    id: 'globex',
    company: 'Globex',
    role: 'Accounting Manager',
    status: 'offer',
    interviews: [{ at: '2026-04-02T14:00:00-05:00', interviewers: [{ name: 'Sam Okafor' }] }],
  };
  const initech = {
    id: 'initech',
    company: 'Initech',
    role: 'Controller',
    interviews: [{ at: '2026-04-03T14:00:00-05:00', interviewers: [{ name: 'Bill Lumbergh' }] }],
    events: [{ at: '2026-04-06T09:00:00-05:00', type: 'rejected' }],
  };
  const hooli = {
    id: 'hooli',
    company: 'Hooli',
    role: 'Senior Accountant',
    interviews: [{ at: '2026-04-08T11:00:00-05:00', interviewers: [{ name: 'Gavin Belson' }] }],
  };
  const doc = docWith([acme(AT), globex, initech, hooli], {
    offers: [{ company: 'Globex', decideBy: '2026-04-24' }],
  });
  const { steps } = planDocument(doc, { now: '2026-04-09T12:00:00-05:00' });
  const notices = byKind(steps, 'offer-notice');
  assert.deepEqual(notices.map((s) => s.application).sort(), ['acme', 'hooli']);
  const acmeNotice = notices.find((s) => s.application === 'acme');
  assert.ok(acmeNotice);
  assert.equal(acmeNotice.id, 'acme/offer-notice/globex');
  assert.deepEqual(acmeNotice.to, ['Jordan Lee', 'Maria Chen']);
  assert.ok(local(acmeNotice.due) < local('2026-04-24T00:00:00-05:00'));
  assert.equal(dateOf(acmeNotice.due), '2026-04-21'); // three business days before Friday the 24th
  assert.match(acmeNotice.reason, /Globex/);
  assert.match(acmeNotice.reason, /April 24/);
});

test('an offer whose deadline has passed adds no notice; a sent notice is done', () => {
  const offers = [{ company: 'Globex', decideBy: '2026-04-10' }];
  const late = planDocument(docWith([acme(AT)], { offers }), { now: '2026-04-11T09:00:00-05:00' });
  assert.equal(byKind(late.steps, 'offer-notice').length, 0);
  const told = acme(AT, {}, [{ at: '2026-04-08T09:00:00-05:00', type: 'sent', kind: 'offer-notice' }]);
  const done = planDocument(docWith([told], { offers }), { now: '2026-04-09T09:00:00-05:00' });
  assert.equal(byKind(done.steps, 'offer-notice')[0]?.state, 'done');
});

test('an application without interviews yields no steps', () => {
  const { steps } = planDocument(docWith([{ id: 'solo', company: 'Solo Inc', role: 'Analyst' }]), { now: NOW });
  assert.deepEqual(steps, []);
});

test('steps are sorted by due date, and ids are stable across re-plans', () => {
  const doc = docWith(
    [acme(AT, { expected: 'by Friday, April 17' }), acme('2026-04-02T10:00:00-05:00')].map((a, i) => ({
      ...(a as object),
      id: i === 0 ? 'acme' : 'acme-2',
    })),
  );
  const first = planDocument(doc, { now: NOW }).steps;
  const again = planDocument(doc, { now: '2026-04-20T12:00:00-05:00' }).steps;
  const dues = first.map((s) => local(s.due).toMillis());
  assert.deepEqual(
    dues,
    [...dues].sort((a, b) => a - b),
  );
  assert.deepEqual(
    first.map((s) => s.id),
    again.map((s) => s.id),
  );
  assert.equal(new Set(first.map((s) => s.id)).size, first.length);
});

test('policy: the schema accepts partial config and refuses values against the advice', () => {
  assert.deepEqual(policySchema.parse({ maxTouches: 2 }), { maxTouches: 2 });
  assert.equal(policySchema.safeParse({ noTimelineDays: 3 }).success, false);
  assert.equal(policySchema.safeParse({ sendWindow: { start: '11:00', end: '09:00' } }).success, false);
  assert.equal(DEFAULT_POLICY.maxTouches, 3);
  const { steps } = planDocument(docWith([acme(AT)]), { now: NOW, policy: { maxTouches: 2, noTimelineDays: 7 } });
  assert.equal(touchesOf(steps).length, 2);
  assert.equal(dateOf(touchesOf(steps)[0]?.due ?? ''), '2026-04-14');
});

test('a bad now is refused with a one-line error naming it', () => {
  assert.throws(() => planDocument(docWith([acme(AT)]), { now: 'tomorrow' }), /^FollowthroughError: now:/);
});

test('more rounds mentioned: the first check-in asks where scheduling stands', () => {
  const { steps } = planDocument(docWith([acme(AT, { expected: 'by Friday, April 17', roundsRemaining: 1 })]), {
    now: NOW,
  });
  assert.match(touchesOf(steps)[0]?.reason ?? '', /another round/);
  assert.doesNotMatch(touchesOf(steps)[1]?.reason ?? '', /another round/);
});

test('the shared realistic fixture plans with unique ids, in due order, every reason filled in', () => {
  const doc = fixtureDocument('realistic');
  const { steps } = planDocument(doc, { now: '2026-02-02T08:00:00-06:00' });
  assert.ok(steps.length > 5);
  assert.equal(new Set(steps.map((s) => s.id)).size, steps.length);
  const dues = steps.map((s) => Date.parse(s.due));
  assert.deepEqual(
    dues,
    [...dues].sort((a, b) => a - b),
  );
  for (const s of steps) {
    assert.ok(s.reason.length > 20 && s.reason.length < 400, `${s.id}: ${s.reason}`);
    assert.match(s.earliest, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/);
    assert.ok(Date.parse(s.earliest) <= Date.parse(s.due), `${s.id} earliest after due`);
  }
});
