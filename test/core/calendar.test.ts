import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { createBusinessCalendar } from '../../src/core/calendar/business.js';
import { FollowthroughError } from '../../src/core/errors.js';

const us = createBusinessCalendar({ country: 'US', zone: 'America/New_York' });
const ca = createBusinessCalendar({ country: 'US-CA', zone: 'America/Los_Angeles' });
const chicago = createBusinessCalendar({ country: 'US', zone: 'America/Chicago' });

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone });
const ny = (iso: string) => at(iso, 'America/New_York');
const date = (d: DateTime) => d.toISODate();

describe('business days', () => {
  it('treats weekends as non-business days', () => {
    assert.equal(us.isBusinessDay(ny('2026-05-23T10:00')), false); // Saturday
    assert.equal(us.isBusinessDay(ny('2026-05-24T10:00')), false); // Sunday
    assert.equal(us.isBusinessDay(ny('2026-05-22T10:00')), true); // Friday
  });

  it('knows Memorial Day 2026 (May 25) is a US public holiday', () => {
    assert.equal(us.isBusinessDay(ny('2026-05-25T09:00')), false);
    assert.equal(us.holidayName(ny('2026-05-25T09:00')), 'Memorial Day');
    assert.equal(us.isBusinessDay(ny('2026-05-26T09:00')), true);
  });

  it('knows Thanksgiving 2026 (Nov 26); the Friday after is public in California only', () => {
    assert.equal(us.holidayName(ny('2026-11-26T12:00')), 'Thanksgiving Day');
    assert.equal(us.isBusinessDay(ny('2026-11-26T12:00')), false);
    assert.equal(us.onOrAfter(ny('2026-11-26T12:00')).toISODate(), '2026-11-27');
    const la = at('2026-11-26T12:00', 'America/Los_Angeles');
    assert.equal(ca.onOrAfter(la).toISODate(), '2026-11-30');
  });

  it('counts a state holiday only for that state: Cesar Chavez Day is public in US-CA', () => {
    const march31 = at('2026-03-31T10:00', 'America/Los_Angeles');
    assert.equal(ca.isBusinessDay(march31), false);
    assert.match(ca.holidayName(march31) ?? '', /Ch[aá]vez/);
    assert.equal(us.isBusinessDay(ny('2026-03-31T10:00')), true);
  });

  it('counts the weekday a weekend holiday is observed on when date-holidays lists it as public', () => {
    // July 4, 2026 is a Saturday: the Friday before is the public substitute day.
    assert.equal(us.isBusinessDay(ny('2026-07-03T10:00')), false);
    assert.match(us.holidayName(ny('2026-07-03T10:00')) ?? '', /Independence Day/);
  });

  it('ignores observances that are not public holidays', () => {
    assert.equal(us.isBusinessDay(ny('2026-03-17T10:00')), true); // St. Patrick's Day (observance)
    assert.equal(us.isBusinessDay(ny('2026-12-24T10:00')), true); // Christmas Eve (optional)
  });

  it('uses the holidays of other countries, with English names', () => {
    const de = createBusinessCalendar({ country: 'DE', zone: 'Europe/Berlin' });
    const berlin = (iso: string) => at(iso, 'Europe/Berlin');
    assert.equal(de.isBusinessDay(berlin('2026-10-03T10:00')), false); // Saturday anyway
    assert.equal(de.holidayName(berlin('2026-10-03T10:00')), 'National Holiday');
    assert.equal(de.isBusinessDay(berlin('2026-05-14T10:00')), false); // Ascension Day, a Thursday
    assert.equal(de.isBusinessDay(berlin('2026-05-25T10:00')), false); // Whit Monday
    assert.equal(de.isBusinessDay(berlin('2026-11-26T10:00')), true); // no Thanksgiving in Germany

    const gb = createBusinessCalendar({ country: 'GB', zone: 'Europe/London' });
    assert.equal(gb.isBusinessDay(at('2026-12-28T10:00', 'Europe/London')), false); // Boxing Day substitute
    assert.equal(gb.isBusinessDay(at('2026-07-03T10:00', 'Europe/London')), true);
  });

  it('judges the date in the calendar zone, not the zone of the value passed in', () => {
    // 03:00 UTC on Tuesday May 26 is still Monday May 25 (Memorial Day) in Los Angeles.
    const utc = DateTime.fromISO('2026-05-26T03:00:00Z', { zone: 'UTC' });
    assert.equal(ca.isBusinessDay(utc), false);
    assert.equal(us.isBusinessDay(DateTime.fromISO('2026-05-26T14:00:00Z', { zone: 'UTC' })), true);
  });

  it('computes holidays for any year on demand', () => {
    assert.equal(us.isBusinessDay(ny('2031-01-01T10:00')), false);
    assert.equal(us.isBusinessDay(ny('2019-12-25T10:00')), false);
  });
});

describe('moving by business days', () => {
  it('skips a weekend and a holiday: Friday before Memorial Day + 1 is Tuesday', () => {
    const friday = ny('2026-05-22T15:30');
    assert.equal(date(us.addBusinessDays(friday, 1)), '2026-05-26');
    assert.equal(date(us.addBusinessDays(friday, 3)), '2026-05-28');
    assert.equal(date(us.addBusinessDays(ny('2026-05-26T08:00'), -1)), '2026-05-22');
  });

  it('returns the start of the day in the zone', () => {
    const next = us.addBusinessDays(ny('2026-05-22T15:30'), 1);
    assert.equal(next.toISO(), '2026-05-26T00:00:00.000-04:00');
    assert.equal(next.zoneName, 'America/New_York');
  });

  it('counts from a weekend day: Saturday + 1 is the next business day', () => {
    assert.equal(date(us.addBusinessDays(ny('2026-05-23T10:00'), 1)), '2026-05-26');
    assert.equal(date(us.addBusinessDays(ny('2026-05-23T10:00'), 0)), '2026-05-26');
  });

  it('onOrAfter and onOrBefore stop at the nearest business day', () => {
    assert.equal(date(us.onOrAfter(ny('2026-05-22T23:00'))), '2026-05-22');
    assert.equal(date(us.onOrAfter(ny('2026-05-23T00:00'))), '2026-05-26');
    assert.equal(date(us.onOrBefore(ny('2026-05-25T12:00'))), '2026-05-22');
    assert.equal(date(us.onOrBefore(ny('2026-07-05T12:00'))), '2026-07-02');
  });

  it('addBusinessDays spans the Thanksgiving break', () => {
    // Mon Nov 23 + 5 (US): Tue 24, Wed 25, (Thu 26 holiday), Fri 27, (weekend), Mon 30, Tue Dec 1.
    assert.equal(date(us.addBusinessDays(ny('2026-11-23T10:00'), 5)), '2026-12-01');
    // In California Fri 27 is a holiday too.
    assert.equal(date(ca.addBusinessDays(at('2026-11-23T10:00', 'America/Los_Angeles'), 5)), '2026-12-02');
  });

  it('finds the next public holiday', () => {
    const next = us.nextHoliday(ny('2026-05-25T10:00'));
    assert.equal(next?.name, 'Juneteenth');
    assert.equal(next && date(next.date), '2026-06-19');
  });
});

describe('send window', () => {
  it('is 09:00-11:00 local by default', () => {
    const w = us.sendWindow(ny('2026-05-26T15:00'));
    assert.equal(w.earliest.toISO(), '2026-05-26T09:00:00.000-04:00');
    assert.equal(w.due.toISO(), '2026-05-26T11:00:00.000-04:00');
  });

  it('stays at 09:00 local across the DST changes in Chicago (2026-03-08 and 2026-11-01)', () => {
    const days = ['2026-03-06', '2026-03-09', '2026-10-30', '2026-11-02'];
    const offsets = days.map((d) => chicago.sendWindow(at(`${d}T12:00`, 'America/Chicago')).earliest);
    for (const e of offsets) assert.equal(e.toFormat('HH:mm'), '09:00');
    assert.deepEqual(
      offsets.map((e) => e.offset),
      [-360, -300, -300, -360],
    );
    // Adding business days across the change keeps the local date and the 09:00 window.
    const monday = chicago.addBusinessDays(at('2026-03-06T16:00', 'America/Chicago'), 1);
    assert.equal(monday.toISODate(), '2026-03-09');
    assert.equal(chicago.sendWindow(monday).earliest.toISO(), '2026-03-09T09:00:00.000-05:00');
    const after = chicago.addBusinessDays(at('2026-10-30T16:00', 'America/Chicago'), 1);
    assert.equal(chicago.sendWindow(after).earliest.toISO(), '2026-11-02T09:00:00.000-06:00');
  });

  it('takes a custom window', () => {
    const late = createBusinessCalendar({
      country: 'US',
      zone: 'America/Chicago',
      sendWindow: { start: '13:30', end: '15:00' },
    });
    const w = late.sendWindow(at('2026-06-02T08:00', 'America/Chicago'));
    assert.equal(w.earliest.toFormat('HH:mm'), '13:30');
    assert.equal(w.due.toFormat('HH:mm'), '15:00');
  });
});

describe('configuration', () => {
  it('caches calendars per country and zone', () => {
    assert.equal(createBusinessCalendar({ country: 'US', zone: 'America/New_York' }), us);
    assert.notEqual(createBusinessCalendar({ country: 'US', zone: 'America/Denver' }), us);
  });

  it('rejects unknown countries, regions, zones and windows with a one-line error naming the field', () => {
    const cases: [Parameters<typeof createBusinessCalendar>[0], RegExp][] = [
      [{ country: 'XX', zone: 'UTC' }, /^country: .*XX/],
      [{ country: 'US-ZZ', zone: 'UTC' }, /^country: .*ZZ/],
      [{ country: 'US', zone: 'Mars/Olympus' }, /^timezone: /],
      [{ country: 'US', zone: 'UTC', sendWindow: { start: '9am', end: '11:00' } }, /^sendWindow\.start: /],
      [{ country: 'US', zone: 'UTC', sendWindow: { start: '11:00', end: '09:00' } }, /^sendWindow\.end: /],
    ];
    for (const [options, message] of cases) {
      assert.throws(
        () => createBusinessCalendar(options),
        (e: unknown) => e instanceof FollowthroughError && e.code === 'INVALID_ARGUMENT' && message.test(e.message),
      );
    }
  });

  it('answers 100,000 business-day checks quickly once warm', () => {
    const day = ny('2026-05-20T10:00');
    const days = Array.from({ length: 60 }, (_, i) => day.plus({ days: i }));
    us.isBusinessDay(day);
    const started = performance.now();
    let count = 0;
    for (let i = 0; i < 100_000; i++) if (us.isBusinessDay(days[i % 60]!)) count++;
    const elapsed = performance.now() - started;
    assert.ok(count > 60_000);
    assert.ok(elapsed < 500, `took ${elapsed.toFixed(0)} ms`);
  });
});
