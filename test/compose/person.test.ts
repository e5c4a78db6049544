// Topics typed about the interviewer, rewritten for a note to that very person.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toNamed, toSecondPerson } from '../../src/core/compose/person.js';
import { warmStems } from '../../src/core/compose/variety.js';

describe('toSecondPerson', () => {
  const rows: Array<[topic: string, name: string, expected: string]> = [
    ['their plan to split the orders service', 'Priya Raman', 'your plan to split the orders service'],
    ["Priya's move from the Denver office", 'Priya Raman', 'your move from the Denver office'],
    ["Ms. Raman's years at the clinic", 'Dr. Priya Raman', 'your years at the clinic'],
    ['how he runs the close with two people', 'Tom Becker', 'how you run the close with two people'],
    ['why she is moving the team to Austin', 'Ana Souza', 'why you are moving the team to Austin'],
    ['what they have learned from the audit', 'Sam Lee', 'what you have learned from the audit'],
    ['the budget she watches each month', 'Ana Souza', 'the budget you watch each month'],
    [
      'the mentoring program she set up for her analysts',
      'Ana Souza',
      'the mentoring program you set up for your analysts',
    ],
    ['the time I spent with her team', 'Ana Souza', 'the time I spent with your team'],
    ['what I learned from her', 'Ana Souza', 'what I learned from you'],
    ['the on-call rotation', 'Priya Raman', 'the on-call rotation'],
    ['the project Priya is leading', 'Priya Raman', 'the project you are leading'],
    ["how he's restructuring the team", 'Tom Becker', "how you're restructuring the team"],
    ['the reviews he always runs himself', 'Tom Becker', 'the reviews you always run yourself'],
  ];
  for (const [topic, name, expected] of rows)
    it(`${JSON.stringify(topic)} to ${name}`, () => assert.equal(toSecondPerson(topic, name), expected));
});

describe('toNamed', () => {
  it('names the interviewer a topic is about, in a note to someone else', () => {
    assert.equal(toNamed('his work on the build cache', 'Marcus Hale'), "Marcus's work on the build cache");
    assert.equal(toNamed('the on-call rotation', 'Marcus Hale'), 'the on-call rotation');
  });
});

describe('warmStems', () => {
  it('treats the forms of one warm word as the same word', () => {
    assert.deepEqual(warmStems('I appreciated it. I appreciate you.'), ['appreciat', 'appreciat']);
    assert.deepEqual(warmStems('I enjoyed it and enjoy it'), ['enjoy', 'enjoy']);
  });
});
