// The timeline reader's mechanisms for whole pasted sentences, each with passing examples (what it reads) and
// failing ones (a wrong reading it must not give: most are what it read before the mechanism existed).
import { describe } from 'node:test';
import { itReads, type Mechanism } from '../helpers/timeline-mechanisms.js';

const MECHANISMS: Mechanism[] = [
  {
    name: 'a holiday named at the end of a sentence',
    pass: [
      ['They said after Thanksgiving.', '2026-11-19T10:00', '2026-12-03'],
      ["They told me they'd like to have it wrapped up before Labor Day.", '2026-08-26T10:00', '2026-09-04'],
    ],
    fail: [],
  },
  {
    name: 'between two holidays, the week of or after one, after the long weekend',
    pass: [
      ['They said sometime between Christmas and New Year.', '2026-12-15T10:00', '2026-12-31'],
      ['Probably the week after Thanksgiving.', '2026-11-18T10:00', '2026-12-04'],
      ["They said they'd get back to me after the long weekend.", '2026-09-03T10:00', '2026-09-14'],
    ],
    fail: [['They said sometime between Christmas and New Year.', '2026-12-15T10:00', '2026-12-24']],
  },
  {
    name: 'the year-end break is the holidays, and after Christmas is January',
    pass: [
      ['hopefully before the Christmas hols', '2026-12-01T10:00', '2026-12-23'],
      ['they want to send offers before everyone leaves for the holiday break', '2026-12-04T10:00', '2026-12-23'],
      ["We'll pick this back up after Christmas.", '2026-12-10T10:00', '2027-01-15'],
    ],
    fail: [["We'll pick this back up after Christmas.", '2026-12-10T10:00', '2027-01-01']],
  },
  {
    name: 'a reason or a concession is its own clause',
    pass: [
      ['They need three weeks because half the team is out around the Fourth.', '2026-06-15T10:00', '2026-07-06'],
      ['early next week, though Monday is a holiday for them', '2026-02-12T10:00', '2026-02-18'],
      ['hiring manager is out for two weeks so realistically end of next month', '2026-01-12T10:00', '2026-02-27'],
    ],
    fail: [['early next week, though Monday is a holiday for them', '2026-02-12T10:00', '2026-02-16']],
  },
  {
    name: 'the length of something else is no wait, and a months-long process has no date',
    pass: [
      ["It's a 6 month contract and they'll let me know within a week.", '2026-09-17T10:00', '2026-09-24'],
      ["It's a months-long process with several panels, apparently.", '2026-04-28T10:00', null],
    ],
    fail: [["It's a 6 month contract and they'll let me know within a week.", '2026-09-17T10:00', '2027-03-17']],
  },
  {
    name: 'British and Indian English forms',
    pass: [
      ['The panel will give their answer Friday week.', '2026-03-02T10:00', '2026-03-13'],
      ['A fortnight on Friday, the recruiter said.', '2026-06-03T10:00', '2026-06-19'],
      ['should know this time next week', '2026-02-25T10:00', '2026-03-04'],
      ['they will inform the result next to next week only', '2026-08-04T10:00', '2026-08-21'],
      ["They'll come back to me by close of play Friday.", '2026-06-09T11:00', '2026-06-12'],
    ],
    fail: [['A fortnight on Friday, the recruiter said.', '2026-06-03T10:00', '2026-06-05']],
  },
  {
    name: 'second bounds: a slash, "might be", "at the latest", a bare day counted from the first',
    pass: [
      ['Weds/Thurs at the latest', '2026-09-08T10:00', '2026-09-10'],
      ['might be thursday, might be monday, depends when the CEO is back', '2026-03-24T10:00', '2026-03-30'],
      ["They said 'hopefully by the end of May, but June at the latest'.", '2026-05-19T10:00', '2026-06-30'],
      ['The HR lady said end of next week, latest the monday after', '2026-04-07T10:00', '2026-04-20'],
      ['They told me that the decision would be made next Monday or Tuesday.', '2026-06-01T10:00', '2026-06-09'],
      ['They said June 5th or 6th.', '2026-06-01T10:00', '2026-06-06'],
      [
        "Interviewer said they'll let me know next week, but it might be the week after since the manager is on vacation.",
        '2026-03-10T10:00',
        '2026-03-27',
      ],
    ],
    fail: [
      // A weekday after a span is a guess inside it, not a bound after it.
      ['she said probably sometime next week, maybe Thursday', '2026-03-10T10:30', '2026-03-26'],
      ['The HR lady said end of next week, latest the monday after', '2026-04-07T10:00', '2026-04-13'],
    ],
  },
  {
    name: 'of several clauses about the answer, the last day named',
    pass: [
      [
        "The recruiter said the team would debrief on Friday and she'd call me Monday with feedback.",
        '2026-05-19T10:00',
        '2026-05-25',
      ],
    ],
    fail: [
      [
        "The recruiter said the team would debrief on Friday and she'd call me Monday with feedback.",
        '2026-05-19T10:00',
        '2026-05-22',
      ],
    ],
  },
  {
    name: "other events: someone's start, other candidates, an absence, a further interview",
    pass: [
      ["They want to have someone start by March 1, so they're deciding this week.", '2026-02-09T10:00', '2026-02-13'],
      [
        'The interviewer said they have two more candidates to see on Thursday and Friday, and would let me know early the following week.',
        '2026-05-19T10:00',
        '2026-05-27',
      ],
      ['The hiring manager is on PTO next week, so the week after that.', '2026-06-01T10:00', '2026-06-18'],
      ['They said the final decision would be made after the 3rd interview next week.', '2026-03-10T10:00', null],
      ['They want me to meet the CEO next week, no word on a decision date.', '2026-09-10T10:00', null],
    ],
    fail: [
      ["They want to have someone start by March 1, so they're deciding this week.", '2026-02-09T10:00', '2026-03-01'],
      ['The hiring manager is on PTO next week, so the week after that.', '2026-06-01T10:00', '2026-06-12'],
    ],
  },
  {
    name: 'a meeting still to come that makes the decision',
    pass: [['Decision once the panel has met on the 14th.', '2026-10-06T13:00', '2026-10-14']],
    fail: [['I met with them on the 14th and heard nothing since.', '2026-10-14T13:00', '2026-10-14']],
  },
  {
    name: 'midweek, within the month, another week',
    pass: [
      ["The recruiter said they're hoping to make a decision by midweek.", '2026-08-24T10:00', '2026-08-26'],
      ['by midweek', '2026-08-27T10:00', '2026-09-02'], // said on a Thursday: next week's
      ['within the month', '2026-05-04T10:00', '2026-05-29'],
      ['The hiring manager called and said they need another week.', '2026-05-19T10:00', '2026-05-26'],
    ],
    fail: [],
  },
  {
    name: 'holidays by everyday names, the weekday after one, and not until a month',
    pass: [
      ['Probably not until after Turkey Day.', '2026-11-18T10:00', '2026-12-03'],
      ['They want to extend an offer before the Thanksgiving break.', '2026-11-18T10:00', '2026-11-25'],
      ['The HR person said "Monday after Thanksgiving".', '2026-11-18T10:00', '2026-11-30'],
      ["They'll decide after MLK day.", '2026-01-14T10:00', '2026-01-26'],
      ['by Presidents Day', '2026-02-10T10:00', '2026-02-13'],
      ['not until January', '2026-12-10T10:00', '2027-01-29'],
      ['hopefully before thanksgiving, if not the week after', '2026-11-18T10:00', '2026-12-04'],
      [
        'They said they hoped to wrap up before Christmas but more likely early January.',
        '2026-12-10T10:00',
        '2027-01-08',
      ],
    ],
    fail: [
      ['The HR person said "Monday after Thanksgiving".', '2026-11-18T10:00', '2026-12-03'],
      ['not until January', '2026-12-10T10:00', '2026-12-31'],
      // "the 4th" after "the week of" in December is January's, not the Fourth of July.
      [
        'They close for the holidays on the 18th and reopen on the 4th, so probably the week of the 4th.',
        '2026-12-10T10:00',
        '2027-07-02',
      ],
    ],
  },
  {
    name: 'the day of writing and other steps are not the answer',
    pass: [
      [
        "The recruiter said they'd get back to me by the end of the week with next steps, and now it's Tuesday of the following week.",
        '2026-04-14T10:00',
        '2026-04-17',
      ],
      ['On Tuesday they said by Friday; on Friday they said Monday.', '2026-05-12T10:00', '2026-05-18'],
      [
        "Got a rejection for another job on Monday but this one said they'd let me know Thursday.",
        '2026-05-12T10:00',
        '2026-05-14',
      ],
      ['Interviews run through the end of the month, decisions in early May.', '2026-04-14T10:00', '2026-05-08'],
      ['They gave me a timeframe of 2-4 weeks.', '2026-04-14T10:00', '2026-05-12'],
      ['They said I\'d hear back "sometime in the next week".', '2026-10-27T10:00', '2026-11-03'],
      ['Decision in the last week of May.', '2026-05-12T10:00', '2026-05-29'],
      ["This role won't be filled until the fall.", '2026-04-14T10:00', null],
    ],
    fail: [
      [
        "The recruiter said they'd get back to me by the end of the week with next steps, and now it's Tuesday of the following week.",
        '2026-04-14T10:00',
        '2026-04-21',
      ],
      ['On Tuesday they said by Friday; on Friday they said Monday.', '2026-05-12T10:00', '2026-05-19'],
    ],
  },
  {
    name: 'how long something else lasts is no wait',
    pass: [
      ["They asked when my notice period ends (4 weeks) and said they'd be in touch.", '2026-05-19T10:00', null],
      ["The interview lasted 2 hours and they said they'd let me know.", '2026-05-19T10:00', null],
      ["We talked about the 90 day plan and they said they'd be in touch.", '2026-05-19T10:00', null],
      ['I have another offer expiring Friday so I asked them to speed things up.', '2026-05-19T10:00', null],
      ["I'm going on vacation next week so I told them to email me.", '2026-05-19T10:00', null],
      ['within 48 hours', '2026-05-19T10:00', '2026-05-21'],
    ],
    fail: [],
  },
  {
    name: 'the coming week, the weekend, and tracker shorthand',
    pass: [
      ['sometime this coming week', '2026-10-09T16:00', '2026-10-16'], // said on a Friday
      ['sometime this coming week', '2026-10-05T10:00', '2026-10-09'],
      ["They'll call me over the weekend.", '2026-10-09T16:00', '2026-10-11'],
      ['EOW/early next', '2026-07-14T10:00', '2026-07-21'],
      ['5-10 bd', '2026-07-14T10:00', '2026-07-28'],
      ['wk of 7/27', '2026-07-14T10:00', '2026-07-31'],
      ['The hiring manager said they would be in touch w/c 23rd March.', '2026-03-11T10:00', '2026-03-27'],
    ],
    fail: [['wk of 7/27', '2026-07-14T10:00', '2026-08-07']],
  },
  {
    name: 'a hedge or a gloss in its own clause is a second bound',
    pass: [
      [
        'recruiter said client feedback usually takes 2-3 days but this client is slow so maybe a week',
        '2026-02-18T10:00',
        '2026-02-25',
      ],
      [
        'Interview went fine. The guy said "we\'ll let you know by the end of the week, either way" which is tomorrow lol',
        '2026-02-18T10:00',
        '2026-02-20',
      ],
    ],
    fail: [
      [
        'Interview went fine. The guy said "we\'ll let you know by the end of the week, either way" which is tomorrow lol',
        '2026-02-18T10:00',
        '2026-02-19',
      ],
    ],
  },
  {
    name: '"the following" week or weekday counts from a day named before it',
    pass: [
      ["The final panel is on the 18th and they'll decide the following week.", '2026-11-10T10:00', '2026-11-27'],
      [
        "Thanks for chatting today! Just so you know, our team is off June 19 for Juneteenth, so you'll hear from us the following Monday at the latest.",
        '2026-06-10T10:00',
        '2026-06-22',
      ],
      ['They said they would reach out the following Monday.', '2026-04-14T10:00', '2026-04-20'],
      [
        "The CEO wants to meet me next Tuesday, then they'll make an offer by the end of that week.",
        '2026-01-20T10:00',
        '2026-01-30',
      ],
      [
        "The interviewer said that the team will meet next Wednesday to make a final decision, and I'll get a call by Friday of that week.",
        '2026-10-06T10:00',
        '2026-10-16',
      ],
      ["Interviewed on 4/14, was told I'd get a call by the end of that week.", '2026-04-14T10:00', '2026-04-17'],
    ],
    fail: [["The final panel is on the 18th and they'll decide the following week.", '2026-11-10T10:00', '2026-11-20']],
  },
  {
    name: 'halves of a month, decimal and approximate periods',
    pass: [
      ['HR said everyone will hear back in the second half of October.', '2026-09-23T10:00', '2026-10-30'],
      ['They said sometime in the first half of October.', '2026-09-23T10:00', '2026-10-09'],
      ['1.5 weeks', '2026-09-23T10:00', '2026-10-04'],
      ['in about 1 1/2 weeks', '2026-09-23T10:00', '2026-10-04'],
      ['10-ish days', '2026-09-23T10:00', '2026-10-03'],
      ["I wish they'd finish by Friday", '2026-09-23T10:00', '2026-09-25'],
    ],
    // "1.5 weeks" is not five weeks, and "1 1/2" is not January 2.
    fail: [
      ['1.5 weeks', '2026-09-23T10:00', '2026-10-28'],
      ['in about 1 1/2 weeks', '2026-09-23T10:00', '2027-01-02'],
    ],
  },
  {
    name: 'an update replaces the day',
    pass: [
      ['Originally they said Friday, then they moved it to next Wednesday.', '2026-03-10T10:00', '2026-03-18'],
      [
        "They were hoping to make an offer by the end of the month but now it's pushed to April.",
        '2026-03-10T10:00',
        '2026-04-30',
      ],
      ['delayed until May', '2026-03-10T10:00', '2026-05-29'],
      [
        '"We\'re aiming to get back to you by the 7th, though it may slip to the following week."',
        '2026-07-29T10:00',
        '2026-08-14',
      ],
    ],
    fail: [['Originally they said Friday, then they moved it to next Wednesday.', '2026-03-10T10:00', '2026-03-13']],
  },
  {
    name: 'misspellings',
    pass: [
      ["said i'd here back by the end of the weak", '2026-06-01T10:00', '2026-06-05'],
      ['they said theyll get back 2 me by wendesday', '2026-06-01T10:00', '2026-06-03'],
      ['they said tomorow or thursday', '2026-06-01T10:00', '2026-06-04'],
    ],
    fail: [],
  },
];

describe('timeline reader: mechanisms for whole sentences', () => {
  itReads(MECHANISMS);
});
