import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOf, isoDate, partsOf, weekdayOf } from '../../src/core/calendar/days.js';

const DAY_MS = 86_400_000;

describe('day numbers', () => {
  it('agree with Date.UTC for every day from 1900 to 2200', () => {
    const first = Date.UTC(1900, 0, 1) / DAY_MS;
    const last = Date.UTC(2200, 11, 31) / DAY_MS;
    for (let n = first; n <= last; n++) {
      const d = new Date(n * DAY_MS);
      const p = partsOf(n);
      if (p.year !== d.getUTCFullYear() || p.month !== d.getUTCMonth() + 1 || p.day !== d.getUTCDate()) {
        assert.fail(`partsOf(${n}) = ${JSON.stringify(p)}, expected ${d.toISOString()}`);
      }
      if (dayOf(p.year, p.month, p.day) !== n) assert.fail(`dayOf(${isoDate(n)}) !== ${n}`);
      if (weekdayOf(n) !== (d.getUTCDay() || 7)) assert.fail(`weekdayOf(${isoDate(n)})`);
    }
  });

  it('format as ISO dates and handle leap days', () => {
    assert.equal(dayOf(1970, 1, 1), 0);
    assert.equal(isoDate(dayOf(2028, 2, 29)), '2028-02-29');
    assert.equal(isoDate(dayOf(2026, 5, 25)), '2026-05-25');
    assert.equal(partsOf(dayOf(2026, 5, 25)).weekday, 1); // Memorial Day 2026 is a Monday
    assert.equal(isoDate(dayOf(2027, 3, 1) - 1), '2027-02-28');
  });
});
