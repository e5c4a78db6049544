// The questions `init`, `add` and `debrief` ask at a terminal, answered through a real pseudo-terminal
// (util-linux `script`) by typing after each prompt shows up; what was typed must land in the store.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { spawnTtyCli, type TtySession, ttySkipReason } from '../helpers/tty.js';
import { type Sandbox, sandbox } from './helpers.js';

interface Exported {
  candidate: {
    name: string;
    email?: string;
    phone?: string;
    timezone?: string;
    country: string;
    achievements?: string[];
  };
  applications: Array<{
    id: string;
    company: string;
    role: string;
    interviews: Array<{
      at: string;
      interviewers: Array<{ name: string; email?: string; title?: string }>;
      nextSteps: { expected?: string };
      debrief: { wentWell: string[]; wentPoorly: string[]; stoodOut: string[]; forgotToMention: string[] };
    }>;
  }>;
}

const skip = ttySkipReason();

describe('prompts at a terminal', { skip }, () => {
  let box: Sandbox;
  let session: TtySession | undefined;
  const tty = (args: string[]) => {
    session = spawnTtyCli(['--db', box.db, ...args], { env: box.env });
    return session;
  };
  const exported = () => box.exportDoc() as Exported;
  const noProfile = () => {
    const r = box.run(['export']);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /^no profile yet/);
  };
  const initDana = () => {
    const r = box.run(['init', '--name', 'Dana Reyes', '--timezone', 'America/Chicago', '--country', 'US']);
    assert.equal(r.status, 0, r.stderr);
  };
  const addAcme = () => {
    const r = box.run([
      'add',
      '--id',
      'acme',
      '--company',
      'Acme Logistics',
      '--role',
      'Senior Accountant',
      '--at',
      '2026-04-07 10:00',
      '--interviewer',
      'Maria Chen <maria.chen@acme.example>, Controller',
    ]);
    assert.equal(r.status, 0, r.stderr);
  };

  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => {
    session?.kill();
    session = undefined;
    box.cleanup();
  });

  describe('init', () => {
    test('asks for each field in turn; the answers and the offered defaults become the profile', async () => {
      const t = tty(['init']);
      await t.expect('Your name: ');
      t.send('Dana Reyes');
      await t.expect('Your email (optional): ');
      t.send('dana@example.com');
      await t.expect('Your phone (optional): ');
      t.send('');
      // The machine's zone (TZ in the sandbox) is offered; Enter takes it.
      await t.expect('Time zone [America/Chicago]: ');
      t.send('');
      await t.expect('Country for public holidays [US]: ');
      t.send('us-il');
      await t.expect('Achievements the drafts can mention (one per line, empty line to finish)');
      await t.expect('  - ');
      t.send('closed the books in five days');
      await t.expect('  - ');
      t.send('  led two external audits  ');
      await t.expect('  - ');
      t.send('');
      await t.expect('Created the profile of Dana Reyes (America/Chicago, US-IL).');
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);

      const { candidate } = exported();
      assert.equal(candidate.name, 'Dana Reyes');
      assert.equal(candidate.email, 'dana@example.com');
      assert.equal(candidate.phone, undefined, 'an empty optional answer stores nothing');
      assert.equal(candidate.timezone, 'America/Chicago');
      assert.equal(candidate.country, 'US-IL');
      assert.deepEqual(candidate.achievements, ['closed the books in five days', 'led two external audits']);
    });

    test('an empty answer to the required name asks again', async () => {
      const t = tty(['init']);
      await t.expect('Your name: ');
      t.send('   ');
      await t.expect('(required)');
      await t.expect('Your name: ');
      t.send('Dana Reyes');
      for (const prompt of ['Your email (optional): ', 'Your phone (optional): ', 'Time zone', 'Country']) {
        await t.expect(prompt);
        t.send('');
      }
      await t.expect('  - ');
      t.send('');
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);
      assert.equal(exported().candidate.name, 'Dana Reyes');
    });

    test('Ctrl-D half-way: exit 2, one line naming the question, no profile stored', async () => {
      const t = tty(['init']);
      await t.expect('Your name: ');
      t.send('Dana Reyes');
      await t.expect('Your email (optional): ');
      t.type('\u0004');
      const done = await t.exit();
      assert.equal(done.code, 2, done.output);
      const lines = done.output.trim().split('\n');
      assert.deepEqual(lines.slice(-2), ['Your email (optional): ', 'Your email (optional): cancelled with Ctrl+D']);
      assert.doesNotMatch(done.output, /unexpected failure|Error:|at .*\.js:\d+/);
      noProfile();
    });

    test('the input ending at the first question (EOF) stores nothing either', async () => {
      const t = tty(['init']);
      await t.expect('Your name: ');
      t.end();
      const done = await t.exit();
      assert.equal(done.code, 2, done.output);
      assert.match(done.output, /^Your name: cancelled with Ctrl\+D$/m);
      noProfile();
    });

    test('Ctrl-C at a question: exit 130, nothing stored', async () => {
      const t = tty(['init']);
      await t.expect('Your name: ');
      t.send('Dana Reyes');
      await t.expect('Your email (optional): ');
      t.type('\u0003');
      const done = await t.exit();
      assert.equal(done.code, 130, done.output);
      assert.match(done.output, /^Your email \(optional\): cancelled with Ctrl\+C$/m);
      noProfile();
    });

    test('an unknown time zone or country typed at the prompt is asked again at once; the answers are kept', async () => {
      const t = tty(['init']);
      await t.expect('Your name: ');
      t.send('Dana Reyes');
      await t.expect('Your email (optional): ');
      t.send('');
      await t.expect('Your phone (optional): ');
      t.send('');
      await t.expect('Time zone');
      t.send('Mars/Olympus');
      await t.expect('not a time zone: "Mars/Olympus"');
      await t.expect('Time zone');
      t.send('America/Chicago');
      await t.expect('Country');
      t.send('ZZ');
      await t.expect('unknown country code "ZZ"');
      await t.expect('Country');
      t.send('US');
      await t.expect('  - ');
      t.send('');
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);
      assert.match(done.output, /Created the profile of Dana Reyes \(America\/Chicago, US\)/);
    });

    test('with --name given nothing is asked', async () => {
      const t = tty(['init', '--name', 'Dana Reyes']);
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);
      assert.doesNotMatch(done.output, /Your name|Time zone/);
      assert.equal(exported().candidate.name, 'Dana Reyes');
    });
  });

  describe('add', () => {
    test('asks for the company, role, time, people and their words; all of it is stored', async () => {
      initDana();
      const t = tty(['add']);
      await t.expect('Company: ');
      t.send('Acme Logistics');
      await t.expect('Role: ');
      t.send('');
      await t.expect('(required)');
      await t.expect('Role: ');
      t.send('Senior Accountant');
      await t.expect('When (e.g. next tuesday 10am): ');
      t.send('2026-04-07 10:00');
      await t.expect('Who did you meet?');
      await t.expect('  - ');
      t.send('Maria Chen <maria.chen@acme.example>, Controller');
      await t.expect('  - ');
      t.send('Sam Ortiz, CFO');
      await t.expect('  - ');
      t.send('');
      await t.expect('What did they say about timing? (their words, optional): ');
      t.send('by Friday, April 17');
      await t.expect(/Created acme\S* \(Acme Logistics, Senior Accountant\)/);
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);

      const [app, ...others] = exported().applications;
      assert.equal(others.length, 0);
      assert.equal(app?.company, 'Acme Logistics');
      assert.equal(app?.role, 'Senior Accountant');
      const interview = app?.interviews[0];
      assert.match(interview?.at ?? '', /^2026-04-07T10:00(:00(\.000)?)?-05:00$/);
      assert.deepEqual(
        interview?.interviewers.map((i) => [i.name, i.email, i.title]),
        [
          ['Maria Chen', 'maria.chen@acme.example', 'Controller'],
          ['Sam Ortiz', undefined, 'CFO'],
        ],
      );
      assert.equal(interview?.nextSteps.expected, 'by Friday, April 17');

      // The plan is built from the typed answers: a thank-you note to each person met.
      const plan = box.run(['plan', '--json', '--now', '2026-04-07T12:00:00-05:00']);
      assert.equal(plan.status, 0, plan.stderr);
      const steps = (JSON.parse(plan.stdout) as { steps: Array<{ kind: string; to: string[] }> }).steps;
      const thanked = steps.filter((s) => s.kind === 'thank-you').flatMap((s) => s.to);
      assert.ok(thanked.includes('Maria Chen') && thanked.includes('Sam Ortiz'), JSON.stringify(thanked));
    });

    test('a time it cannot read, or a day without a time, is asked again at once; earlier answers are kept', async () => {
      initDana();
      const t = tty(['add', '--now', '2026-03-30 12:00']);
      await t.expect('Company: ');
      t.send('Acme Logistics');
      await t.expect('Role: ');
      t.send('Senior Accountant');
      await t.expect('When (e.g. next tuesday 10am): ');
      t.send('sometime soon');
      await t.expect(/cannot read "sometime soon" as a date and time.*\n/);
      await t.expect('When (e.g. next tuesday 10am): ');
      t.send('April 7');
      await t.expect("'April 7' has no time of day; add one, e.g. 'April 7 2pm'");
      await t.expect('When (e.g. next tuesday 10am): ');
      t.send('April 7 2026 10:30am');
      // The people come next: the date was settled before them.
      await t.expect('Who did you meet?');
      await t.expect('  - ');
      t.send('');
      await t.expect('What did they say about timing?');
      t.send('');
      await t.expect('--at read as Tuesday, April 7, 10:30 AM CDT');
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);
      const [app] = exported().applications;
      assert.equal(app?.company, 'Acme Logistics');
      assert.equal(app?.role, 'Senior Accountant');
      assert.equal(app?.interviews[0]?.at, '2026-04-07T10:30:00-05:00');
    });

    test('a person it cannot read is shown its problem and left out; the others are kept', async () => {
      initDana();
      const t = tty(['add', '--company', 'Acme Logistics', '--role', 'Senior Accountant', '--at', '2026-04-07 10:00']);
      await t.expect('  - ');
      t.send('Maria Chen <maria.chen@acme.example>, Controller');
      await t.expect('  - ');
      t.send('Sam Ortiz <sam at acme>');
      await t.expect('"sam at acme" is not an email address');
      await t.expect('  - ');
      t.send('Sam Ortiz <sam.ortiz@acme.example>, CFO');
      await t.expect('  - ');
      t.send('');
      await t.expect('What did they say about timing?');
      t.send('');
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);
      const people = exported().applications[0]?.interviews[0]?.interviewers.map((i) => [i.name, i.email]);
      assert.deepEqual(people, [
        ['Maria Chen', 'maria.chen@acme.example'],
        ['Sam Ortiz', 'sam.ortiz@acme.example'],
      ]);
    });

    test('Ctrl-D in the list of people: exit 2 and no application stored', async () => {
      initDana();
      const t = tty(['add']);
      await t.expect('Company: ');
      t.send('Acme Logistics');
      await t.expect('Role: ');
      t.send('Senior Accountant');
      await t.expect('When');
      t.send('2026-04-07 10:00');
      await t.expect('  - ');
      t.send('Maria Chen <maria.chen@acme.example>');
      await t.expect('  - ');
      t.type('\u0004');
      const done = await t.exit();
      assert.equal(done.code, 2, done.output);
      assert.match(done.output, /^Who did you meet\? "Name <email>, Title": cancelled with Ctrl\+D$/m);
      assert.deepEqual(exported().applications, []);
    });

    test('adding a round to a known application asks only for what is missing', async () => {
      initDana();
      addAcme();
      const t = tty(['add', '--id', 'acme', '--interviewer', 'Jordan Lee, VP Finance']);
      await t.expect('When (e.g. next tuesday 10am): ');
      t.send('2026-04-14 14:30');
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);
      assert.doesNotMatch(done.output, /Company:|Role:|Who did you meet/);
      const app = exported().applications.find((a) => a.id === 'acme');
      assert.equal(app?.interviews.length, 2);
      assert.match(app?.interviews[1]?.at ?? '', /^2026-04-14T14:30/);
      assert.equal(app?.interviews[1]?.interviewers[0]?.name, 'Jordan Lee');
    });
  });

  describe('debrief', () => {
    test('asks the four questions; the answers land in the last interview', async () => {
      initDana();
      addAcme();
      const t = tty(['debrief', 'acme']);
      await t.expect('What went well? (one per line, empty line to finish)');
      await t.expect('  - ');
      t.send('the close-process case study');
      await t.expect('  - ');
      t.send('');
      await t.expect('What did not go so well?');
      await t.expect('  - ');
      t.send('');
      await t.expect('What stood out about the company or the role?');
      await t.expect('  - ');
      t.send('they are moving to a new ERP');
      await t.expect('  - ');
      t.send('');
      await t.expect('What did you forget to mention?');
      await t.expect('  - ');
      t.send('two audits with no adjustments');
      await t.expect('  - ');
      t.send('');
      await t.expect('Added 3 notes to the debrief of acme, interview 1.');
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);

      const debrief = exported().applications[0]?.interviews[0]?.debrief;
      assert.deepEqual(debrief, {
        wentWell: ['the close-process case study'],
        wentPoorly: [],
        stoodOut: ['they are moving to a new ERP'],
        forgotToMention: ['two audits with no adjustments'],
      });
    });

    test('no answers at all: "Nothing to add." and the debrief is unchanged', async () => {
      initDana();
      addAcme();
      const before = exported();
      const t = tty(['debrief', 'acme']);
      for (let i = 0; i < 4; i++) {
        await t.expect('  - ');
        t.send('');
      }
      await t.expect('Nothing to add.');
      const done = await t.exit();
      assert.equal(done.code, 0, done.output);
      assert.deepEqual(exported().applications, before.applications);
    });

    test('Ctrl-D at the third question: exit 2 and the first answers are not stored', async () => {
      initDana();
      addAcme();
      const t = tty(['debrief', 'acme']);
      await t.expect('  - ');
      t.send('the case study');
      await t.expect('  - ');
      t.send('');
      await t.expect('What did not go so well?');
      await t.expect('  - ');
      t.send('');
      await t.expect('What stood out');
      await t.expect('  - ');
      t.type('\u0004');
      const done = await t.exit();
      assert.equal(done.code, 2, done.output);
      assert.match(done.output, /^What stood out about the company or the role\?: cancelled with Ctrl\+D$/m);
      assert.deepEqual(exported().applications[0]?.interviews[0]?.debrief.wentWell, []);
    });
  });
});
