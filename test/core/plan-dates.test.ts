// The planner prints every date itself (dates.ts) instead of asking luxon for each one; these checks hold
// it to luxon's own answers in zones with odd offsets and DST rules, on every day of two years, so plans
// print the same times as before in every zone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { createBusinessCalendar } from '../../src/core/calendar/business.js';
import { dayOf, partsOf } from '../../src/core/calendar/days.js';
import { daysFor } from '../../src/core/plan/dates.js';

const ZONES: Array<[zone: string, country: string]> = [
  ['America/Chicago', 'US'],
  ['Europe/London', 'GB'],
  ['Australia/Lord_Howe', 'AU'], // DST moves the clock by 30 minutes
  ['America/Santiago', 'CL'], // clocks change at midnight
  ['America/St_Johns', 'CA'], // -03:30 / -02:30
  ['Asia/Kathmandu', 'IN'], // +05:45
  ['Pacific/Chatham', 'NZ'], // +12:45 / +13:45
  ['UTC', 'GB'], // luxon prints Z
  ['Etc/UTC', 'GB'], // but +00:00 here
];
const ISO = { suppressMilliseconds: true } as const;
const FIRST = dayOf(2026, 1, 1);
const LAST = dayOf(2027, 12, 31);

describe('plan dates match luxon', () => {
  for (const [zone, country] of ZONES) {
    it(`prints the start, end and send window of every day like luxon in ${zone}`, () => {
      const calendar = createBusinessCalendar({ country, zone, sendWindow: { start: '01:30', end: '09:00' } });
      const days = daysFor(calendar);
      for (let n = FIRST; n <= LAST; n++) {
        const { year, month, day } = partsOf(n);
        const at = (hour: number, minute: number, second: number) =>
          DateTime.fromObject({ year, month, day, hour, minute, second }, { zone }).toISO(ISO);
        assert.equal(days.startOf(n).text, at(0, 0, 0), `start of ${year}-${month}-${day}`);
        assert.equal(days.endOfDay(n).text, at(23, 59, 59), `end of ${year}-${month}-${day}`);
        const window = days.window(n);
        assert.equal(window.earliest.text, at(1, 30, 0), `window opens ${year}-${month}-${day}`);
        assert.equal(window.due.text, at(9, 0, 0), `window closes ${year}-${month}-${day}`);
        assert.equal(
          days.longDate(n),
          DateTime.fromObject({ year, month, day }).setLocale('en-US').toFormat('cccc, LLLL d'),
        );
      }
    });

    it(`reads and prints instants, and finds their local day, like luxon in ${zone}`, () => {
      const days = daysFor(createBusinessCalendar({ country, zone }));
      const from = DateTime.fromISO('2026-01-01T00:00:00Z').toMillis();
      // Every 7 h 13 min 17.5 s for two years: every hour of the day, around every change of offset.
      for (let ms = from; ms < from + 2 * 365 * 86_400_000; ms += 26_037_500) {
        const luxon = DateTime.fromMillis(ms, { zone });
        assert.equal(days.iso(ms), luxon.toISO(ISO));
        assert.equal(days.dayOf(ms), dayOf(luxon.year, luxon.month, luxon.day));
        const text = luxon.toISO(ISO) as string;
        assert.equal(days.at(text), DateTime.fromISO(text, { setZone: true }).toMillis(), text);
      }
    });
  }

  it('reads the date-time forms a document may hold', () => {
    const days = daysFor(createBusinessCalendar({ country: 'US', zone: 'America/Chicago' }));
    for (const text of [
      '2026-03-08T02:30-06:00',
      '2026-03-08T08:30:15Z',
      '2026-03-08T08:30:15.250Z',
      '2026-03-08T08:30:15.5+05:30',
      '2026-02-29T10:00:00Z', // not a date: luxon's answer (invalid) either way
      '2026-11-01T01:30:00-05:00',
    ]) {
      const luxon = DateTime.fromISO(text, { setZone: true }).toMillis();
      assert.deepEqual([text, days.at(text)], [text, luxon]);
    }
  });

  it('answers business-day questions on day numbers as the DateTime methods do', () => {
    const calendar = createBusinessCalendar({ country: 'US-CA', zone: 'America/Los_Angeles' });
    const zoned = (n: number) => {
      const { year, month, day } = partsOf(n);
      return calendar.startOfDate(year, month, day);
    };
    const plain = (d: DateTime) => dayOf(d.year, d.month, d.day);
    for (let n = FIRST; n <= FIRST + 400; n++) {
      assert.equal(calendar.days.isBusinessDay(n), calendar.isBusinessDay(zoned(n)));
      assert.equal(calendar.days.holidayName(n), calendar.holidayName(zoned(n)));
      assert.equal(calendar.days.onOrAfter(n), plain(calendar.onOrAfter(zoned(n))));
      assert.equal(calendar.days.onOrBefore(n), plain(calendar.onOrBefore(zoned(n))));
      assert.equal(calendar.days.addBusinessDays(n, -3), plain(calendar.addBusinessDays(zoned(n), -3)));
      assert.equal(calendar.days.addBusinessDays(n, 2), plain(calendar.addBusinessDays(zoned(n), 2)));
      assert.equal(calendar.days.nextHoliday(n)?.date, plain(calendar.nextHoliday(zoned(n))?.date as DateTime));
    }
    assert.equal(calendar.days.holidayName(dayOf(2026, 11, 27)), 'Day after Thanksgiving Day');
  });
});
