import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeCallScript, composeDraft, type Draft } from '../../src/core/compose/index.js';
import type { Document } from '../../src/core/document/schema.js';
import { FollowthroughError } from '../../src/core/errors.js';
import type { StepKind } from '../../src/core/plan/types.js';
import { NOW, realistic, similarity, withoutSignature, words } from './helpers.js';

const doc = realistic();
const companies = doc.applications.map((a) => a.company);

/** Every interviewer of every interview, with the application they belong to. */
const interviewers = doc.applications.flatMap((app) =>
  app.interviews.flatMap((iv) => iv.interviewers.map((person) => ({ app, person }))),
);

function firstName(name: string): string {
  return name.split(' ')[0]!;
}

/** The draft names the right person and company, and no other application's company. */
function assertAddressed(draft: Draft, name: string, company: string): void {
  assert.equal(draft.to, name);
  assert.ok(draft.body.includes(firstName(name)), `names ${name}:\n${draft.body}`);
  assert.ok(
    draft.body.includes(company) || draft.subject.includes(company) || draft.body.includes('the team'),
    draft.body,
  );
  for (const other of companies.filter((c) => c !== company))
    assert.ok(!draft.body.includes(other) && !draft.subject.includes(other), `mentions ${other}:\n${draft.body}`);
}

function assertMentionsTopic(draft: Draft, topics: string[]): void {
  const body = draft.body.toLowerCase();
  assert.ok(
    topics.some((t) => body.includes(t.toLowerCase())),
    `mentions one of ${JSON.stringify(topics)}:\n${draft.body}`,
  );
}

function assertLength(draft: Draft): void {
  if (draft.letter) {
    const n = words(draft.letter.paragraphs.join(' '));
    assert.ok(n >= 50 && n <= 330, `letter paragraphs: ${n} words`);
  } else {
    const n = words(draft.body);
    assert.ok(n >= 50 && n <= 200, `${draft.kind} to ${draft.to}: ${n} words`);
  }
}

describe('thank-you notes', () => {
  for (const { app, person } of interviewers) {
    it(`to ${person.name} (${app.company}): addressed, specific, sized and deterministic`, () => {
      const draft = composeDraft(doc, { application: app.id, kind: 'thank-you', to: person.name, now: NOW });
      assert.equal(draft.kind, 'thank-you');
      assertAddressed(draft, person.name, app.company);
      assert.ok(draft.body.includes(app.company), 'names the company');
      assertMentionsTopic(draft, person.topics);
      assertLength(draft);
      assert.match(draft.body, /\bthank|\bthanks|grateful|appreciat/i);
      assert.deepEqual(composeDraft(doc, { application: app.id, kind: 'thank-you', to: person.name, now: NOW }), draft);
    });
  }

  it('answers a need of the listing, in its own words, with a matching achievement', () => {
    const draft = composeDraft(doc, { application: 'acme', kind: 'thank-you', to: 'Maria Chen', now: NOW });
    assert.match(draft.body, /someone who can own the month-end close/);
    assert.match(draft.body, /I cut the month-end close from 10 days to 6 at Fabrikam/);
    assert.equal(draft.highlight.keyphrase, 'month-end close');
  });

  it('notes to two people from the same interview differ in wording and in what they highlight', () => {
    for (const app of doc.applications) {
      for (const iv of app.interviews) {
        const drafts = iv.interviewers.map((p) =>
          composeDraft(doc, { application: app.id, kind: 'thank-you', to: p.name, now: NOW }),
        );
        for (let i = 0; i < drafts.length; i++)
          for (let j = i + 1; j < drafts.length; j++) {
            const a = drafts[i]!;
            const b = drafts[j]!;
            const sim = similarity(withoutSignature(a.body, doc), withoutSignature(b.body, doc));
            assert.ok(sim < 0.15, `${a.to} vs ${b.to}: 4-gram similarity ${sim.toFixed(2)}`);
            if (a.subject) assert.notEqual(a.subject, b.subject);
            assert.notEqual(a.highlight.achievement, b.highlight.achievement);
          }
      }
    }
  });

  it('adds a brag-book testimonial where it fits, or a point the candidate forgot to mention', () => {
    const maria = composeDraft(doc, { application: 'acme', kind: 'thank-you', to: 'Maria Chen', now: NOW });
    assert.ok(maria.body.includes('a monthly scramble into a calm routine'), maria.body);
    const james = composeDraft(doc, { application: 'acme', kind: 'thank-you', to: 'James Okafor', now: NOW });
    assert.ok(james.highlight.point || james.highlight.testimonial);
    const extra = james.highlight.point ?? james.highlight.testimonial!;
    assert.ok(james.body.includes(extra.replace(/\.$/, '')), james.body);
  });

  it('defaults to the first interviewer of the latest interview', () => {
    assert.equal(composeDraft(doc, { application: 'acme', kind: 'thank-you', now: NOW }).to, 'Maria Chen');
  });

  it('refuses to thank someone who did not interview the candidate', () => {
    assert.throws(
      () => composeDraft(doc, { application: 'acme', kind: 'thank-you', to: 'Lena Park', now: NOW }),
      (e: unknown) => e instanceof FollowthroughError && e.exitCode === 2 && /^to: /.test(e.message),
    );
  });

  it('says "today" when written the day of the interview, and a date when later', () => {
    const sameDay = composeDraft(doc, {
      application: 'acme',
      kind: 'thank-you',
      to: 'Maria Chen',
      now: '2026-01-05T15:00:00-06:00',
    });
    assert.match(sameDay.body, /\btoday\b/);
    const later = composeDraft(doc, {
      application: 'acme',
      kind: 'thank-you',
      to: 'Maria Chen',
      now: '2026-01-20T15:00:00-06:00',
    });
    assert.match(later.body, /Monday, January 5/);
  });
});

describe('the posted letter', () => {
  const draft = composeDraft(doc, { application: 'northwind', kind: 'thank-you', to: 'Robert Feld', now: NOW });

  it('is the default where the employer prefers mail, with no subject', () => {
    assert.equal(draft.channel, 'mail');
    assert.equal(draft.subject, '');
    assert.ok(draft.letter);
  });

  it('has the date, both address blocks, salutation, closing and signature', () => {
    const letter = draft.letter!;
    assert.equal(letter.date, 'January 9, 2026');
    assert.deepEqual(letter.senderBlock, [
      'Dana Reyes',
      '1420 W Addison St, Apt 3',
      'Chicago, IL 60613',
      'dana.reyes@example.com',
      '+1 312 555 0142',
    ]);
    // The address already starts with the company's name, so it is not repeated.
    assert.deepEqual(letter.recipientBlock, [
      'Robert Feld',
      'Vice President of Finance',
      'Northwind Health',
      '4810 N Broadway, Suite 200',
      'Chicago, IL 60640',
    ]);
    assert.equal(letter.salutation, 'Dear Robert Feld:');
    assert.equal(letter.closing, 'Sincerely,');
    assert.equal(letter.signature, 'Dana Reyes');
    assert.ok(letter.paragraphs.length >= 2);
    for (const part of [letter.date, letter.salutation, ...letter.paragraphs]) assert.ok(draft.body.includes(part));
  });

  it('falls back to the company address for an interviewer without one', () => {
    const aisha = composeDraft(doc, { application: 'northwind', kind: 'thank-you', to: 'Aisha Rahman', now: NOW });
    assert.deepEqual(aisha.letter?.recipientBlock.slice(-3), [
      'Northwind Health',
      '4810 N Broadway, Suite 200',
      'Chicago, IL 60640',
    ]);
  });

  it('can be asked for on an email interview, and an email on a mail one', () => {
    const letter = composeDraft(doc, {
      application: 'acme',
      kind: 'thank-you',
      to: 'James Okafor',
      now: NOW,
      channel: 'mail',
    });
    assert.ok(letter.letter?.recipientBlock.includes('2200 S Canal St'));
    const email = composeDraft(doc, {
      application: 'northwind',
      kind: 'thank-you',
      to: 'Robert Feld',
      now: NOW,
      channel: 'email',
    });
    assert.equal(email.letter, undefined);
    assert.ok(email.subject.length > 0);
  });
});

const STATUS_KINDS: Array<{ kind: StepKind; touch?: number; label: string }> = [
  { kind: 'check-in', label: 'check-in' },
  { kind: 'follow-up', touch: 2, label: 'second touch' },
  { kind: 'follow-up', touch: 3, label: 'third touch' },
  { kind: 'offer-notice', label: 'offer notice' },
];

describe('status touches and the offer notice', () => {
  const active = interviewers.filter(({ app }) => app.status === 'active');
  for (const { kind, touch, label } of STATUS_KINDS)
    for (const { app, person } of active) {
      it(`${label} to ${person.name} (${app.company}): addressed, specific, sized, deterministic`, () => {
        const request = { application: app.id, kind, to: person.name, now: NOW, touch, channel: 'email' as const };
        const draft = composeDraft(doc, request);
        assertAddressed(draft, person.name, app.company);
        assertMentionsTopic(draft, person.topics);
        assertLength(draft);
        assert.ok(draft.body.includes('?'), 'asks one question');
        assert.deepEqual(composeDraft(doc, request), draft);
      });
    }

  it("the check-in names the timeline in the employer's words and the interview date", () => {
    const draft = composeDraft(doc, { application: 'acme', kind: 'check-in', now: '2026-01-14T09:00:00-06:00' });
    assert.equal(draft.to, 'Lena Park', 'the status contact by default');
    assert.match(draft.body, /by next week/);
    assert.match(draft.body, /Monday, January 5/);
    assert.match(draft.body, /interest|interested|enthusiastic/i);
  });

  it('the check-in explains a long process in their words', () => {
    const long = structuredClone(doc);
    long.applications[0]!.interviews[0]!.nextSteps.expected = 'The process takes about three months.';
    const draft = composeDraft(long, { application: 'acme', kind: 'check-in', to: 'Maria Chen', now: NOW });
    assert.match(draft.body, /you explained that the process takes about three months/);
  });

  it('the second touch stresses fit and adds a point not made in the interview, unlike the check-in', () => {
    const checkIn = composeDraft(doc, { application: 'acme', kind: 'check-in', to: 'James Okafor', now: NOW });
    const followUp = composeDraft(doc, { application: 'acme', kind: 'follow-up', to: 'James Okafor', now: NOW });
    assert.equal(followUp.touch, 2);
    assert.ok(followUp.body.includes('I have built NetSuite saved searches for every balance sheet reconciliation'));
    assert.ok(followUp.body.includes('the plan to open two new distribution centers this year'));
    assert.notEqual(followUp.subject, checkIn.subject);
    assert.ok(similarity(withoutSignature(checkIn.body, doc), withoutSignature(followUp.body, doc)) < 0.1);
  });

  it('the third touch is brief: status and an offer to answer questions', () => {
    const second = composeDraft(doc, { application: 'acme', kind: 'follow-up', to: 'Maria Chen', now: NOW, touch: 2 });
    const third = composeDraft(doc, { application: 'acme', kind: 'follow-up', to: 'Maria Chen', now: NOW, touch: 3 });
    assert.ok(words(third.body) < words(second.body));
    assert.match(third.body, /question/);
  });

  it('counts earlier touches from the log', () => {
    const logged: Document = structuredClone(doc);
    logged.applications[0]!.events.push(
      { at: '2026-01-13T09:00:00-06:00', type: 'sent', kind: 'check-in', to: 'Lena Park' },
      { at: '2026-01-23T09:00:00-06:00', type: 'sent', kind: 'follow-up', to: 'Lena Park' },
    );
    const now = '2026-02-03T09:00:00-06:00';
    assert.equal(composeDraft(logged, { application: 'acme', kind: 'follow-up', now }).touch, 3);
    assert.equal(composeDraft(logged, { application: 'acme', kind: 'follow-up', now: NOW }).touch, 2);
  });

  it('the offer notice gives the deadline, prefers this role, asks about timing and names no rival', () => {
    const draft = composeDraft(doc, { application: 'acme', kind: 'offer-notice', now: NOW });
    assert.match(draft.body, /January 23/);
    assert.ok(!draft.body.includes('Globex'));
    assert.match(draft.body, /Acme Logistics/);
    assert.match(draft.body, /understand/);
  });

  it('the offer notice needs an offer whose deadline is still ahead', () => {
    const none: Document = { ...doc, offers: [] };
    assert.throws(
      () => composeDraft(none, { application: 'acme', kind: 'offer-notice', now: NOW }),
      (e: unknown) => e instanceof FollowthroughError && e.exitCode === 2 && e.message.startsWith('offers: '),
    );
    assert.throws(
      () => composeDraft(doc, { application: 'acme', kind: 'offer-notice', now: '2026-02-01T09:00:00-06:00' }),
      (e: unknown) => e instanceof FollowthroughError && e.message.startsWith('offers: '),
    );
  });

  it('a status touch by phone is the call script', () => {
    const draft = composeDraft(doc, { application: 'acme', kind: 'check-in', now: NOW, channel: 'phone' });
    assert.equal(draft.subject, '');
    assert.match(draft.body, /^Call Lena Park/);
    assert.match(draft.body, /voicemail/i);
  });
});

describe('gracious close', () => {
  const draft = composeDraft(doc, { application: 'contoso', kind: 'gracious-close', now: NOW });

  it('replies to the person who sent the rejection, about that company only', () => {
    assertAddressed(draft, 'Tom Becker', 'Contoso Retail');
    assertMentionsTopic(draft, doc.applications[2]!.interviews[0]!.interviewers[0]!.topics);
    assertLength(draft);
  });

  it('thanks them and keeps the door open', () => {
    assert.match(draft.body, /thank/i);
    assert.match(draft.body, /keep me in mind|kept in mind/);
  });
});

describe('other requests', () => {
  it('move-on has no message: a usage error that says so', () => {
    assert.throws(
      () => composeDraft(doc, { application: 'acme', kind: 'move-on', now: NOW }),
      (e: unknown) => e instanceof FollowthroughError && e.exitCode === 2 && e.message.startsWith('kind: move-on'),
    );
  });

  it('an unknown application or person is a one-line error naming the argument', () => {
    assert.throws(
      () => composeDraft(doc, { application: 'nope', kind: 'thank-you', now: NOW }),
      (e: unknown) => e instanceof FollowthroughError && /^application: .*acme, northwind, contoso/.test(e.message),
    );
    assert.throws(
      () => composeDraft(doc, { application: 'acme', kind: 'check-in', to: 'Nobody', now: NOW }),
      (e: unknown) => e instanceof FollowthroughError && /^to: nobody named "Nobody".*Maria Chen/.test(e.message),
    );
    assert.throws(
      () => composeDraft(doc, { application: 'acme', kind: 'check-in', now: 'soon' }),
      (e: unknown) => e instanceof FollowthroughError && e.message.startsWith('now: '),
    );
  });

  it("signs with the profile, or with the candidate's own signature when given", () => {
    const draft = composeDraft(doc, { application: 'acme', kind: 'check-in', now: NOW });
    assert.match(draft.body, /\nDana Reyes\ndana\.reyes@example\.com\n\+1 312 555 0142$/);
    const own: Document = { ...doc, candidate: { ...doc.candidate, signature: 'Dana Reyes, CPA\n312-555-0142' } };
    assert.match(
      composeDraft(own, { application: 'acme', kind: 'check-in', now: NOW }).body,
      /\nDana Reyes, CPA\n312-555-0142$/,
    );
  });

  it('works without a listing, achievements or topics', () => {
    const bare: Document = structuredClone(doc);
    const app = bare.applications[0]!;
    app.listing = undefined;
    app.interviews[0]!.interviewers[0]!.topics = [];
    bare.candidate.achievements = [];
    bare.candidate.testimonials = [];
    const draft = composeDraft(bare, { application: 'acme', kind: 'thank-you', to: 'Maria Chen', now: NOW });
    assert.ok(words(draft.body) >= 40, draft.body);
    assert.match(draft.body, /Senior Accountant/);
  });
});

describe('call script', () => {
  const script = composeCallScript(doc, { application: 'acme', to: 'Maria Chen', now: NOW });

  it('opens with who you are, the meeting, your interest and whether a decision was made', () => {
    assert.match(script.opening, /Dana Reyes/);
    assert.match(script.opening, /Maria/);
    assert.match(script.opening, /January 5/);
    assert.match(script.opening, /interested|keen/);
    assert.match(script.opening, /decision/);
  });

  it('has a branch for each answer', () => {
    const byId = Object.fromEntries(script.branches.map((b) => [b.id, b.say.join(' ')]));
    assert.match(byId['no-decision']!, /questions or concerns about my candidacy/);
    assert.match(byId['no-decision']!, /by next week/);
    assert.match(byId['someone-else']!, /[Tt]hank you/);
    assert.match(byId['someone-else']!, /kept me in mind/);
    assert.match(byId['good-news']!, /next steps/);
  });

  it('has a voicemail with a way to call back and a rehearsal tip', () => {
    assert.match(script.voicemail, /\+1 312 555 0142/);
    assert.match(script.rehearsal, /play it back/);
    for (const part of [script.opening, script.voicemail, script.rehearsal]) assert.ok(script.text.includes(part));
    assert.equal(script.toPhone, '+1 312 555 0190');
  });

  it('is deterministic', () => {
    assert.deepEqual(composeCallScript(doc, { application: 'acme', to: 'Maria Chen', now: NOW }), script);
  });
});
