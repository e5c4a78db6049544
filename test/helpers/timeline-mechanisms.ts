// The timeline reader's mechanisms as data: each with passing examples (what it reads) and failing ones (a wrong
// reading it must not give). Shared by the test files that declare them.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DateTime } from 'luxon';
import { createBusinessCalendar } from '../../src/core/calendar/business.js';
import { parseExpected } from '../../src/core/timeline/expected.js';

const ZONE = 'America/Chicago';
const us = createBusinessCalendar({ country: 'US', zone: ZONE });

/** What the reader makes of `text` said at `interview` (local Chicago time). */
export const read = (text: string, interview: string) =>
  parseExpected(text, DateTime.fromISO(interview, { zone: ZONE }), us);

export interface Mechanism {
  name: string;
  /** [what they said, when, the day it must read (null: none)] */
  pass: Array<[string, string, string | null]>;
  /** [what they said, when, a day it must not read] */
  fail: Array<[string, string, string]>;
}

/** One test per mechanism, inside the caller's describe(). */
export function itReads(mechanisms: Mechanism[]): void {
  for (const m of mechanisms)
    it(m.name, () => {
      for (const [text, interview, by] of m.pass)
        assert.equal(read(text, interview).by ?? null, by, `"${text}" said ${interview}`);
      for (const [text, interview, wrong] of m.fail)
        assert.notEqual(read(text, interview).by ?? null, wrong, `"${text}" said ${interview} must not read ${wrong}`);
    });
}
