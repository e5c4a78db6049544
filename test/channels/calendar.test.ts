// The .ics export, read back with an independent parser (node-ical): one event per planned step, UIDs that survive
// re-exports and re-plans (so a calendar updates its events instead of duplicating them), the step's exact
// window, reminders on open steps only, and cancelled steps marked as such.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ical, { type VAlarm, type VEvent } from 'node-ical';
import { buildCalendar, eventUid } from '../../src/channels/calendar/index.js';
import { parseDocument } from '../../src/core/document/parse.js';
import type { Document } from '../../src/core/document/schema.js';
import { planDocument } from '../../src/core/plan/planner.js';
import type { Plan, Step } from '../../src/core/plan/types.js';

const NOW = '2026-01-09T12:00:00-06:00';
const LATER = '2026-01-12T08:30:00-06:00';

function loadDoc(): Document {
  return parseDocument(JSON.parse(readFileSync('test/fixtures/documents/realistic.json', 'utf8')), {
    defaultZone: 'America/Chicago',
  });
}

function events(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

function byUid(ics: string): Map<string, VEvent> {
  return new Map(events(ics).map((e) => [e.uid, e]));
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : String((v as { val?: unknown })?.val ?? '');
}

function alarmsOf(e: VEvent): VAlarm[] {
  return e.alarms ?? [];
}

function exportOf(doc: Document, now: string): { plan: Plan; ics: string } {
  const plan = planDocument(doc, { now });
  return { plan, ics: buildCalendar(plan, doc, { now }) };
}

describe('buildCalendar, read back with node-ical', () => {
  const doc = loadDoc();
  const { plan, ics } = exportOf(doc, NOW);

  it('has one event per step, each with the UID derived from the step id', () => {
    assert.ok(plan.steps.length >= 10, 'the fixture plans a realistic number of steps');
    const parsed = events(ics);
    assert.equal(parsed.length, plan.steps.length);
    assert.deepEqual(parsed.map((e) => e.uid).sort(), plan.steps.map((s) => `${s.id}@followthrough`).sort());
  });

  it('puts each event on the step’s window: start = earliest, end = due, as instants', () => {
    const parsed = byUid(ics);
    for (const step of plan.steps) {
      const e = parsed.get(eventUid(step));
      assert.ok(e, step.id);
      assert.equal(e.start.getTime(), Date.parse(step.earliest), `${step.id} start`);
      assert.equal(e.end?.getTime(), Date.parse(step.due), `${step.id} end`);
    }
  });

  it('names the person and company in the title and says why in the description', () => {
    const parsed = byUid(ics);
    const feld = plan.steps.find((s) => s.kind === 'thank-you' && s.to[0] === 'Robert Feld');
    assert.ok(feld);
    const e = parsed.get(eventUid(feld));
    assert.ok(e);
    assert.equal(text(e.summary), 'Thank-you letter to Robert Feld (Northwind Health)');
    const description = text(e.description);
    assert.ok(description.includes(feld.reason), 'the planner’s reason');
    assert.ok(description.includes(`followthrough letter ${feld.id}`), 'how to produce the letter');
    const okafor = plan.steps.find((s) => s.kind === 'thank-you' && s.to[0] === 'James Okafor');
    assert.ok(okafor);
    assert.equal(text(parsed.get(eventUid(okafor))?.summary), 'Thank-you note to James Okafor (Acme Logistics)');
  });

  it('reminds only for open steps: an alarm when the window opens, none on done steps', () => {
    const parsed = byUid(ics);
    for (const step of plan.steps) {
      const e = parsed.get(eventUid(step));
      assert.ok(e);
      const alarms = alarmsOf(e);
      if (step.state === 'pending' || step.state === 'overdue') {
        assert.ok(alarms.length >= 1, `${step.id} has an alarm`);
        assert.equal(String(alarms[0]?.action).toUpperCase(), 'DISPLAY');
        assert.equal(String(alarms[0]?.trigger), 'PT0S', `${step.id} alarm at start`);
      } else {
        assert.equal(alarms.length, 0, `${step.id} (${step.state}) has no alarm`);
      }
    }
    const done = plan.steps.find((s) => s.state === 'done');
    assert.ok(done, 'the fixture has a done step');
    const e = parsed.get(eventUid(done));
    assert.equal(e?.status, 'CONFIRMED');
    assert.match(text(e?.summary), /^Done: /);
  });

  it('adds a due-day morning reminder to windows longer than a day', () => {
    const parsed = byUid(ics);
    const offer = plan.steps.find((s) => s.kind === 'offer-notice' && s.state === 'pending');
    assert.ok(offer, 'the fixture has an offer notice spanning days');
    const alarms = alarmsOf(parsed.get(eventUid(offer)) as VEvent);
    assert.equal(alarms.length, 2);
    assert.match(ics, /TRIGGER;RELATED=END:-PT2H\r\n/, 'due 11:00, reminded at 09:00 local');
  });

  it('is byte-identical for two exports of the same document at the same moment', () => {
    assert.equal(exportOf(loadDoc(), NOW).ics, ics);
  });

  it('keeps every UID after re-planning; a sent note changes the step’s state, not its UID, and wins', () => {
    const next = loadDoc();
    const northwind = next.applications.find((a) => a.id === 'northwind');
    assert.ok(northwind);
    northwind.events.push({ at: '2026-01-09T16:00:00-06:00', type: 'sent', kind: 'thank-you', to: 'Robert Feld' });
    const later = exportOf(next, LATER);
    const before = byUid(ics);
    const after = byUid(later.ics);

    const feld = later.plan.steps.find((s) => s.kind === 'thank-you' && s.to[0] === 'Robert Feld');
    assert.ok(feld);
    assert.equal(feld.state, 'done');
    const old = before.get(eventUid(feld));
    const now = after.get(eventUid(feld));
    assert.ok(old && now, 'the same UID in both exports');
    assert.match(text(now.summary), /^Done: Thank-you letter to Robert Feld/);
    assert.equal(alarmsOf(now).length, 0);
    // Steps planned in both exports keep their UIDs; nothing is duplicated.
    const shared = later.plan.steps.filter((s) => before.has(eventUid(s)));
    assert.ok(shared.length >= plan.steps.length - 2, 'most steps survive the re-plan under the same UID');
    assert.equal(events(later.ics).length, later.plan.steps.length);
    // The newer export must win in calendar apps: higher SEQUENCE, later LAST-MODIFIED.
    assert.ok(Number(now.sequence) > Number(old.sequence), `sequence ${now.sequence} > ${old.sequence}`);
    assert.ok((now.lastmodified?.getTime() ?? 0) > (old.lastmodified?.getTime() ?? 0));
  });

  it('marks steps that no longer apply as cancelled, without reminders', () => {
    const next = loadDoc();
    const acme = next.applications.find((a) => a.id === 'acme');
    assert.ok(acme);
    // James Okafor's thank-you was never sent when the rejection came: the re-plan cancels it.
    acme.events.push({ at: '2026-01-10T10:00:00-06:00', type: 'rejected', from: 'Lena Park' });
    const later = exportOf(next, LATER);
    const cancelled = later.plan.steps.filter((s) => s.state === 'cancelled');
    assert.ok(cancelled.length >= 1, 'the planner cancels the unsent note');
    const parsed = byUid(later.ics);
    for (const step of cancelled) {
      const e = parsed.get(eventUid(step));
      assert.equal(e?.status, 'CANCELLED', step.id);
      assert.equal(alarmsOf(e as VEvent).length, 0);
      assert.match(text(e?.summary), /^Cancelled: /);
    }
    assert.ok(byUid(ics).has(eventUid(cancelled[0] as Step)), 'the cancelled event reuses the UID of the old one');
  });

  it('writes UTC instants, so any calendar shows the window in its own zone', () => {
    assert.match(ics, /DTSTART:\d{8}T\d{6}Z\r\n/);
    assert.doesNotMatch(ics, /DTSTART;TZID=/);
    assert.match(ics, /X-WR-TIMEZONE:America\/Chicago/);
  });
});

describe('buildCalendar with a hand-made plan', () => {
  const doc = loadDoc();
  const step = (over: Partial<Step>): Step => ({
    id: 'acme/move-on',
    application: 'acme',
    kind: 'move-on',
    to: [],
    channel: 'none',
    earliest: '2026-02-23T00:00:00-06:00',
    due: '2026-02-23T23:59:59-06:00',
    state: 'pending',
    reason: 'Three touches went unanswered.',
    ...over,
  });

  it('titles a move-on day with the company and role, and gives a point-in-time step half an hour', () => {
    const plan: Plan = {
      steps: [
        step({}),
        step({
          id: 'acme/check-in/1',
          kind: 'check-in',
          to: ['Lena Park'],
          channel: 'phone',
          earliest: '2026-01-20T09:00:00-06:00',
          due: '2026-01-20T09:00:00-06:00',
        }),
      ],
    };
    const parsed = byUid(buildCalendar(plan, doc, { now: NOW, prodId: '-//Test//Test//EN' }));
    assert.equal(
      text(parsed.get('acme/move-on@followthrough')?.summary),
      'Move on from Acme Logistics (Senior Accountant)',
    );
    const call = parsed.get('acme/check-in/1@followthrough');
    assert.equal(text(call?.summary), 'Call Lena Park to check in (Acme Logistics)');
    assert.equal((call?.end?.getTime() ?? 0) - (call?.start.getTime() ?? 0), 30 * 60_000);
  });

  it('refuses a step with an unreadable date, naming it', () => {
    assert.throws(
      () => buildCalendar({ steps: [step({ due: 'soon' })] }, doc, { now: NOW }),
      /acme\/move-on\.due: not an ISO 8601 date-time/,
    );
  });
});
