// The timeline reader's newer mechanisms, each with passing examples (what it reads) and failing ones (a wrong
// reading it must not give: most are what it read before the mechanism existed). Phrasings are written for
// this file, apart from the corpus: days that are not US public holidays, days counted from one named before
// ("closed for Eid, so the week after", "away till Wednesday, the day after she's back"), more time asked for,
// steps joined by "and", a person's gloss, weekday typos, and re-entrant reading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itReads, type Mechanism, read } from '../helpers/timeline-mechanisms.js';

const MECHANISMS: Mechanism[] = [
  {
    name: 'days that are not US public holidays, dated by date-holidays',
    pass: [
      // Easter Sunday 2026 is April 5: the last business day before it is Good Friday, a US working day.
      ['Should be sorted before Easter, the recruiter reckoned.', '2026-03-23T10:00', '2026-04-03'],
      // Easter 2027 is March 28; a week after is a Sunday, so the Friday before.
      ['nothing til after easter now', '2027-03-15T10:00', '2027-04-02'],
      // Halloween 2026 is a Saturday.
      ['they want an answer out by Halloween', '2026-10-12T10:00', '2026-10-30'],
      // Diwali 2026 is Sunday November 8 (Singapore's Deepavali).
      ['Result likely before Diwali.', '2026-10-20T10:00', '2026-11-06'],
      // Eid al-Adha 2026 is Wednesday May 27, the day after Memorial Day week's Tuesday.
      ['Decision before Eid, inshallah', '2026-05-11T10:00', '2026-05-26'],
      // Eid al-Fitr 2027 is Tuesday March 9: a week after it.
      ["They'll confirm after Ramadan ends.", '2027-02-15T10:00', '2027-03-16'],
      // Boxing Day 2026 is a Saturday and Christmas a holiday.
      ['by Boxing Day at the outside', '2026-12-10T10:00', '2026-12-24'],
      // Easter Monday is a working day in the US: "by" it is that day, "before" it the Friday.
      ['They should know by Easter Monday.', '2026-03-25T10:00', '2026-04-06'],
      ['hopefully before Christmas Eve', '2026-12-09T10:00', '2026-12-23'],
    ],
    fail: [
      ['they want an answer out by Halloween', '2026-10-12T10:00', '2026-10-31'],
      ['hopefully before Christmas Eve', '2026-12-09T10:00', '2026-12-24'],
    ],
  },
  {
    name: '"the week after", "the day after", "until then", "when she is back": counted from the day named before',
    pass: [
      // Lunar New Year 2027 is Saturday February 6.
      ['The Shanghai team shuts for Lunar New Year, so expect word the week after.', '2027-01-25T10:00', '2027-02-12'],
      // Eid al-Fitr 2026 is Friday March 20.
      ['Office closed for Eid, nothing till the week after.', '2026-03-13T10:00', '2026-03-27'],
      ["the lead is off till thursday, she'll email the day after she's back", '2026-06-08T10:00', '2026-06-12'],
      ['Director on leave until 8/17, they will decide when he returns', '2026-08-05T10:00', '2026-08-17'],
      [
        "My contact's on holiday for two weeks, so we're talking the week after she's back",
        '2026-07-01T10:00',
        '2026-07-24',
      ],
      [
        "HR said the manager is on leave until next Monday, so I won't hear until then.",
        '2026-08-03T10:00',
        '2026-08-10',
      ],
      [
        "They'll have finished interviews by the 30th and will call everyone shortly after.",
        '2026-01-20T10:00',
        '2026-02-04',
      ],
    ],
    fail: [
      ['Office closed for Eid, nothing till the week after.', '2026-03-13T10:00', '2026-03-20'],
      ["the lead is off till thursday, she'll email the day after she's back", '2026-06-08T10:00', '2026-06-09'],
    ],
  },
  {
    name: 'no day named before: a day counted from one is no reading',
    pass: [
      ['They asked me back for a second interview the week after.', '2026-07-15T10:00', null],
      ["They'll get back to me once the hiring manager is back from leave.", '2026-03-18T10:00', null],
      ['HR is closed over Lunar New Year.', '2026-02-04T10:00', null],
      ['The day after the interview I sent a thank-you. Still nothing.', '2026-08-19T10:00', null],
    ],
    fail: [['They asked me back for a second interview the week after.', '2026-07-15T10:00', '2026-07-24']],
  },
  {
    name: 'a weekday named after someone is back counts from their return',
    pass: [
      ['Recruiter is out of office until next Wednesday, so she said Thursday.', '2026-04-06T10:00', '2026-04-16'],
      ['He is out until Monday, expect an answer on Tuesday', '2026-04-01T10:00', '2026-04-07'],
      ['Away through Friday; she said Monday for sure.', '2026-02-10T10:00', '2026-02-16'],
    ],
    fail: [
      ['Recruiter is out of office until next Wednesday, so she said Thursday.', '2026-04-06T10:00', '2026-04-09'],
    ],
  },
  {
    name: 'more time asked for counts from the day named before',
    pass: [
      ['It was meant to be Thursday, then they pushed it back a week.', '2026-09-01T10:00', '2026-09-10'],
      ['They said the 12th; on the 12th they asked for two more days.', '2026-10-05T10:00', '2026-10-14'],
    ],
    fail: [['It was meant to be Thursday, then they pushed it back a week.', '2026-09-01T10:00', '2026-09-08']],
  },
  {
    name: 'steps joined by "and" inside one clause: the last deadline',
    pass: [
      ['The panel will finish scoring by Tuesday and send offers by Thursday.', '2026-03-02T10:00', '2026-03-05'],
      ['She expects references back by the 9th and a decision by the 11th.', '2026-06-01T10:00', '2026-06-11'],
    ],
    fail: [['The panel will finish scoring by Tuesday and send offers by Thursday.', '2026-03-02T10:00', '2026-03-03']],
  },
  {
    name: 'second bounds said as "give them until", "realistically", a gloss',
    pass: [
      ["Monday's the target, but give them until Wednesday.", '2026-05-06T10:00', '2026-05-13'],
      ['The plan is end of November but realistically it will be December.', '2026-11-02T10:00', '2026-12-31'],
      ["said 'in a bit', which to them means 10 days or so", '2026-04-14T10:00', '2026-04-24'],
      ['about two weeks, possibly three with the holiday on Monday', '2026-02-11T10:00', '2026-03-04'],
    ],
    fail: [
      ['about two weeks, possibly three with the holiday on Monday', '2026-02-11T10:00', '2026-02-16'],
      ['The plan is end of November but realistically it will be December.', '2026-11-02T10:00', '2026-11-30'],
    ],
  },
  {
    name: 'other events: a case study, a rescheduled interview, the candidate travelling, a hire in the seat',
    pass: [
      ['They want me in for a presentation on the 17th and will decide after that.', '2026-09-08T10:00', null],
      ['She was out until Monday so the interview got moved to Tuesday.', '2026-05-20T10:00', null],
      ["I'm travelling next week so I asked them to email rather than phone.", '2026-10-21T10:00', null],
      [
        "They want someone in the seat by October so they'll decide in the next couple of weeks.",
        '2026-08-18T10:00',
        '2026-09-01',
      ],
      ['I had a final interview on Tuesday and was told within 5-7 business days.', '2026-05-05T10:00', '2026-05-14'],
    ],
    fail: [
      ['I had a final interview on Tuesday and was told within 5-7 business days.', '2026-05-05T10:00', '2026-05-12'],
      [
        "They want someone in the seat by October so they'll decide in the next couple of weeks.",
        '2026-08-18T10:00',
        '2026-10-01',
      ],
    ],
  },
  {
    name: 'closures and leave give a return day; "before then", "the week she is back", "the Monday after"',
    pass: [
      // Memorial Day 2026 is May 25 (Britain's spring bank holiday too).
      ['We shut for the bank holiday Monday, so Tuesday instead.', '2026-05-18T10:00', '2026-05-26'],
      ['on paternity leave for the next two weeks, so nothing until he is back', '2026-07-22T10:00', '2026-08-05'],
      ["Recruiter's on holiday until the 21st; I'll hear the week she's back.", '2026-09-09T10:00', '2026-09-25'],
      ['the VP flies out on the 28th so they want it signed before then', '2026-08-20T10:00', '2026-08-27'],
      ['After the Thanksgiving break, so the Monday after.', '2026-11-20T10:00', '2026-11-30'],
      // The August bank holiday is August 31; a week later is Labor Day, so the Friday before.
      ['They said after the August bank holiday.', '2026-08-24T10:00', '2026-09-04'],
      ['Nothing will move until after Boxing Day.', '2026-12-16T10:00', '2027-01-15'],
    ],
    fail: [
      ['We shut for the bank holiday Monday, so Tuesday instead.', '2026-05-18T10:00', '2026-05-19'],
      ['After the Thanksgiving break, so the Monday after.', '2026-11-20T10:00', '2026-12-03'],
      // "for Ramadan" is no return day for "after Eid".
      ['Everyone is fasting for Ramadan, so probably after Eid.', '2026-03-09T10:00', '2027-02-08'],
    ],
  },
  {
    name: 'a day said before its telling, a hedged pair, "before" an explicit date, "not before"',
    pass: [
      ['next thursday they said', '2026-04-07T10:00', '2026-04-16'],
      ['COB tmrw they said', '2026-04-07T10:00', '2026-04-08'],
      [
        'He said the result will be informed in next week, maybe Tuesday or Wednesday.',
        '2026-08-27T10:00',
        '2026-09-04',
      ],
      ["They'll send an offer before the 18th, their last day before the break.", '2026-12-10T10:00', '2026-12-17'],
      ['they said on or before the 3rd of next month', '2026-08-19T10:00', '2026-09-03'],
      ['not before the new year, that much is certain', '2026-12-15T10:00', '2027-01-15'],
      ['aiming for the 15th but said it could be the 18th', '2026-12-01T10:00', '2026-12-18'],
      ['by mid-week next week', '2026-08-11T10:00', '2026-08-19'],
    ],
    fail: [
      ['On Monday they said by Friday', '2026-04-07T10:00', '2026-04-13'],
      [
        'He said the result will be informed in next week, maybe Tuesday or Wednesday.',
        '2026-08-27T10:00',
        '2026-09-02',
      ],
    ],
  },
  {
    name: 'a day of the story without "on", an email had, an offer elsewhere, "within a week of that"',
    pass: [
      ['They interviewed me Wednesday and said this Friday or next Monday.', '2026-05-06T10:00', '2026-05-11'],
      ['Was told Friday, then got an email Friday saying they need until Wednesday.', '2026-09-02T10:00', '2026-09-09'],
      [
        "My other offer expires on the 15th, and they said they'd try to decide before then.",
        '2027-01-06T10:00',
        '2027-01-14',
      ],
      ['They finish interviewing on the 19th and decide within a week of that.', '2027-02-10T10:00', '2027-02-26'],
    ],
    fail: [
      ['They interviewed me Wednesday and said this Friday or next Monday.', '2026-05-06T10:00', '2026-05-13'],
      ['They finish interviewing on the 19th and decide within a week of that.', '2027-02-10T10:00', '2027-02-19'],
    ],
  },
  {
    name: 'British "a week Friday"; "but said" starts a clause of its own',
    pass: [
      ["Decision's due a week Friday.", '2026-10-12T10:00', '2026-10-23'],
      ["She's on leave till the 19th but said someone would be in touch this week.", '2027-07-12T10:00', '2027-07-16'],
    ],
    fail: [
      ["Decision's due a week Friday.", '2026-10-12T10:00', '2026-10-16'],
      ["She's on leave till the 19th but said someone would be in touch this week.", '2027-07-12T10:00', '2027-07-19'],
    ],
  },
  {
    name: '"otherwise" is a second bound; "after" an explicit date is a week after it',
    pass: [
      ['By Christmas hopefully, otherwise early January.', '2026-12-03T10:00', '2027-01-08'],
      ["They'll make offers after the 15th.", '2026-10-01T10:00', '2026-10-22'],
      ["they'll decide after the board meeting on the 9th", '2026-09-02T10:00', '2026-09-09'],
      // The part after "and" about another event (start dates) is set aside, as a comma's would be.
      [
        'She said offers would go out mid-August and start dates would be after Labor Day.',
        '2026-07-30T10:00',
        '2026-08-14',
      ],
    ],
    fail: [
      ['By Christmas hopefully, otherwise early January.', '2026-12-03T10:00', '2026-12-24'],
      ["They'll make offers after the 15th.", '2026-10-01T10:00', '2026-10-15'],
    ],
  },
  {
    name: 'long processes without a number',
    pass: [
      ['public sector, so it can drag on', '2026-04-08T10:00', null],
      ['could be weeks or months, budget dependent', '2026-07-01T10:00', null],
    ],
    fail: [],
  },
  {
    name: 'a day turned down, a return that is named, a holiday break, time added',
    pass: [
      ['next Thursday, not tomorrow', '2026-10-07T10:00', '2026-10-15'],
      ['if not tomorrow then Friday', '2026-10-05T10:00', '2026-10-09'],
      [
        'The office is closed for a week so nothing until they are back, which is the 14th.',
        '2026-10-02T10:00',
        '2026-10-14',
      ],
      // Juneteenth 2026 is Friday June 19: the week after is the next.
      ['With the Juneteenth holiday, nothing until the week after.', '2026-06-15T10:00', '2026-06-26'],
      ['Originally a week, then she said add two more days.', '2026-10-05T10:00', '2026-10-14'],
    ],
    // What each read before.
    fail: [
      ['next Thursday, not tomorrow', '2026-10-07T10:00', '2026-10-08'],
      ['if not tomorrow then Friday', '2026-10-05T10:00', '2026-10-06'],
      [
        'The office is closed for a week so nothing until they are back, which is the 14th.',
        '2026-10-02T10:00',
        '2026-10-09',
      ],
      ['Originally a week, then she said add two more days.', '2026-10-05T10:00', '2026-10-07'],
    ],
  },
  {
    name: 'British "Wednesday fortnight", ISO calendar weeks, a long haul, a period "of that", an earlier day "first it was"',
    pass: [
      ['Wednesday fortnight', '2026-03-02T10:00', '2026-03-18'],
      // ISO week 40 of 2026 runs Monday September 28 to Sunday October 4.
      ["they'll revert by end of CW 40", '2026-09-21T10:00', '2026-10-02'],
      [
        "The shortlist is fixed on the 9th and we'll hear within three working days of that.",
        '2026-03-02T10:00',
        '2026-03-12',
      ],
      ['First it was Friday, then they pushed it back a week.', '2026-03-02T10:00', '2026-03-13'],
      ['3/4 weeks', '2026-03-02T10:00', '2026-03-30'],
      ['in d coming days', '2026-03-02T10:00', '2026-03-05'],
    ],
    fail: [
      ['Wednesday fortnight', '2026-03-02T10:00', '2026-03-04'],
      [
        "The shortlist is fixed on the 9th and we'll hear within three working days of that.",
        '2026-03-02T10:00',
        '2026-03-05',
      ],
      ['First it was Friday, then they pushed it back a week.', '2026-03-02T10:00', '2026-03-09'],
      ['3/4 weeks', '2026-03-02T10:00', '2026-03-04'],
    ],
  },
  {
    name: 'a chain of days told in turn, "thereafter", the first working day, "post" a holiday, the Tuesday after a long weekend',
    pass: [
      // Told on Wednesday March 4: "Friday" is March 6.
      ["Mon: 'by Wednesday'. Wed 3pm: 'sorry, Friday'.", '2026-03-02T10:00', '2026-03-06'],
      // Month-end is Tuesday March 31; three working days after it.
      [
        "Headcount is confirmed at month-end and we'll revert within 3 working days thereafter.",
        '2026-03-09T10:00',
        '2026-04-03',
      ],
      // New Year's Day 2027 is a Friday.
      ['first working day of next month', '2026-12-14T10:00', '2027-01-04'],
      ['mid-to-end Feb', '2026-12-28T10:00', '2027-02-26'],
      // Labor Day is September 7: a week after it.
      ['will update post Labour Day', '2026-08-27T11:00', '2026-09-14'],
      // Columbus Day is Monday October 12, 2026.
      ["Recruiter says they'll make a call the Tuesday after the long weekend.", '2026-10-09T10:00', '2026-10-13'],
      ['We need to decide before the shutdown on the 20th.', '2026-03-02T10:00', '2026-03-19'],
    ],
    // What each read before.
    fail: [
      ["Mon: 'by Wednesday'. Wed 3pm: 'sorry, Friday'.", '2026-03-02T10:00', '2026-03-09'],
      [
        "Headcount is confirmed at month-end and we'll revert within 3 working days thereafter.",
        '2026-03-09T10:00',
        '2026-03-12',
      ],
      ['first working day of next month', '2026-12-14T10:00', '2027-01-29'],
      ["Recruiter says they'll make a call the Tuesday after the long weekend.", '2026-10-09T10:00', '2026-10-19'],
      ['We need to decide before the shutdown on the 20th.', '2026-03-02T10:00', '2026-03-20'],
    ],
  },
  {
    name: 'a span away, the next working day, and a step after a day',
    pass: [
      // The last day away is named, so back the working day after it.
      ["HM's out from the 10th to the 14th, so she'll decide on her first day back.", '2026-08-06T11:00', '2026-08-17'],
      [
        'She is on leave from Monday to Friday next week and will call me her first day back.',
        '2026-08-06T11:00',
        '2026-08-17',
      ],
      [
        'Offers get approved at the committee on the 28th and sent the next business day.',
        '2026-08-17T10:00',
        '2026-08-31',
      ],
      ['They decide on the 20th and call the next working day.', '2026-08-12T11:00', '2026-08-21'],
      // Their own "otherwise": the 15th is a Saturday; the 14th is a Friday and stands.
      [
        "'We will respond by the 15th, or the next working day if that falls on a weekend.'",
        '2026-08-04T11:00',
        '2026-08-17',
      ],
      [
        "'We will respond by the 14th, or the next working day if that falls on a weekend.'",
        '2026-08-04T11:00',
        '2026-08-14',
      ],
      ['they will call the next business day', '2026-08-14T10:00', '2026-08-17'],
      // A day turned down, the bound after "then"; a colon after "she was firm" opens what she said.
      ['if not tomorrow, then friday at the latest', '2026-03-02T10:00', '2026-03-06'],
      ['She was firm: next Thursday, not tomorrow.', '2026-03-02T10:00', '2026-03-12'],
      // More time asked for, then the day they are now looking at.
      [
        "The client has asked for one more week to finalise, so we're now looking at Friday the 12th rather than the 5th.",
        '2026-06-02T09:00',
        '2026-06-12',
      ],
      // A panel after the take-home is another step, not the answer.
      [
        "Next up is a take-home due Monday, then a panel the week after. No word on when they'd decide overall.",
        '2026-05-13T16:00',
        null,
      ],
    ],
    // "out until the 14th" names the day of the return itself.
    fail: [["HM's out until the 14th, so she'll decide when she's back.", '2026-08-06T11:00', '2026-08-17']],
  },
  {
    name: 'a weekday typed with a slip',
    pass: [
      ['maybe thrusday', '2026-03-30T10:00', '2026-04-02'],
      ['by wenesday', '2026-03-30T10:00', '2026-04-01'],
      ['decision friady', '2026-03-30T10:00', '2026-04-03'],
    ],
    // "months" and "there" are words, not weekdays.
    fail: [['we should know within the month there', '2026-03-30T10:00', '2026-03-30']],
  },
];

describe('timeline reader: days named before, non-US holidays, extensions', () => {
  itReads(MECHANISMS);

  it('marks a long process described without a number as long', () => {
    for (const text of [
      'public sector, so it can drag on',
      'could be weeks or months, budget dependent',
      "It's a government post, so a long haul.",
      "the officer said it's a marathon, not a sprint",
    ])
      assert.equal(read(text, '2026-04-08T10:00').kind, 'long-process', text);
  });

  it('reads the same whatever was read before: no state is left between calls', () => {
    // A guess passed over ("maybe Thursday") once set a module flag that the next call had to reset.
    const guess = () => read('sometime next week, maybe Thursday', '2026-03-02T10:00').by;
    const plain = () => read('by Thursday', '2026-03-02T10:00').by;
    const first = [guess(), plain()];
    const again = [plain(), guess(), plain(), guess()];
    assert.deepEqual(first, ['2026-03-13', '2026-03-05']);
    assert.deepEqual(again, ['2026-03-05', '2026-03-13', '2026-03-05', '2026-03-13']);
  });
});
