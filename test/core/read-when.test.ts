// readWhen: the moments people type, read in the candidate's zone from a `now` passed in. The examples are
// data: each `reads` row must give exactly that ISO time, each `refuses` row must fail with that kind and a
// message naming the field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readWhen, WhenError, type WhenProblem, whenProblem } from '../../src/core/calendar/read-when.js';

const CHICAGO = 'America/Chicago';
// Tuesday, December 1, 2026, 10:00 in Chicago.
const NOW = '2026-12-01T10:00:00-06:00';

interface Reads {
  text: string;
  iso: string;
  zone?: string;
  monthFirst?: boolean;
}

const READS: Reads[] = [
  { text: 'next tuesday 10am', iso: '2026-12-08T10:00:00-06:00' },
  { text: '12/3 2pm', iso: '2026-12-03T14:00:00-06:00' },
  { text: '2026-12-01 9:30', iso: '2026-12-01T09:30:00-06:00' },
  { text: 'tomorrow 3pm', iso: '2026-12-02T15:00:00-06:00' },
  { text: 'Tomorrow at 3 PM', iso: '2026-12-02T15:00:00-06:00' },
  { text: '2026-12-01T09:30', iso: '2026-12-01T09:30:00-06:00' },
  { text: '2026-12-01 14:05', iso: '2026-12-01T14:05:00-06:00' },
  // An offset in the text wins over the zone; the result is shown in the candidate's zone.
  { text: '2026-12-01T15:30:00Z', iso: '2026-12-01T09:30:00-06:00' },
  { text: '2026-12-01T10:00:00-05:00', iso: '2026-12-01T09:00:00-06:00' },
  { text: 'Thursday, December 3, 2:00 PM', iso: '2026-12-03T14:00:00-06:00' },
  { text: 'on Dec 3 at 2pm', iso: '2026-12-03T14:00:00-06:00' },
  { text: 'yesterday 4:15pm', iso: '2026-11-30T16:15:00-06:00' },
  { text: 'last friday at noon', iso: '2026-11-27T12:00:00-06:00' },
  { text: 'friday 2pm', iso: '2026-12-04T14:00:00-06:00' },
  { text: '12/3/2026 14:00', iso: '2026-12-03T14:00:00-06:00' },
  // The forms a recruiter's email or a calendar invite uses.
  { text: 'Wed 12/9 @ 11:30am', iso: '2026-12-09T11:30:00-06:00' },
  { text: 'Dec. 9, 2026 at 1:00 p.m.', iso: '2026-12-09T13:00:00-06:00' },
  { text: 'this coming Thursday at 1', iso: '2026-12-03T13:00:00-06:00' },
  { text: 'next Wed at noon', iso: '2026-12-09T12:00:00-06:00' },
  { text: '9 Dec 2026, 14:00', iso: '2026-12-09T14:00:00-06:00' },
  // An hour from 1 to 6 without am/pm is the afternoon; written 24-hour style with a zero, it is kept.
  { text: 'dec 3 at 2', iso: '2026-12-03T14:00:00-06:00' },
  { text: 'Dec 3 04:30', iso: '2026-12-03T04:30:00-06:00' },
  { text: '2026-12-03 04:30', iso: '2026-12-03T04:30:00-06:00' },
  { text: 'Dec 3 at 9', iso: '2026-12-03T09:00:00-06:00' },
  // Summer time: the offset is the one in force on that day, not today's.
  { text: 'July 14 2027 9am', iso: '2027-07-14T09:00:00-05:00' },
  // Another zone than the process's: "tomorrow" is counted on the candidate's calendar (already Dec 2 there).
  { text: 'tomorrow 9am', iso: '2026-12-03T09:00:00+09:00', zone: 'Asia/Tokyo' },
  { text: '3/12 2pm', iso: '2026-12-03T14:00:00+00:00', zone: 'Europe/London', monthFirst: false },
];

const REFUSES: Array<{ text: string; problem: WhenProblem; message: RegExp; zone?: string }> = [
  { text: 'Dec 3', problem: 'no-time', message: /^--at: 'Dec 3' has no time of day; add one, e.g\. 'Dec 3 2pm'$/ },
  { text: '2026-12-03', problem: 'no-time', message: /^--at: '2026-12-03' has no time of day/ },
  { text: 'next tuesday', problem: 'no-time', message: /no time of day/ },
  { text: 'monday morning', problem: 'no-time', message: /no time of day/ },
  { text: 'sometime soon', problem: 'unreadable', message: /^--at: cannot read "sometime soon" as a date and time/ },
  { text: 'friday 9', problem: 'unreadable', message: /^--at: cannot read "9" in "friday 9"/ },
  {
    text: '2026-12-01 25:00',
    problem: 'unreadable',
    message: /^--at: cannot read "2026-12-01 25:00" as a date and time/,
  },
  { text: '2026-02-30 10:00', problem: 'unreadable', message: /^--at: cannot read/ },
  { text: 'dec 3 or dec 4 2pm', problem: 'ambiguous', message: /more than one moment/ },
  {
    text: 'Tue 12/9 2pm',
    problem: 'ambiguous',
    message: /^--at: "Tue" does not match December 9, a Wednesday$/,
  },
  { text: '', problem: 'unreadable', message: /^--at: empty/ },
  {
    text: 'tomorrow 3pm',
    problem: 'bad-zone',
    message: /^--at: unknown time zone "Mars\/Olympus"$/,
    zone: 'Mars/Olympus',
  },
];

describe('readWhen', () => {
  for (const row of READS) {
    it(`reads "${row.text}"${row.zone ? ` in ${row.zone}` : ''}`, () => {
      const got = readWhen(row.text, {
        zone: row.zone ?? CHICAGO,
        now: NOW,
        field: '--at',
        monthFirst: row.monthFirst,
      });
      assert.equal(got.iso, row.iso);
    });
  }

  for (const row of REFUSES) {
    it(`refuses "${row.text}" (${row.problem})`, () => {
      assert.throws(
        () => readWhen(row.text, { zone: row.zone ?? CHICAGO, now: NOW, field: '--at' }),
        (err: unknown) => err instanceof WhenError && err.problem === row.problem && row.message.test(err.message),
      );
    });
  }

  it('echoes the reading in words, with the zone, and the year only when it is not this year', () => {
    assert.equal(readWhen('12/3 2pm', { zone: CHICAGO, now: NOW }).echo, 'Thursday, December 3, 2:00 PM CST');
    assert.equal(readWhen('jan 5 9:30am', { zone: CHICAGO, now: NOW }).echo, 'Tuesday, January 5, 2027, 9:30 AM CST');
  });

  it('a day alone gets the time the caller asks for (how --now reads "2026-12-01")', () => {
    const opts = { zone: CHICAGO, now: NOW, dateOnlyAt: '09:00' };
    assert.equal(readWhen('2026-12-07', opts).iso, '2026-12-07T09:00:00-06:00');
    assert.equal(readWhen('next friday', opts).iso, '2026-12-11T09:00:00-06:00');
  });

  it('whenProblem gives the reason without the field, for a prompt that asks again', () => {
    assert.equal(
      whenProblem('Dec 3', { zone: CHICAGO, now: NOW }),
      "'Dec 3' has no time of day; add one, e.g. 'Dec 3 2pm'",
    );
    assert.equal(whenProblem('Dec 3 2pm', { zone: CHICAGO, now: NOW }), undefined);
  });
});
