// `followthrough letter` and `followthrough calendar` as a user runs them: the real built CLI in a child process,
// the PDF read back with poppler and the .ics with node-ical. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ical, { type VEvent } from 'node-ical';
import { ROOT, sandbox } from '../cli/helpers.js';

const DOC = join(ROOT, 'test', 'fixtures', 'documents', 'realistic.json');
const NOW = '2026-01-09T12:00:00-06:00';
const STEP = 'northwind/thank-you/0/robert-feld';
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
const poppler = { skip: hasPoppler ? false : 'poppler-utils (pdfinfo, pdftotext) is not installed' };

const box = sandbox();
after(() => box.cleanup());

function poppl(tool: 'pdfinfo' | 'pdftotext', path: string): string {
  const r = spawnSync(tool, tool === 'pdftotext' ? [path, '-'] : [path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('followthrough letter', () => {
  it('typesets the planned thank-you letter on one US Letter page', poppler, () => {
    const out = join(box.dir, 'feld.pdf');
    const r = box.run(['letter', STEP, '-o', out, '--from', DOC, '--now', NOW], { noDb: true });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Wrote .*feld\.pdf: one page, US Letter, \d+(\.5)? pt, to Robert Feld/);
    const info = poppl('pdfinfo', out);
    assert.match(info, /^Pages:\s+1$/m);
    assert.match(info, /^Page size:\s+612 x 792 pts \(letter\)/m);
    assert.match(info, /^Title:\s+Letter to Robert Feld \(Northwind Health\)$/m);
    const text = poppl('pdftotext', out).replace(/\s+/g, ' ');
    assert.ok(text.includes('Robert Feld'));
    assert.ok(text.includes('4810 N Broadway, Suite 200'), 'the interviewer’s postal address');
    assert.ok(text.includes('1420 W Addison St'), 'the candidate’s address');
  });

  it('says when to post it: by the due day ahead, or today once that day has passed, never a day gone', poppler, () => {
    const letter = (now: string) => {
      const out = join(box.dir, `post-${now.slice(0, 10)}.pdf`);
      const r = box.run(['letter', STEP, '-o', out, '--from', DOC, '--now', now], { noDb: true });
      assert.equal(r.status, 0, r.stderr);
      return { message: r.stderr, text: poppl('pdftotext', out).replace(/\s+/g, ' ') };
    };
    // The thank-you is due by the end of Friday, January 9.
    assert.match(letter('2026-01-08T15:00:00-06:00').message, /Sign it by hand and post it by Friday, January 9\.$/m);
    assert.match(letter(NOW).message, /post it today, the day it is due\.$/m);
    const late = letter('2026-01-14');
    assert.match(
      late.message,
      /Sign it by hand and post it today: it is overdue \(it was due by Friday, January 9\)\.$/m,
    );
    assert.doesNotMatch(late.message, /post it by/);
    // The letter itself is dated the day it is written.
    assert.match(late.text, /January 14, 2026/);
  });

  it('uses A4 for a candidate outside North America and the Philippines', poppler, () => {
    const doc = JSON.parse(readFileSync(DOC, 'utf8'));
    doc.candidate.country = 'GB';
    doc.candidate.timezone = 'Europe/London';
    const from = box.write('gb.json', doc);
    const out = join(box.dir, 'gb.pdf');
    const r = box.run(['letter', STEP, '-o', out, '--from', from, '--now', NOW], { noDb: true });
    assert.equal(r.status, 0, r.stderr);
    assert.match(poppl('pdfinfo', out), /^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/m);
  });

  it('typesets the candidate’s own text with --text', poppler, () => {
    const mine = box.write(
      'mine.txt',
      'Dear Robert,\n\nThank you for the tour of the Uptown plans on Thursday; the grant audit timeline makes\nthe first months of this role very clear.\n\nWarm regards,\nDana\n',
    );
    const out = join(box.dir, 'mine.pdf');
    const r = box.run(['letter', STEP, '--text', mine, '-o', out, '--from', DOC, '--now', NOW], { noDb: true });
    assert.equal(r.status, 0, r.stderr);
    const text = poppl('pdftotext', out).replace(/\s+/g, ' ');
    assert.ok(text.includes('Dear Robert,'));
    assert.ok(text.includes('the grant audit timeline makes the first months of this role very clear.'));
    assert.ok(text.includes('Warm regards,'));
    assert.ok(text.includes('Chicago, IL 60640'), 'the frame’s recipient address');
  });

  it('refuses text that cannot fit, in one line, and writes no file', () => {
    const paragraph =
      'I keep thinking about our conversation and the many ways the finance office could grow, and I wanted to share every one of those thoughts in detail here. ';
    const mine = box.write('long.txt', `Dear Robert,\n\n${`${paragraph.repeat(6)}\n\n`.repeat(6)}Kind regards,\nDana`);
    const out = join(box.dir, 'long.pdf');
    const r = box.run(['letter', STEP, '--text', mine, '-o', out, '--from', DOC, '--now', NOW], { noDb: true });
    assert.equal(r.status, 3);
    assert.match(
      r.stderr,
      /^letter: the text does not fit on one page even at 10 pt; shorten it by about \d+ words\n$/,
    );
    assert.equal(existsSync(out), false);
  });

  it('names the argument when the step does not exist, listing steps to post', () => {
    const r = box.run(['letter', 'northwind/nope', '-o', join(box.dir, 'x.pdf'), '--from', DOC, '--now', NOW], {
      noDb: true,
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^STEP: no step "northwind\/nope" in the plan \(open steps: .*robert-feld/);
  });

  it('refuses the move-on day', () => {
    const r = box.run(['letter', 'acme/move-on', '-o', join(box.dir, 'y.pdf'), '--from', DOC, '--now', NOW], {
      noDb: true,
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /there is no letter to write/);
  });
});

describe('followthrough calendar', () => {
  it('writes the plan as .ics with one event per step', () => {
    const out = join(box.dir, 'plan.ics');
    const r = box.run(['calendar', '-o', out, '--from', DOC, '--now', NOW], { noDb: true });
    assert.equal(r.status, 0, r.stderr);
    const plan = box.run(['plan', '--json', '--from', DOC, '--now', NOW], { noDb: true });
    assert.equal(plan.status, 0, plan.stderr);
    const steps = JSON.parse(plan.stdout).steps as { id: string }[];
    const events = Object.values(ical.sync.parseICS(readFileSync(out, 'utf8'))).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    assert.equal(events.length, steps.length);
    assert.deepEqual(events.map((e) => e.uid).sort(), steps.map((s) => `${s.id}@followthrough`).sort());
    assert.match(r.stderr, new RegExp(`Wrote .*plan\\.ics: ${steps.length} events`));
  });

  it('prints to stdout without -o, filtered by --application', () => {
    const r = box.run(['calendar', '--application', 'acme', '--from', DOC, '--now', NOW], { noDb: true });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^BEGIN:VCALENDAR\r\n/);
    const events = Object.values(ical.sync.parseICS(r.stdout)).filter((c): c is VEvent => c?.type === 'VEVENT');
    assert.ok(events.length > 0);
    for (const e of events) assert.match(e.uid, /^acme\//);
  });
});
