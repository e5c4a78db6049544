// Dates as people type them, through the built CLI: add and log read --at in the candidate's zone and say how
// they read it; a day without a time is refused naming the flag and nothing is stored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Sandbox, sandbox } from './helpers.js';

interface Doc {
  applications: Array<{ id: string; interviews: Array<{ at: string }>; events: Array<{ type: string; at: string }> }>;
}

// Tuesday, December 1, 2026, 10:00 in Chicago (the candidate's zone below).
const NOW = '2026-12-01T10:00:00-06:00';

describe('--at and --now in words', () => {
  let box: Sandbox;
  before(() => {
    box = sandbox();
    // The machine's zone (TZ) is Chicago in the sandbox: a candidate in New York shows the zone is theirs.
    const r = box.run(['init', '--name', 'Ines Okafor', '--timezone', 'America/New_York', '--country', 'US']);
    assert.equal(r.status, 0, r.stderr);
  });
  after(() => box.cleanup());

  const interviews = () => (box.exportDoc() as Doc).applications.flatMap((a) => a.interviews.map((i) => i.at));

  const cases: Array<[string, string, string]> = [
    ['next tuesday 10am', '2026-12-08T10:00:00-05:00', 'Tuesday, December 8, 10:00 AM EST'],
    ['12/3 2pm', '2026-12-03T14:00:00-05:00', 'Thursday, December 3, 2:00 PM EST'],
    ['2026-12-01 9:30', '2026-12-01T09:30:00-05:00', 'Tuesday, December 1, 9:30 AM EST'],
    ['tomorrow 3pm', '2026-12-02T15:00:00-05:00', 'Wednesday, December 2, 3:00 PM EST'],
    ['2026-12-04T16:00:00Z', '2026-12-04T11:00:00-05:00', 'Friday, December 4, 11:00 AM EST'],
  ];
  for (const [typed, iso, echo] of cases) {
    it(`add --at "${typed}" stores ${iso} and says so`, () => {
      const r = box.run(['add', '--company', `Firm ${typed}`, '--role', 'Analyst', '--at', typed, '--now', NOW]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, `--at read as ${echo}\n`);
      assert.ok(interviews().includes(iso), JSON.stringify(interviews()));
    });
  }

  it('a day with no time is refused in one line naming --at; nothing is stored', () => {
    const before = box.exportDoc();
    for (const typed of ['Dec 3', '2026-12-03', 'next friday']) {
      const r = box.run(['add', '--company', 'Undated', '--role', 'Analyst', '--at', typed, '--now', NOW]);
      assert.equal(r.status, 2, r.stdout);
      assert.equal(r.stderr, `--at: '${typed}' has no time of day; add one, e.g. '${typed} 2pm'\n`);
      assert.equal(r.stdout, '');
    }
    assert.deepEqual(box.exportDoc(), before);
    // A good --at in a command refused for another flag: the error is the only line, no reading echoed.
    const r = box.run(['add', '--company', 'Undated', '--role', 'A', '--at', 'Dec 3 2pm', '--channel', 'fax']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^--channel: /);
    assert.deepEqual(box.exportDoc(), before);
  });

  it('log --at "yesterday 4pm" counts from --now; --now takes a day alone', () => {
    const firm = (box.exportDoc() as Doc).applications[0]?.id as string;
    const r = box.run(['log', firm, 'replied', '--at', 'yesterday 4pm', '--now', '2026-12-03']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '--at read as Wednesday, December 2, 4:00 PM EST\n');
    const plain = box.run(['log', firm, 'next-round', '--now', '2026-12-03']);
    assert.equal(plain.status, 0, plain.stderr);
    const events = (box.exportDoc() as Doc).applications[0]?.events ?? [];
    assert.deepEqual(
      events.map((e) => [e.type, e.at]),
      [
        ['replied', '2026-12-02T16:00:00-05:00'],
        // A day alone is 09:00 in the candidate's zone.
        ['next-round', '2026-12-03T09:00:00-05:00'],
      ],
    );
  });
});
