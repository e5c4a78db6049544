// init, add, debrief, log, checklist and config, through the real CLI.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EXAMPLE, type Sandbox, sandbox } from './helpers.js';

type Doc = {
  candidate: Record<string, unknown> & {
    achievements: string[];
    testimonials: Array<{ quote: string; author?: string }>;
  };
  applications: Array<{
    id: string;
    company: string;
    status: string;
    interviews: Array<{
      at: string;
      round?: number;
      interviewers: Array<{ name: string; email?: string; title?: string; topics: string[] }>;
      nextSteps: { expected?: string; channel: string; roundsRemaining?: number };
      debrief: { wentWell: string[]; forgotToMention: string[] };
    }>;
    events: Array<Record<string, string>>;
  }>;
  offers: Array<{ company: string; decideBy: string }>;
};

describe('init', () => {
  let box: Sandbox;
  before(() => (box = sandbox()));
  after(() => box.cleanup());

  it('refuses to run without --name when it cannot prompt, naming the flag', () => {
    const r = box.run(['init', '--email', 'dana@example.com']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^--name: required/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('creates the profile, then updates it without losing what was there', () => {
    const first = box.run([
      'init',
      '--name',
      'Dana Reyes',
      '--email',
      'dana@example.com',
      '--timezone',
      'America/Chicago',
      '--achievement',
      'Cut the close from ten days to six',
      '--testimonial',
      'Dana made our close a routine. -- Priya Natarajan, Controller',
    ]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Created the profile of Dana Reyes \(America\/Chicago, US\)/);

    const second = box.run([
      'init',
      '--phone',
      '+1 312 555 0142',
      '--achievement',
      'Led the NetSuite migration',
      '--achievement',
      'Cut the close from ten days to six',
    ]);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /Updated the profile/);
    const doc = box.exportDoc() as Doc;
    assert.equal(doc.candidate.name, 'Dana Reyes');
    assert.equal(doc.candidate.email, 'dana@example.com');
    assert.equal(doc.candidate.phone, '+1 312 555 0142');
    assert.equal(doc.candidate.country, 'US');
    assert.deepEqual(doc.candidate.achievements, ['Cut the close from ten days to six', 'Led the NetSuite migration']);
    assert.deepEqual(doc.candidate.testimonials, [
      { quote: 'Dana made our close a routine.', author: 'Priya Natarajan, Controller' },
    ]);
  });

  it('names the flag of an invalid zone or country and keeps the profile', () => {
    const zone = box.run(['init', '--timezone', 'Mars/Olympus']);
    assert.equal(zone.status, 2);
    assert.match(zone.stderr, /^--timezone: not an IANA time zone/);
    const country = box.run(['init', '--country', 'XX']);
    assert.equal(country.status, 2);
    assert.match(country.stderr, /^--country: /);
    assert.equal((box.exportDoc() as Doc).candidate.timezone, 'America/Chicago');
  });
});

describe('add, debrief and log', () => {
  let box: Sandbox;
  before(() => {
    box = sandbox();
    assert.equal(box.run(['init', '--name', 'Dana Reyes', '--timezone', 'America/Chicago']).status, 0);
  });
  after(() => box.cleanup());

  it('creates an application with its interview; topics go to the interviewer before them', () => {
    const r = box.run([
      'add',
      '--company',
      'Acme Logistics',
      '--role',
      'Senior Accountant',
      '--at',
      '2026-04-07 10:00',
      '--interviewer',
      'Maria Chen <maria.chen@acme.example>, Controller',
      '--topic',
      'the five-day close',
      '--interviewer',
      'Tom Alvarez, Operations Director',
      '--topic',
      'freight variances',
      '--topic',
      'the Joliet depot',
      '--expected',
      'by Friday, April 17',
      '--rounds-remaining',
      '1',
      '--format',
      'onsite',
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Created acme-logistics \(Acme Logistics, Senior Accountant\)/);
    const app = (box.exportDoc() as Doc).applications[0];
    assert.ok(app);
    assert.equal(app.id, 'acme-logistics');
    const interview = app.interviews[0];
    assert.ok(interview);
    // A local time in the candidate's zone becomes ISO with that day's offset (CDT in April).
    assert.equal(interview.at, '2026-04-07T10:00:00-05:00');
    assert.equal(interview.round, 1);
    assert.deepEqual(interview.interviewers, [
      {
        id: 'maria-chen',
        name: 'Maria Chen',
        email: 'maria.chen@acme.example',
        title: 'Controller',
        topics: ['the five-day close'],
      },
      {
        id: 'tom-alvarez',
        name: 'Tom Alvarez',
        title: 'Operations Director',
        topics: ['freight variances', 'the Joliet depot'],
      },
    ]);
    assert.equal(interview.nextSteps.expected, 'by Friday, April 17');
    assert.equal(interview.nextSteps.roundsRemaining, 1);
    assert.equal(interview.nextSteps.channel, 'email');
  });

  it('adds a second interview to the same application, as round 2', () => {
    const r = box.run([
      'add',
      '--id',
      'acme-logistics',
      '--at',
      '2026-04-21T14:00:00-05:00',
      '--interviewer',
      'Priya Shah, CFO',
    ]);
    assert.equal(r.status, 0, r.stderr);
    const doc = box.exportDoc() as Doc;
    assert.equal(doc.applications.length, 1);
    assert.deepEqual(
      doc.applications[0]?.interviews.map((i) => i.round),
      [1, 2],
    );
  });

  it('refuses bad flags with one line naming the flag, and stores nothing', () => {
    const cases: Array<[string[], RegExp]> = [
      [['add', '--company', 'Globex', '--role', 'Manager', '--at', 'next tuesday-ish'], /^--at: cannot read "-ish"/],
      [['add', '--company', 'Globex', '--role', 'Manager', '--at', 'Dec 3'], /^--at: 'Dec 3' has no time of day/],
      [
        ['add', '--company', 'Globex', '--role', 'Manager', '--at', '2026-04-08 10:00', '--topic', 'budgets'],
        /^--topic: give the --interviewer/,
      ],
      [
        ['add', '--company', 'Globex', '--role', 'Manager', '--at', '2026-04-08 10:00', '--channel', 'fax'],
        /^--channel: must be one of email, phone, mail, portal/,
      ],
      [['add', '--company', 'Globex', '--at', '2026-04-08 10:00'], /^--role: required/],
      [
        [
          'add',
          '--company',
          'Globex',
          '--role',
          'Manager',
          '--at',
          '2026-04-08 10:00',
          '--interviewer',
          'Ann <not-an-email>',
        ],
        /^--interviewer: "not-an-email" is not an email address/,
      ],
      [
        ['add', '--company', 'Globex', '--role', 'Manager', '--at', '2026-04-08 10:00', '--id', 'Bad Id'],
        /^--id: must be a slug/,
      ],
    ];
    for (const [args, pattern] of cases) {
      const r = box.run(args);
      assert.equal(r.status, 2, `${args.join(' ')} → ${r.stderr}`);
      assert.match(r.stderr, pattern);
    }
    assert.equal((box.exportDoc() as Doc).applications.length, 1);
  });

  it('debrief appends notes to the latest interview without duplicates', () => {
    const args = ['debrief', 'acme-logistics', '--went-well', 'the close story', '--forgot', 'two clean audits'];
    assert.equal(box.run(args).status, 0);
    const again = box.run(args);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /Added 0 notes/);
    const [first, second] = (box.exportDoc() as Doc).applications[0]?.interviews ?? [];
    assert.deepEqual(second?.debrief.wentWell, ['the close story']);
    assert.deepEqual(second?.debrief.forgotToMention, ['two clean audits']);
    assert.deepEqual(first?.debrief.wentWell, []);
    const none = box.run(['debrief', 'acme-logistics']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /give at least one of --went-well/);
    const unknown = box.run(['debrief', 'nope', '--went-well', 'x']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^application: no application "nope" \(known: acme-logistics\)/);
  });

  it('log records events and sets the status for offer, rejected and withdrawn', () => {
    const sent = box.run([
      'log',
      'acme-logistics',
      'sent',
      '--kind',
      'thank-you',
      '--to',
      'Maria Chen',
      '--at',
      '2026-04-07 16:00',
    ]);
    assert.equal(sent.status, 0, sent.stderr);
    const replied = box.run([
      'log',
      'acme-logistics',
      'replied',
      '--from',
      'Maria Chen',
      '--note',
      'we expect to decide by April 24',
      '--at',
      '2026-04-08T09:00:00-05:00',
    ]);
    assert.equal(replied.status, 0, replied.stderr);
    let app = (box.exportDoc() as Doc).applications[0];
    assert.equal(app?.status, 'active');
    assert.deepEqual(app?.events, [
      { at: '2026-04-07T16:00:00-05:00', type: 'sent', kind: 'thank-you', to: 'Maria Chen' },
      { at: '2026-04-08T09:00:00-05:00', type: 'replied', from: 'Maria Chen', note: 'we expect to decide by April 24' },
    ]);

    const offer = box.run(['log', 'acme-logistics', 'offer', '--decide-by', '2026-04-30']);
    assert.equal(offer.status, 0, offer.stderr);
    assert.match(offer.stdout, /acme-logistics is now offer/);
    const doc = box.exportDoc() as Doc;
    app = doc.applications[0];
    assert.equal(app?.status, 'offer');
    assert.equal(app?.events.length, 3);
    assert.equal(app?.events[2]?.type, 'offer');
    assert.deepEqual(doc.offers, [{ company: 'Acme Logistics', decideBy: '2026-04-30' }]);

    // Each log is undone on its own, newest first: the status comes back, then the reply goes, the rest stays.
    const undo = box.run(['undo']);
    assert.equal(undo.status, 0);
    assert.match(undo.stdout, /^Undone: offer logged for acme-logistics/);
    assert.equal((box.exportDoc() as Doc).applications[0]?.status, 'active');
    const again = box.run(['undo']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^Undone: replied logged for acme-logistics/);
    app = (box.exportDoc() as Doc).applications[0];
    assert.deepEqual(
      app?.events.map((e) => e.type),
      ['sent'],
    );
    assert.equal(app?.company, 'Acme Logistics');
  });

  it('log refuses an unknown type, a missing --kind for sent, and an unknown application', () => {
    const type = box.run(['log', 'acme-logistics', 'ghosted']);
    assert.equal(type.status, 2);
    assert.match(type.stderr, /^type: must be one of sent, called, replied, next-round, offer, rejected, withdrawn/);
    const kind = box.run(['log', 'acme-logistics', 'sent', '--to', 'Maria Chen']);
    assert.equal(kind.status, 2);
    assert.match(kind.stderr, /^--kind: required for sent/);
    const app = box.run(['log', 'initech', 'rejected']);
    assert.equal(app.status, 2);
    assert.match(app.stderr, /no application "initech"/);
  });

  it('commands that need a profile say how to create one', () => {
    const empty = sandbox();
    try {
      const r = empty.run(['add', '--company', 'Acme', '--role', 'Accountant', '--at', '2026-04-07 10:00']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^no profile yet: run `followthrough init/);
    } finally {
      empty.cleanup();
    }
  });
});

describe('checklist', () => {
  it('prints the questions to ask, as text and as JSON', () => {
    const box = sandbox();
    try {
      const text = box.run(['checklist']);
      assert.equal(text.status, 0);
      assert.match(text.stdout, /Before the interview ends/);
      assert.match(text.stdout, /references/i);
      const json = box.run(['checklist', '--json']);
      const { checklist } = JSON.parse(json.stdout) as { checklist: Array<{ id: string; ask: string; why: string }> };
      const ids = checklist.map((c) => c.id);
      for (const id of ['next-step', 'rounds', 'references', 'timing', 'channel', 'contacts'])
        assert.ok(ids.includes(id), id);
      for (const item of checklist) assert.ok(item.ask.length > 10 && item.why.length > 10);
    } finally {
      box.cleanup();
    }
  });
});

describe('config', () => {
  let box: Sandbox;
  before(() => (box = sandbox()));
  after(() => box.cleanup());

  it('reports every invalid key on its own line with exit 2', () => {
    box.write('config.json', { policy: { noTimelineDays: 3, maxTouchez: 2 }, smtp: { port: 'x' }, extra: true });
    const r = box.run(['config', '--show']);
    assert.equal(r.status, 2);
    const lines = r.stderr.trim().split('\n');
    assert.ok(
      lines.some((l) => l.includes('policy.noTimelineDays')),
      r.stderr,
    );
    assert.ok(
      lines.some((l) => l.includes('policy') && l.includes('maxTouchez')),
      r.stderr,
    );
    assert.ok(
      lines.some((l) => l.includes('smtp.host: required')),
      r.stderr,
    );
    assert.ok(
      lines.some((l) => l.includes('smtp.port')),
      r.stderr,
    );
    assert.ok(
      lines.some((l) => l.includes('extra')),
      r.stderr,
    );
    assert.ok(
      lines.every((l) => l.startsWith(box.config)),
      'each line names the file',
    );
    // Commands that read the policy refuse to run on an invalid config too.
    const plan = box.run(['plan', '--from', EXAMPLE, '--json']);
    assert.equal(plan.status, 2);
    assert.match(plan.stderr, /policy\.noTimelineDays/);
  });

  it('shows a valid config with passwords masked, and its path', () => {
    box.write('config.json', {
      policy: { noTimelineDays: 10 },
      smtp: { host: 'smtp.example.com', port: 587, user: 'dana', password: 'hunter2-secret' },
      imap: { host: 'imap.example.com', password: 'another-secret' },
    });
    const show = box.run(['config', '--show']);
    assert.equal(show.status, 0, show.stderr);
    assert.doesNotMatch(show.stdout, /hunter2-secret|another-secret/);
    const shown = JSON.parse(show.stdout) as {
      smtp: { password: string; host: string };
      policy: { noTimelineDays: number };
    };
    assert.equal(shown.smtp.password, '********');
    assert.equal(shown.smtp.host, 'smtp.example.com');
    assert.equal(shown.policy.noTimelineDays, 10);
    assert.equal(box.run(['config', '--path']).stdout.trim(), box.config);
    assert.match(box.run(['config']).stdout, /valid \(policy, smtp, imap\)/);
  });

  it('falls back to $XDG_CONFIG_HOME/followthrough/config.json', () => {
    const r = box.run(['config', '--path'], { env: { FOLLOWTHROUGH_CONFIG: '' } });
    assert.equal(r.stdout.trim(), `${box.dir}/xdg-config/followthrough/config.json`);
  });
});

describe('usage errors', () => {
  it('exit 2 for an unknown command or option, 0 for --help and --version', () => {
    const box = sandbox();
    try {
      assert.equal(box.run(['frobnicate']).status, 2);
      const opt = box.run(['plan', '--bogus']);
      assert.equal(opt.status, 2);
      assert.match(opt.stderr, /unknown option '--bogus'/);
      const help = box.run(['--help']);
      assert.equal(help.status, 0);
      for (const cmd of [
        'init',
        'add',
        'debrief',
        'checklist',
        'plan',
        'today',
        'log',
        'import',
        'export',
        'undo',
        'config',
      ])
        assert.match(help.stdout, new RegExp(`\\n  ${cmd}\\b`), cmd);
      assert.equal(box.run(['add', '--help']).status, 0);
      assert.match(box.run(['--version']).stdout, /^\d+\.\d+\.\d+/);
    } finally {
      box.cleanup();
    }
  });
});
