// Status touches: the first check-in from what they said, later follow-ups, the rule of three, move-on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planDocument } from '../../src/core/plan/planner.js';
import { acme, byKind, dateOf, docWith, local, touchesOf } from './plan-helpers.js';

const NOW = '2026-04-01T08:00:00-05:00';

test('told "by Friday, April 17": the check-in is on Monday, April 20 in the morning window', () => {
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', { expected: 'by Friday, April 17' })]), {
    now: NOW,
  });
  const [first] = touchesOf(steps);
  assert.ok(first);
  assert.equal(first.kind, 'check-in');
  assert.equal(first.id, 'acme/check-in/1');
  assert.equal(first.touch, 1);
  assert.equal(first.earliest, '2026-04-20T09:00:00-05:00');
  assert.equal(first.due, '2026-04-20T11:00:00-05:00');
  assert.deepEqual(first.to, ['Jordan Lee']);
  assert.equal(first.channel, 'email');
  assert.match(first.reason, /April 17/);
});

test('told "by May 22" (a Friday): Memorial Day is skipped and the reason says so', () => {
  const { steps } = planDocument(docWith([acme('2026-05-20T10:00:00-05:00', { expected: 'by May 22' })]), {
    now: NOW,
  });
  const [first] = touchesOf(steps);
  assert.ok(first);
  assert.equal(dateOf(first.due), '2026-05-26');
  assert.match(first.reason, /Memorial Day/);
});

test('told nothing: the first check-in is 7 to 14 days after the interview, on a business day', () => {
  const at = '2026-04-07T10:00:00-05:00';
  const { steps } = planDocument(docWith([acme(at)]), { now: NOW });
  const [first] = touchesOf(steps);
  assert.ok(first);
  const days = local(first.due).startOf('day').diff(local(at).startOf('day'), 'days').days;
  assert.ok(days >= 7 && days <= 14, `check-in ${days} days after the interview`);
  assert.ok(local(first.due).weekday <= 5);
  assert.match(first.reason, /No timeline/);
});

test('an unreadable phrase falls back to the no-timeline wait and the reason quotes it', () => {
  const { steps } = planDocument(
    docWith([acme('2026-04-07T10:00:00-05:00', { expected: 'when the stars align for the committee' })]),
    { now: NOW },
  );
  const [first] = touchesOf(steps);
  assert.ok(first);
  assert.equal(dateOf(first.due), '2026-04-21');
  assert.match(first.reason, /stars align/);
});

test('"within a few days": about a week after the interview', () => {
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', { expected: 'within a few days' })]), {
    now: NOW,
  });
  assert.equal(dateOf(touchesOf(steps)[0]?.due ?? ''), '2026-04-14');
});

test('a three-month process: no two touches within 14 days, move-on after the three months', () => {
  const at = '2026-04-07T10:00:00-05:00';
  const { steps } = planDocument(docWith([acme(at, { expected: 'the process takes about three months' })]), {
    now: NOW,
  });
  const touches = touchesOf(steps);
  assert.ok(touches.length >= 1 && touches.length <= 3);
  const dates = [at, ...touches.map((t) => t.due)].map((d) => local(d).toMillis());
  for (let i = 1; i < dates.length; i++) {
    const gap = ((dates[i] ?? 0) - (dates[i - 1] ?? 0)) / 86_400_000;
    assert.ok(gap >= 14, `touch ${i} only ${gap} days after the previous`);
  }
  const [moveOn] = byKind(steps, 'move-on');
  assert.ok(moveOn);
  assert.ok(dateOf(moveOn.due) > '2026-07-07', `move-on ${moveOn.due} inside the three months`);
  assert.deepEqual(moveOn.to, []);
  assert.equal(moveOn.channel, 'none');
});

test('rule of three: never more than three touches, then a move-on day after the last', () => {
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00')]), { now: NOW });
  const touches = touchesOf(steps);
  assert.deepEqual(
    touches.map((t) => t.id),
    ['acme/check-in/1', 'acme/follow-up/2', 'acme/follow-up/3'],
  );
  // Spaced about a week and a half apart.
  assert.equal(dateOf(touches[1]?.due ?? ''), '2026-05-01');
  const [moveOn] = byKind(steps, 'move-on');
  assert.ok(moveOn && local(moveOn.due) > local(touches[2]?.due ?? ''));
  assert.match(moveOn.reason, /rule of three/);
});

test('three sent touches with no answer: nothing more to send, only the move-on day', () => {
  const events = [
    { at: '2026-04-21T09:30:00-05:00', type: 'sent', kind: 'check-in', to: 'Jordan Lee' },
    { at: '2026-05-01T09:30:00-05:00', type: 'sent', kind: 'follow-up', to: 'Jordan Lee' },
    { at: '2026-05-12T10:00:00-05:00', type: 'called', kind: 'follow-up', to: 'Jordan Lee' },
  ];
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', {}, events)]), {
    now: '2026-05-13T08:00:00-05:00',
  });
  const touches = touchesOf(steps);
  assert.equal(touches.length, 3);
  assert.ok(touches.every((t) => t.state === 'done'));
  assert.equal(touches[2]?.channel, 'phone');
  const [moveOn] = byKind(steps, 'move-on');
  assert.equal(moveOn?.state, 'pending');
  assert.equal(dateOf(moveOn?.due ?? ''), '2026-05-26');
});

test('a check-in sent early counts as the touch and the next one moves with it', () => {
  const events = [{ at: '2026-04-14T09:15:00-05:00', type: 'sent', kind: 'check-in', to: 'Jordan Lee' }];
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', {}, events)]), {
    now: '2026-04-15T08:00:00-05:00',
  });
  const [first, second] = touchesOf(steps);
  assert.equal(first?.state, 'done');
  assert.equal(first?.id, 'acme/check-in/1');
  assert.equal(second?.id, 'acme/follow-up/2');
  assert.equal(dateOf(second?.due ?? ''), '2026-04-24'); // 10 days after the actual send
  assert.equal(second?.state, 'pending');
});

test('a reply with a new date re-plans the next touch to one business day after it', () => {
  const events = [
    { at: '2026-04-21T09:30:00-05:00', type: 'sent', kind: 'check-in', to: 'Jordan Lee' },
    {
      at: '2026-04-22T14:00:00-05:00',
      type: 'replied',
      from: 'Jordan Lee',
      note: 'Thanks for checking in. We expect to decide by May 8.',
    },
  ];
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', {}, events)]), {
    now: '2026-04-23T08:00:00-05:00',
  });
  const pending = touchesOf(steps).filter((t) => t.state !== 'done');
  assert.equal(pending[0]?.id, 'acme/follow-up/2');
  assert.equal(dateOf(pending[0]?.due ?? ''), '2026-05-11'); // Friday May 8 → Monday May 11
  assert.match(pending[0]?.reason ?? '', /May 8/);
  // The answer restarts the count of unanswered notes: three more may follow the reply.
  assert.equal(pending.length, 3);
});

test('a reply without a date restarts the silence clock from the reply', () => {
  const events = [
    { at: '2026-04-21T09:30:00-05:00', type: 'sent', kind: 'check-in' },
    { at: '2026-04-23T11:00:00-05:00', type: 'replied', note: 'Still interviewing, thank you for your patience.' },
  ];
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', {}, events)]), {
    now: '2026-04-24T08:00:00-05:00',
  });
  const next = touchesOf(steps).find((t) => t.state !== 'done');
  assert.equal(dateOf(next?.due ?? ''), '2026-05-04'); // April 23 + 10 days = Sunday May 3 → Monday
});

describe('an automatic (out-of-office) reply', () => {
  const sent = { at: '2026-04-21T09:30:00-05:00', type: 'sent', kind: 'check-in', to: 'Jordan Lee' };
  const away = (pausedUntil?: string) => ({
    at: '2026-04-21T09:31:00-05:00',
    type: 'replied',
    from: 'Jordan Lee',
    // The note names a date, as sync writes it: the planner must not read it as a new answer date.
    note: `Automatic reply (out of office) from Jordan Lee: away until ${pausedUntil ?? 'later'}.`,
    autoReply: true,
    ...(pausedUntil && { pausedUntil }),
  });
  const pendingWith = (events: unknown[]) =>
    touchesOf(
      planDocument(docWith([acme('2026-04-07T10:00:00-05:00', {}, events)]), { now: '2026-04-22T08:00:00-05:00' })
        .steps,
    ).filter((t) => t.state !== 'done');

  test('pauses the next touch until one business day after the return date', () => {
    const pending = pendingWith([sent, away('2026-05-06')]);
    assert.equal(pending[0]?.id, 'acme/follow-up/2');
    assert.equal(dateOf(pending[0]?.due ?? ''), '2026-05-07'); // back Wednesday May 6 → Thursday May 7
    assert.match(pending[0]?.reason ?? '', /automatic reply/i);
    assert.match(pending[0]?.reason ?? '', /May 6/);
  });

  test('is not an answer: the rule of three keeps counting the check-in already sent', () => {
    assert.equal(pendingWith([sent, away('2026-05-06')]).length, 2);
    assert.equal(pendingWith([sent, away()]).length, 2);
  });

  test('without a return date, or back before the next touch, changes no date', () => {
    const plain = pendingWith([sent]).map((t) => t.due);
    assert.deepEqual(
      pendingWith([sent, away()]).map((t) => t.due),
      plain,
    );
    assert.deepEqual(
      pendingWith([sent, away('2026-04-24')]).map((t) => t.due),
      plain,
    );
  });
});

test('a step past its due time without an event is overdue', () => {
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', { expected: 'by Friday, April 17' })]), {
    now: '2026-04-20T12:00:00-05:00',
  });
  assert.equal(touchesOf(steps)[0]?.state, 'overdue');
  assert.equal(touchesOf(steps)[1]?.state, 'pending');
});

test('their preferred channel is kept: phone, or the status portal', () => {
  const phone = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', { channel: 'phone' })]), { now: NOW });
  assert.ok(touchesOf(phone.steps).every((t) => t.channel === 'phone'));
  const portal = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', { channel: 'portal' })]), { now: NOW });
  const first = touchesOf(portal.steps)[0];
  assert.equal(first?.channel, 'portal');
  assert.match(first?.reason ?? '', /status page/);
});

test('after a next-round announcement: one scheduling check-in and nothing beyond it', () => {
  const events = [{ at: '2026-04-10T15:00:00-05:00', type: 'next-round', from: 'Jordan Lee' }];
  const { steps } = planDocument(docWith([acme('2026-04-07T10:00:00-05:00', {}, events)]), { now: NOW });
  const touches = touchesOf(steps);
  assert.equal(touches.length, 1);
  assert.equal(dateOf(touches[0]?.due ?? ''), '2026-04-17');
  assert.match(touches[0]?.reason ?? '', /another round/);
  assert.equal(byKind(steps, 'move-on').length, 0);
});

test('a later interview becomes the anchor for status touches', () => {
  const app = acme('2026-04-07T10:00:00-05:00', {}, [
    { at: '2026-04-10T15:00:00-05:00', type: 'next-round', from: 'Jordan Lee' },
  ]) as { interviews: unknown[] };
  app.interviews.push({
    at: '2026-04-20T13:00:00-05:00',
    interviewers: [{ name: 'Lena Park' }],
    nextSteps: { expected: 'by Friday, April 24' },
  });
  const { steps } = planDocument(docWith([app]), { now: NOW });
  const [first] = touchesOf(steps);
  assert.equal(first?.interview, 1);
  assert.equal(dateOf(first?.due ?? ''), '2026-04-27');
  assert.deepEqual(first?.to, ['Lena Park']);
  assert.equal(byKind(steps, 'thank-you').length, 3);
});

test('a date read further out than the silence limit, with no long process, falls back and says it is unsure', () => {
  // "by April 6" said on April 7 can only be read as next year's April 6.
  const at = '2026-04-07T10:00:00-05:00';
  const { steps } = planDocument(docWith([acme(at, { expected: 'they will decide by April 6' })]), { now: NOW });
  const [first] = touchesOf(steps);
  assert.ok(first);
  assert.equal(dateOf(first.due), '2026-04-21');
  assert.match(first.reason, /not sure/);
  for (const s of steps) {
    const days = local(s.due).startOf('day').diff(local(at).startOf('day'), 'days').days;
    assert.ok(days <= 60, `${s.id} is ${days} days after the interview`);
  }
});

test('a long process may go past the silence limit', () => {
  const at = '2026-04-07T10:00:00-05:00';
  const { steps } = planDocument(docWith([acme(at, { expected: 'the process takes about four months' })]), {
    now: NOW,
  });
  const moveOn = byKind(steps, 'move-on')[0];
  assert.ok(moveOn);
  const days = local(moveOn.due).startOf('day').diff(local(at).startOf('day'), 'days').days;
  assert.ok(days > 60, `move-on ${days} days after the interview`);
});

test('a narrative sentence with an unsure reading says so in the check-in reason', () => {
  const at = '2026-04-07T10:00:00-05:00';
  const { steps } = planDocument(docWith([acme(at, { expected: 'Things are hectic over here. Maybe next week' })]), {
    now: NOW,
  });
  const [first] = touchesOf(steps);
  assert.ok(first);
  assert.equal(dateOf(first.due), '2026-04-20');
  assert.match(first.reason, /not sure/);
});

test('a long process described without a number spaces the touches and says it has no length', () => {
  const at = '2026-04-07T10:00:00-05:00';
  const { steps } = planDocument(docWith([acme(at, { expected: 'it is a long process, several rounds' })]), {
    now: NOW,
  });
  const touches = touchesOf(steps);
  assert.ok(touches.length >= 2);
  for (let i = 1; i < touches.length; i++) {
    const gap = local(touches[i]!.due).diff(local(touches[i - 1]!.due), 'days').days;
    assert.ok(gap >= 14, `touches ${gap} days apart`);
  }
  const moveOn = byKind(steps, 'move-on')[0];
  assert.ok(moveOn);
  assert.match(moveOn.reason, /no length/);
  assert.doesNotMatch(moveOn.reason, /30-day process/);
});
