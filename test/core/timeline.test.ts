import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { createBusinessCalendar } from '../../src/core/calendar/business.js';
import { type ExpectedKind, findDateInText, parseExpected } from '../../src/core/timeline/expected.js';

const ZONE = 'America/Chicago';
const us = createBusinessCalendar({ country: 'US', zone: ZONE });
const gb = createBusinessCalendar({ country: 'GB', zone: 'Europe/London' });
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

// Wednesday May 20, 2026; Memorial Day is Monday May 25, Juneteenth Friday June 19.
const WED = '2026-05-20T14:00';
const TUE = '2026-05-19T14:00';

type Row = [phrase: string | undefined, interview: string, kind: ExpectedKind, by?: string, processDays?: number];

const ROWS: Row[] = [
  // next week / this week
  ['by next week', WED, 'relative', '2026-05-29'],
  ['By next week!', WED, 'relative', '2026-05-29'],
  ['BY NEXT WEEK.', WED, 'relative', '2026-05-29'],
  ['  sometime   next week ', WED, 'relative', '2026-05-29'],
  ['end of next week', WED, 'relative', '2026-05-29'],
  ['by the end of next week', WED, 'relative', '2026-05-29'],
  ['by the end of the week', WED, 'relative', '2026-05-22'],
  ['this week', WED, 'relative', '2026-05-22'],
  ['End of the week', '2026-05-22T10:00', 'relative', '2026-05-22'], // said on the Friday: that day
  ['end of the week', '2026-05-23T10:00', 'relative', '2026-05-29'], // said on a Saturday: the coming week
  ['end of the week', '2026-06-29T10:00', 'relative', '2026-07-02'], // Friday July 3 is the July 4 holiday
  ['next week', '2026-06-29T10:00', 'relative', '2026-07-10'],
  ['by next week', '2026-06-10T10:00', 'relative', '2026-06-18'], // Friday is Juneteenth
  ['the week after next', WED, 'relative', '2026-06-05'],
  ['early next week', WED, 'relative', '2026-05-27'], // second business day: Monday is Memorial Day
  // a few days
  ['within a few days', WED, 'few-days', '2026-05-26'],
  ['in a few days', WED, 'few-days', '2026-05-26'],
  ['a couple of days', WED, 'few-days', '2026-05-26'],
  ['Within a couple of days.', WED, 'few-days', '2026-05-26'],
  ['in a day or two', WED, 'relative', '2026-05-22'], // the later bound: two business days
  ['soon', WED, 'few-days', '2026-05-26'],
  // periods
  ['in two weeks', WED, 'relative', '2026-06-03'],
  ['a couple of weeks', WED, 'relative', '2026-06-03'],
  ['two to three weeks', WED, 'relative', '2026-06-10'],
  ['Two\u2013three weeks', WED, 'relative', '2026-06-10'],
  ['in 10 days', WED, 'relative', '2026-05-30'],
  ['7-10 business days', WED, 'relative', '2026-06-04'],
  ['a week or so', WED, 'relative', '2026-05-27'],
  ['a week or two', WED, 'relative', '2026-06-03'],
  ['within a week', WED, 'relative', '2026-05-27'],
  ['in a month', WED, 'relative', '2026-06-20'],
  ['a fortnight', WED, 'relative', '2026-06-03'],
  // explicit dates
  ['by Friday, March 13', '2026-03-09T11:00', 'date', '2026-03-13'],
  ['by January 30', WED, 'date', '2027-01-30'], // before the interview date: next year
  ['by May 22', WED, 'date', '2026-05-22'],
  ['by May 19', WED, 'date', '2027-05-19'],
  ['Jan. 30, 2027', WED, 'date', '2027-01-30'],
  ['June 1st', WED, 'date', '2026-06-01'],
  ['1 June', WED, 'date', '2026-06-01'],
  ['2026-06-12', WED, 'date', '2026-06-12'],
  ['on the 15th', WED, 'date', '2026-06-15'],
  ['on the 25th', WED, 'date', '2026-05-25'],
  ['Thursday the 28th', WED, 'date', '2026-05-28'],
  ['next Tuesday', WED, 'date', '2026-05-26'],
  ['next Tuesday', '2026-05-18T10:00', 'date', '2026-05-26'], // said on Monday: next week's, not tomorrow
  ['next Tuesday', '2026-05-23T10:00', 'date', '2026-05-26'], // said on Saturday: the coming week
  ['by Friday', WED, 'date', '2026-05-22'],
  ['by Friday', '2026-05-22T10:00', 'date', '2026-05-29'], // said on a Friday: the next one
  ['this Friday', '2026-05-22T10:00', 'date', '2026-05-22'],
  ['by 3/13', WED, 'date', '2027-03-13'], // US order, next occurrence
  ['by 6/1', WED, 'date', '2026-06-01'],
  ['tomorrow', WED, 'date', '2026-05-21'],
  ['a week from Friday', WED, 'date', '2026-05-29'],
  ['two weeks from today', WED, 'date', '2026-06-03'],
  ['June fifth', WED, 'date', '2026-06-05'], // chrono fallback
  ['Jun-5', WED, 'date', '2026-06-05'], // chrono fallback
  // months, quarters, holidays
  ['end of the month', WED, 'relative', '2026-05-29'], // May 31 is a Sunday
  ['by the end of the month', '2026-06-01T10:00', 'relative', '2026-06-30'],
  ['early next month', WED, 'relative', '2026-06-10'],
  ['mid-month', WED, 'relative', '2026-06-15'], // past the 15th: next month's
  ['mid-month', '2026-06-02T10:00', 'relative', '2026-06-15'],
  ['mid next month', WED, 'relative', '2026-06-15'],
  ['next month', WED, 'relative', '2026-06-30'],
  ['end of the quarter', WED, 'relative', '2026-06-30'],
  ['end of the quarter', '2026-03-09T10:00', 'relative', '2026-03-31'],
  ['in May', WED, 'relative', '2026-05-29'],
  ['early June', WED, 'relative', '2026-06-10'],
  ['by June', WED, 'relative', '2026-06-01'],
  ['end of the year', WED, 'relative', '2026-12-31'],
  ['after the holidays', '2026-11-20T10:00', 'relative', '2027-01-15'], // second week of January
  ['after the holidays', WED, 'relative', '2026-06-01'], // a week after Memorial Day
  ['end of Q2', WED, 'relative', '2026-06-30'],
  ['by Q3', WED, 'relative', '2026-09-30'],
  ['by the first of next month', WED, 'date', '2026-06-01'],
  ['on the 31st of next month', WED, 'date', '2026-06-30'], // June has 30 days
  ['June', WED, 'relative', '2026-06-30'],
  ['sometime in June?', WED, 'relative', '2026-06-30'],
  ['before Memorial Day', WED, 'relative', '2026-05-22'],
  ['by Independence Day', WED, 'relative', '2026-07-02'], // July 3 is the observed holiday
  ['after Thanksgiving', WED, 'relative', '2026-12-03'],
  ['by Labor Day', WED, 'relative', '2026-09-04'],
  // abbreviations and hours
  ['in 2-3 wks', WED, 'relative', '2026-06-10'],
  ['within 48 hours', WED, 'relative', '2026-05-22'],
  ['by COB Friday', WED, 'date', '2026-05-22'],
  ['end of day Thursday', WED, 'date', '2026-05-21'],
  ['They want to fill the role by July 1', WED, 'date', '2026-07-01'],
  // long processes
  ['the process takes about three months', WED, 'long-process', '2026-08-20', 92],
  ['it could take 6-8 weeks', WED, 'long-process', '2026-07-15', 56],
  ['a long process, about two months', WED, 'long-process', '2026-07-20', 61],
  ['The whole process usually takes 3-4 weeks.', WED, 'long-process', '2026-06-17', 28],
  // no timeline, or words we cannot read
  ['no timeline', WED, 'none'],
  ['not sure', WED, 'none'],
  ["they didn't say", WED, 'none'],
  ['They didn\u2019t say.', WED, 'none'],
  ['', WED, 'none'],
  ['   ', WED, 'none'],
  [undefined, WED, 'none'],
  ['purple elephant', WED, 'unknown'],
  ['asdf', WED, 'unknown'],
  ['they will call me', WED, 'none'],
  ["We'll let you know.", WED, 'none'],
  ['in due course', WED, 'none'],
  ['blue sky thinking', WED, 'unknown'],
  ['after the first round', WED, 'unknown'],
  // whole sentences and the phrasings of issue 9 (Tuesday May 19, 2026 as the interview)
  ['They said they would let me know in the week or 2', TUE, 'relative', '2026-06-02'], // the later bound
  ['we should be in touch in the next day or two', TUE, 'relative', '2026-05-21'],
  ['in the next day or two', '2026-05-22T10:00', 'relative', '2026-05-27'], // Friday: Memorial Day is skipped
  ['end of the following week', TUE, 'relative', '2026-05-29'],
  ['by Wednesday', TUE, 'date', '2026-05-20'],
  ['He set up an interview with one of his branch directors the next week', TUE, 'unknown'],
  ['before the holidays', '2026-12-01T10:00', 'relative', '2026-12-23'],
  ['before the holidays', TUE, 'relative', '2026-05-22'], // the business day before Memorial Day
  ['early next week', '2026-05-29T10:00', 'relative', '2026-06-02'],
  ['early in the next week', TUE, 'relative', '2026-05-27'], // Monday is Memorial Day
  ['close of business on Friday', TUE, 'date', '2026-05-22'],
  ['close of business on Friday', '2026-05-22T09:00', 'date', '2026-05-29'], // said on the Friday: a week later, as "by Friday" is
  ['within the week', TUE, 'relative', '2026-05-22'],
  ['I interviewed last Tuesday and they said they would get back to me', TUE, 'none'],
  ['I interviewed last Tuesday and they told me they would decide by Friday', TUE, 'date', '2026-05-22'],
  ['I met the team on Monday, and the recruiter expects news by Thursday.', TUE, 'date', '2026-05-21'],
  ['Interviewed Thursday. The manager hopes to decide within two weeks.', TUE, 'relative', '2026-06-02'],
  ['The final round was on Friday', TUE, 'unknown'],
  ['The hiring manager said he would call me Monday or Tuesday.', TUE, 'date', '2026-05-26'], // the later bound
  ['maybe end of next week or beginning of the week after', TUE, 'relative', '2026-06-02'],
  [
    'Had my second interview on Thursday, they said they would let me know by the following Wednesday.',
    TUE,
    'date',
    '2026-05-27',
  ],
  ['They told me on Monday that they would call by Thursday.', TUE, 'date', '2026-05-21'],
  ['a decision sometime the week of June 8', TUE, 'relative', '2026-06-12'],
  ['they hope to decide the second week of June', TUE, 'relative', '2026-06-12'], // weeks start on the first Monday
  ['sometime in the first week of July', TUE, 'relative', '2026-07-10'], // July 3 is a holiday, July 6 the first Monday
  ['we want to wrap up by the 4th of July', TUE, 'relative', '2026-07-02'], // July 3 is the observed holiday
  ['the hiring process is slow, it takes a while', TUE, 'long-process'],
  ['they said it could be several months', TUE, 'long-process', '2026-09-19', 123], // several: four
  ['should have news nxt wk', TUE, 'relative', '2026-05-29'],
  ['this month or early next at the latest', '2026-06-03T10:00', 'relative', '2026-07-10'],
  ['Thursday or Friday, probably', TUE, 'date', '2026-05-22'],
  ['probably next week, maybe Wednesday', TUE, 'relative', '2026-05-29'], // the guess lies inside the span
  ['Next step is a panel interview next Monday, then they will decide.', TUE, 'unknown'],
  ['They would want me to start on June 15 and will decide by Friday', TUE, 'date', '2026-05-22'],
  ['Nothing happens until after Memorial Day, then a week or so', TUE, 'relative', '2026-06-01'],
  ['the recruiter says around 28th', TUE, 'date', '2026-05-28'],
  ['tomorrow or the day after', TUE, 'date', '2026-05-21'],
  ['they gave me till Thursday to hear back', TUE, 'date', '2026-05-21'],
  ['the end of this week or the start of next', TUE, 'relative', '2026-05-27'],
  ['by the end of next week or the following Monday', TUE, 'relative', '2026-05-29'],
  ['the panel finishes by May 22 and the decision comes a week later', TUE, 'relative', '2026-05-29'],
  ['a decision the week of the 27th', TUE, 'relative', '2026-05-29'],
  ['no sooner than the 25th, hopefully by the 29th', TUE, 'date', '2026-05-29'],
  ['EOD Fri', TUE, 'date', '2026-05-22'],
  ['a call sometime between Wednesday and Friday', TUE, 'date', '2026-05-22'],
  ['by the end of the business week', TUE, 'relative', '2026-05-22'],
  ['The offer has a start date of June 1. They will confirm it by Thursday.', TUE, 'date', '2026-05-21'],
  ['the last round is scheduled for the 27th and they want to wrap up by the 29th', TUE, 'date', '2026-05-29'],
  ['sometime in the coming weeks', TUE, 'relative', '2026-06-09'],
  ['Round 3 is on the 27th, and the decision comes after the last round.', TUE, 'unknown'],
  ['Start would be June 15; you will hear by the 22nd.', TUE, 'date', '2026-05-22'],
  ['w/in 2wks', TUE, 'relative', '2026-06-02'],
  ['Within ten (10) bus. days', TUE, 'relative', '2026-06-03'], // Memorial Day is skipped
  // DST weeks in Chicago (2026-03-08 and 2026-11-01)
  ['by next week', '2026-03-06T16:00', 'relative', '2026-03-13'],
  ['tomorrow', '2026-10-31T23:30', 'date', '2026-11-01'],
  ['end of the week', '2026-11-01T09:00', 'relative', '2026-11-06'],
  ['in 2 days', '2026-03-07T23:30', 'relative', '2026-03-09'],
];

describe('parseExpected: phrase table', () => {
  it('has at least 50 phrases', () => assert.ok(ROWS.length >= 50));
  for (const [phrase, interview, kind, by, processDays] of ROWS) {
    it(`${JSON.stringify(phrase)} said ${interview}`, () => {
      const r = parseExpected(phrase, at(interview), us);
      assert.equal(r.kind, kind, r.explanation);
      assert.equal(r.by, by, r.explanation);
      if (processDays !== undefined) assert.equal(r.processDays, processDays);
      assert.ok(r.explanation.length > 10 && /\.$/.test(r.explanation), r.explanation);
      assert.ok(!r.explanation.includes('\n'));
    });
  }
});

describe('parseExpected: details', () => {
  it('explains a date in one plain sentence', () => {
    const r = parseExpected('by Friday, April 17', at('2026-04-10T10:00'), us);
    assert.equal(r.explanation, 'They said they would decide by Friday, April 17, 2026.');
    assert.equal(r.matched, 'April 17');
  });

  it("quotes the candidate's own words for a reading", () => {
    const r = parseExpected('They said: End of NEXT week, probably.', at(WED), us);
    assert.equal(r.matched, 'End of NEXT week');
    assert.match(r.explanation, /"End of NEXT week".*Friday, May 29, 2026/);
  });

  it('says when a holiday moved the date back', () => {
    const r = parseExpected('end of the week', at('2026-06-29T10:00'), us);
    assert.match(r.explanation, /Independence Day/);
  });

  it('names the holiday that "after the holidays" was read against', () => {
    assert.match(parseExpected('after the holidays', at(WED), us).explanation, /Memorial Day/);
    assert.match(parseExpected('after the holidays', at('2026-12-02T10:00'), us).explanation, /January/);
  });

  it('says so when a reading of a longer text is unsure, and not otherwise', () => {
    const unsure = parseExpected('Things are busy here. Maybe next week', at(TUE), us);
    assert.equal(unsure.by, '2026-05-29');
    assert.equal(unsure.unsure, true);
    assert.match(unsure.explanation, /not sure/);
    const sure = parseExpected('Busy week here. They said they would decide next week', at(TUE), us);
    assert.equal(sure.by, '2026-05-29');
    assert.equal(sure.unsure, undefined);
    assert.doesNotMatch(sure.explanation, /not sure/);
  });

  it('never reads a day already past as the answer date', () => {
    for (const text of ['last Tuesday', 'two weeks ago they called', 'I interviewed on Monday']) {
      const r = parseExpected(text, at(TUE), us);
      assert.equal(r.by, undefined, `${text}: ${r.explanation}`);
    }
  });

  it('says the no-timeline rule applies to words it cannot read', () => {
    const r = parseExpected('purple elephant', at(WED), us);
    assert.match(r.explanation, /"purple elephant"/);
    assert.match(r.explanation, /no timeline/);
    assert.equal(r.by, undefined);
  });

  it('reads the interview time in the calendar zone', () => {
    // 03:30 UTC on Saturday March 7 is still Friday March 6 in Chicago.
    const utc = DateTime.fromISO('2026-03-07T03:30:00Z', { zone: 'UTC' });
    assert.equal(parseExpected('tomorrow', utc, us).by, '2026-03-07');
    assert.equal(parseExpected('by the end of the week', utc, us).by, '2026-03-06');
  });

  it('reads numeric dates day first outside the US', () => {
    const london = DateTime.fromISO('2026-05-20T10:00', { zone: 'Europe/London' });
    assert.equal(parseExpected('by 13/3', london, gb).by, '2027-03-13');
    assert.equal(parseExpected('by 1/6', london, gb).by, '2026-06-01');
    assert.equal(parseExpected('by 1/6', at(WED), us).by, '2027-01-06');
  });

  it('uses the holidays of the candidate region', () => {
    // Cesar Chavez Day (Tuesday March 31, 2026) is a business day in the US at large, not in California.
    const ca = createBusinessCalendar({ country: 'US-CA', zone: 'America/Los_Angeles' });
    const monday = DateTime.fromISO('2026-03-30T10:00', { zone: 'America/Los_Angeles' });
    assert.equal(parseExpected('3 business days', monday, ca).by, '2026-04-03');
    assert.equal(parseExpected('3 business days', monday.setZone(ZONE), us).by, '2026-04-02');
  });
});

describe('findDateInText', () => {
  it('finds a new decision date in a longer reply, rolling to next year', () => {
    const r = findDateInText(
      'Thanks for your patience \u2014 we now expect to decide by January 30.',
      at('2026-11-20T09:00'),
      us,
    );
    assert.equal(r?.kind, 'date');
    assert.equal(r?.by, '2027-01-30');
    assert.equal(r?.matched, 'January 30');
  });

  it('splits lines without punctuation into separate sentences', () => {
    const r = findDateInText('Hi Sam\nMonday was great\nWe hope to decide in two weeks', at(WED), us);
    assert.equal(r?.by, '2026-06-03');
    assert.equal(r?.matched, 'two weeks');
  });

  it('reads periods relative to the reply', () => {
    const r = findDateInText(
      "Hi Sam,\n\nWe're still meeting candidates and will get back to you next week.\n\nBest,\nAlex",
      at(WED),
      us,
    );
    assert.equal(r?.by, '2026-05-29');
  });

  it('skips dates in sentences that are not about an answer', () => {
    const r = findDateInText('The panel met on 6/3. We will let you know by June 5th.', at('2026-06-04T10:00'), us);
    assert.equal(r?.by, '2026-06-05');
    assert.equal(findDateInText('Thanks for coming in on Monday. It was great to meet you.', at(WED), us), undefined);
    assert.equal(findDateInText('Thanks for stopping by on Monday!', at(WED), us), undefined);
  });

  it('returns undefined when there is no date, or only a past one', () => {
    assert.equal(findDateInText('Thank you for the note. No news yet, sorry.', at(WED), us), undefined);
    assert.equal(findDateInText('We decided on March 3, 2026 to reopen the role.', at(WED), us), undefined);
    assert.equal(findDateInText('', at(WED), us), undefined);
  });
});
