// One hostile document through every output: SMTP headers (a real smtp-server), the calendar (read back with
// node-ical), the PDF letter (read back with poppler) and the terminal (plan, today, list, show, errors).
// Each field carries what would break its output: CR/LF and header lines for mail, a whole VEVENT for the
// calendar, PDF operators for the letter, ESC/BEL/CR and bidi controls for the terminal.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { parseDocument } from '../../src/core/document/parse.js';
import type { Document } from '../../src/core/document/schema.js';
import { openStore } from '../../src/store/index.js';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { ACME, ACME_INTERVIEW_AT, DANA } from '../helpers/documents.js';
import { runCli, type SmtpTestServer, startSmtpServer } from '../helpers/servers.js';

const NOW = '2026-01-05T16:00:00-06:00';
// The person's slug keeps only letters and digits of the hostile name.
const STEP = 'acme/thank-you/0/maria-chen-bcc-evil-evil-example-x-injected-yes';
const CALENDAR_ATTACK =
  'Dana\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:evil@evil.example\r\nSUMMARY:x\r\nEND:VEVENT';
const HEADER_ATTACK = '\r\nBcc: evil@evil.example\r\nX-Injected: yes';
const PDF_ATTACK = ') Tj ET BT /F1 99 Tf 0 0 Td (owned';
const TERMINAL_ATTACK = '\u001b[2J\u001b]0;owned\u0007\rFAKE\u202e';

const DOC = {
  version: 1,
  candidate: { ...DANA, name: `Dana Reyes${HEADER_ATTACK}`, address: '1 Main St\nChicago, IL' },
  applications: [
    {
      ...ACME,
      company: `Acme ${TERMINAL_ATTACK} Logistics`,
      companyAddress: `200 Dock St${PDF_ATTACK}\nChicago, IL`,
      interviews: [
        {
          at: ACME_INTERVIEW_AT,
          interviewers: [
            {
              name: `Maria Chen${HEADER_ATTACK}`,
              title: 'Controller',
              email: 'maria.chen@acme.example',
              address: `1 Dock St\n${PDF_ATTACK}`,
              topics: [`the close ${PDF_ATTACK}`],
            },
          ],
          nextSteps: { expected: 'by next week' },
        },
      ],
    },
  ],
};

const ATTACKS = [CALENDAR_ATTACK, HEADER_ATTACK, PDF_ATTACK, TERMINAL_ATTACK];

/** The document as the store holds it (defaults and ids filled in), with the attacks left in place. */
function storedForm(doc: unknown): Document {
  let text = JSON.stringify(doc);
  ATTACKS.forEach((a, i) => {
    text = text.split(JSON.stringify(a).slice(1, -1)).join(`ATTACK${i}`);
  });
  const parsed = parseDocument(JSON.parse(text), { defaultZone: 'America/Chicago' });
  let out = JSON.stringify(parsed);
  ATTACKS.forEach((a, i) => {
    out = out.split(`ATTACK${i}`).join(JSON.stringify(a).slice(1, -1));
  });
  return JSON.parse(out) as Document;
}

const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;

describe('injection through every output', () => {
  let smtp: SmtpTestServer;
  let box: CliStore;
  const cli = (args: string[], extra: Record<string, string> = {}) =>
    runCli(args, { ...box.env, NO_COLOR: '1', ...extra });

  before(async () => {
    smtp = await startSmtpServer();
    box = await cliStore({ smtp });
    // Import refuses line breaks in one-line fields (tested below), but a store written by an older version
    // or edited by hand may hold them: the outputs must be safe whatever the store holds, so the hostile
    // document goes in through the store itself, past the validator.
    const store = await openStore({ path: box.db });
    try {
      await store.importDocument(storedForm(DOC), { mode: 'replace' });
    } finally {
      await store.close();
    }
  });

  test('import refuses a line break in a one-line field, naming it', async () => {
    const path = join(box.dir, 'hostile.json');
    writeFileSync(path, JSON.stringify(DOC));
    const r = await cli(['import', path]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^candidate\.name: must be one line/m);
  });
  after(async () => {
    await smtp?.close();
    box?.cleanup();
  });

  test('SMTP: CR/LF in names adds no header and no recipient', async () => {
    const r = await cli(['send', STEP, '--yes', '--now', NOW]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(smtp.messages.length, 1);
    const got = smtp.messages[0];
    assert.deepEqual(got?.to, ['maria.chen@acme.example'], 'the envelope has the one recipient');
    const raw = got?.raw.toString('utf8') ?? '';
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    assert.doesNotMatch(head, /^(Bcc|X-Injected):/im, head);
    const parsed = await simpleParser(got?.raw as Buffer);
    assert.equal(parsed.headers.get('bcc'), undefined);
    assert.equal(parsed.headers.get('x-injected'), undefined);
    const to = parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : [];
    assert.deepEqual(
      to.map((a) => a.address),
      ['maria.chen@acme.example'],
    );
  });

  test('ICS: the calendar name is escaped; no event, attendee or line is added', async () => {
    // The calendar's name comes from the candidate's: put the attack there, in the store, for this test.
    const store = await openStore({ path: box.db });
    const before = await store.getCandidate();
    assert.ok(before);
    await store.saveCandidate({ ...before, name: CALENDAR_ATTACK });
    let r: Awaited<ReturnType<typeof cli>>;
    let plan: Awaited<ReturnType<typeof cli>>;
    try {
      r = await cli(['calendar', '--now', NOW]);
      plan = await cli(['plan', '--json', '--now', NOW]);
    } finally {
      await store.saveCandidate(before);
      await store.close();
    }
    assert.equal(r.code, 0, r.stderr);
    const ics = r.stdout;
    assert.doesNotMatch(ics, /^ATTENDEE/m);
    assert.equal(ics.match(/^END:VCALENDAR/gm)?.length, 1);
    const steps = (JSON.parse(plan.stdout) as { steps: unknown[] }).steps.length;
    assert.equal(ics.match(/^BEGIN:VEVENT/gm)?.length, steps, 'one event per step, none injected');
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    const name = /^X-WR-CALNAME:(.*)$/m.exec(unfolded)?.[1] ?? '';
    assert.ok(name.includes('Dana\\nEND:VCALENDAR\\nBEGIN:VEVENT'), name);
    const events = Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
    assert.equal(events.length, steps);
    for (const e of events) assert.equal((e as unknown as { attendee?: unknown }).attendee, undefined);
  });

  test('PDF: PDF operators in the text are printed as text, on one page', { skip: !hasPoppler }, async () => {
    const out = join(box.dir, 'letter.pdf');
    const r = await cli(['letter', STEP, '-o', out, '--now', NOW]);
    assert.equal(r.code, 0, r.stderr);
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    assert.match(info, /^Pages:\s+1$/m);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    assert.ok(text.includes('Tj ET BT /F1 99 Tf 0 0 Td'), `the operators are text on the page:\n${text}`);
    // pdfkit writes text as hex strings: our words never appear as a literal string operand in the file.
    assert.ok(!readFileSync(out).includes(Buffer.from(PDF_ATTACK)), 'the raw operators are not in the file');
  });

  test('terminal: plan, today, list and show print no control character from the document', async () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    for (const args of [
      ['plan', '--now', NOW],
      ['today', '--now', NOW],
      ['list', '--now', NOW],
      ['show', 'acme', '--now', NOW],
    ]) {
      const r = await cli(args);
      assert.equal(r.code, 0, `${args[0]}: ${r.stderr}`);
      assert.doesNotMatch(r.stdout, control, `${args[0]} printed a control character`);
      assert.doesNotMatch(r.stderr, control, `${args[0]} printed a control character on stderr`);
    }
    // plan and today keep one step on one line, whatever the names hold.
    for (const args of [
      ['plan', '--now', NOW],
      ['today', '--now', NOW],
    ]) {
      const r = await cli(args);
      assert.doesNotMatch(r.stdout, /^\s*(Bcc|X-Injected|FAKE)/m, `${args[0]} let a name start a line`);
    }
    // An error quoting what the user typed shows control characters as escapes.
    const bad = await cli(['show', 'nope\u001b[2J\u0007']);
    assert.notEqual(bad.code, 0);
    assert.doesNotMatch(bad.stderr, control);
    assert.match(bad.stderr, /nope\\x1b\[2J\\x07/);
  });
});
