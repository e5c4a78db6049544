// The posted letter, checked with an independent PDF reader (poppler's pdfinfo and pdftotext): one page for
// every realistic draft, the right paper size, the names and words actually on the page, and a clear refusal
// (with no file left behind) for a letter that cannot fit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  chooseFont,
  hasPostalAddress,
  type LetterParts,
  letterFrame,
  letterWithText,
  pageSizeForCountry,
  parseLetterText,
  renderLetterPdf,
  typesetLetter,
  unprintableChars,
  writeLetterPdf,
} from '../../src/channels/letter/index.js';
import { parseDocument } from '../../src/core/document/parse.js';
import { FollowthroughError } from '../../src/core/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'ft-letter-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
const poppler = { skip: hasPoppler ? false : 'poppler-utils (pdfinfo, pdftotext) is not installed' };

let counter = 0;
function save(pdf: Buffer): string {
  const path = join(dir, `letter-${++counter}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

function pdfinfo(path: string): Record<string, string> {
  const run = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const info: Record<string, string> = {};
  for (const line of run.stdout.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1] as string] = m[2] as string;
  }
  return info;
}

function pdftext(path: string): string {
  const run = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** Whitespace-insensitive: pdftotext re-wraps lines. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const frame = {
  date: '2026-01-06',
  senderBlock: [
    'Dana Reyes',
    '1420 W Addison St, Apt 3',
    'Chicago, IL 60613',
    '+1 312 555 0142',
    'dana.reyes@example.com',
  ],
  recipientBlock: [
    'Robert Feld',
    'Vice President of Finance',
    'Northwind Health',
    '4810 N Broadway, Suite 200',
    'Chicago, IL 60640',
  ],
  salutation: 'Dear Mr. Feld,',
  closing: 'With appreciation,',
  signature: 'Dana Reyes',
};

const SHORT: LetterParts = {
  ...frame,
  paragraphs: [
    'Thank you for meeting with me on Thursday to talk about the Accounting Manager position. Hearing how the team is preparing for the spring grant audit made the role feel very concrete.',
    'I remain keen on the next step and would be glad to send anything else that would help.',
  ],
};

const TYPICAL: LetterParts = {
  ...frame,
  paragraphs: [
    'Thank you for taking the time on Thursday afternoon to walk me through the Accounting Manager role at Northwind Health. I left our conversation even more excited about the chance to support eleven clinics that keep good care close to home.',
    'You mentioned that the spring grant audit is the first big milestone for whoever steps into this job. At Fabrikam I owned revenue controls through three SOX audits with no material findings, and I would bring the same habit of documenting every control before the auditors ask for it.',
    'I also appreciated hearing about your plan to grow the team from three accountants to four. Mentoring has been one of the most rewarding parts of my work: two of the four staff accountants I trained were promoted within a year.',
    'I am very interested in the next step and happy to provide references or any other details that would be useful. Thank you again for a thoughtful and welcoming conversation.',
  ],
};

const LONG_PARAGRAPHS = [
  'Thank you for meeting with me on Thursday to discuss the Accounting Manager position at Northwind Health. I appreciated how openly you described both the strengths of the finance office and the pressures it faces as the clinics grow, and I left our conversation convinced that this is work I would be proud to do.',
  'Our discussion of the spring grant audit stayed with me. You explained that federal grants are central to keeping the clinics open and that the controls around them need a clear owner. At Fabrikam I owned revenue controls through three SOX audits with no material findings, and I made a point of writing down every control, who performs it and what evidence it leaves, so that the audit team could test it without chasing anyone. I would welcome the chance to bring that discipline to your grant accounting.',
  'I was also glad to hear about your plan to add a fourth accountant to the team. Some of the work I am proudest of is coaching: I trained and mentored four staff accountants, and two of them were promoted within a year. I enjoy explaining finance to people who are not accountants, which sounds like a daily part of working with clinic directors on their budgets.',
  'Finally, you asked how I would approach a slow monthly close. I did not mention during our meeting that the change at Fabrikam came mostly from automating bank reconciliations and agreeing on a shared close calendar, which cut the close from ten days to six. The same approach could work for the clinics, where each director would see a short, predictable list of what finance needs from them and when. I would be happy to walk through that calendar in more detail.',
  'I remain very interested in the role and in the next step of the process. Please let me know if references, work samples or any other information would help you and the team decide.',
];
const LONG: LetterParts = { ...frame, paragraphs: LONG_PARAGRAPHS };

function countWords(letter: LetterParts): number {
  return letter.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
}

describe('renderLetterPdf: one page, read back with poppler', () => {
  it('the fixtures span the realistic range of lengths', () => {
    assert.ok(countWords(SHORT) < 60, `short: ${countWords(SHORT)}`);
    assert.ok(countWords(TYPICAL) > 150 && countWords(TYPICAL) < 220, `typical: ${countWords(TYPICAL)}`);
    assert.ok(countWords(LONG) >= 320 && countWords(LONG) <= 360, `long: ${countWords(LONG)}`);
  });

  for (const [name, letter] of [
    ['short', SHORT],
    ['typical', TYPICAL],
    ['long (~330 words)', LONG],
  ] as const) {
    for (const pageSize of ['LETTER', 'A4'] as const) {
      it(`${name} letter on ${pageSize} is exactly one page with the recipient and the body`, poppler, async () => {
        const path = save(await renderLetterPdf(letter, { pageSize }));
        const info = pdfinfo(path);
        assert.equal(info.Pages, '1');
        const text = squash(pdftext(path));
        assert.ok(text.includes('Robert Feld'), 'recipient name');
        assert.ok(text.includes('4810 N Broadway, Suite 200'), 'recipient address');
        assert.ok(text.includes('Dear Mr. Feld,'), 'salutation');
        for (const paragraph of letter.paragraphs) assert.ok(text.includes(squash(paragraph)), paragraph.slice(0, 40));
        assert.ok(text.includes('With appreciation,'), 'closing');
        // The typed name comes after the closing, with the signature space between.
        assert.ok(text.lastIndexOf('Dana Reyes') > text.indexOf('With appreciation,'));
      });
    }
  }

  it('prints the paper size the caller asked for', poppler, async () => {
    const letter = pdfinfo(save(await renderLetterPdf(TYPICAL, { pageSize: 'LETTER' })));
    assert.match(letter['Page size'] ?? '', /^612 x 792 pts \(letter\)/);
    const a4 = pdfinfo(save(await renderLetterPdf(TYPICAL, { pageSize: 'A4' })));
    assert.match(a4['Page size'] ?? '', /^595\.2\d* x 841\.8\d* pts \(A4\)/);
  });

  it('prints an ISO date the way the paper’s country writes it', poppler, async () => {
    assert.ok(pdftext(save(await renderLetterPdf(SHORT, { pageSize: 'LETTER' }))).includes('January 6, 2026'));
    assert.ok(pdftext(save(await renderLetterPdf(SHORT, { pageSize: 'A4' }))).includes('6 January 2026'));
    const given = { ...SHORT, date: '6th of January, 2026' };
    assert.ok(pdftext(save(await renderLetterPdf(given, { pageSize: 'A4' }))).includes('6th of January, 2026'));
  });

  it('sets title and author, and the same letter always gives the same bytes', poppler, async () => {
    const first = await renderLetterPdf(TYPICAL, { pageSize: 'LETTER' });
    const second = await renderLetterPdf(TYPICAL, { pageSize: 'LETTER' });
    assert.ok(first.equals(second), 'byte-identical output');
    const info = pdfinfo(save(first));
    assert.equal(info.Title, 'Letter to Robert Feld');
    assert.equal(info.Author, 'Dana Reyes');
    assert.match(info.CreationDate ?? '', /Jan\s+6 .*2026/);
  });

  it('keeps 12 pt for a typical letter and shrinks the type, not the page count, for a longer one', async () => {
    assert.equal((await typesetLetter(TYPICAL, { pageSize: 'LETTER' })).fontSize, 12);
    const longer: LetterParts = { ...LONG, paragraphs: [...LONG_PARAGRAPHS, ...LONG_PARAGRAPHS.slice(1, 3)] };
    const set = await typesetLetter(longer, { pageSize: 'LETTER' });
    assert.ok(set.fontSize < 12 && set.fontSize >= 10, `font size ${set.fontSize}`);
    if (hasPoppler) assert.equal(pdfinfo(save(set.pdf)).Pages, '1');
  });

  it('refuses a far too long letter with how much to cut, and cutting that much makes it fit', async () => {
    const tooLong: LetterParts = {
      ...LONG,
      paragraphs: [...LONG_PARAGRAPHS, ...LONG_PARAGRAPHS, ...LONG_PARAGRAPHS],
    };
    const err = await renderLetterPdf(tooLong, { pageSize: 'LETTER' }).then(
      () => assert.fail('a three-page letter was typeset'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof FollowthroughError);
    assert.equal(err.code, 'CHANNEL');
    const m = /^letter: the text does not fit on one page even at 10 pt; shorten it by about (\d+) words$/.exec(
      err.message,
    );
    assert.ok(m, err.message);
    const cut = Number(m[1]);
    const total = countWords(tooLong);
    assert.ok(cut > 0 && cut < total, `cut ${cut} of ${total}`);
    // The estimate is honest: trimmed by that many words (from the end of the body) it fits; trimmed by half
    // as many it still does not, so the figure is not inflated.
    const trim = (n: number): LetterParts => {
      const kept = tooLong.paragraphs
        .join('\n\n')
        .split(/ +/)
        .slice(0, total - n)
        .join(' ');
      return { ...tooLong, paragraphs: kept.split('\n\n') };
    };
    const set = await typesetLetter(trim(cut), { pageSize: 'LETTER' });
    assert.ok(set.fontSize <= 11, `fits at ${set.fontSize} pt`);
    await assert.rejects(typesetLetter(trim(Math.floor(cut / 2)), { pageSize: 'LETTER' }), /does not fit/);
  });

  it('writes no file when the letter does not fit', async () => {
    const path = join(dir, 'refused.pdf');
    const tooLong: LetterParts = {
      ...LONG,
      paragraphs: [...LONG_PARAGRAPHS, ...LONG_PARAGRAPHS, ...LONG_PARAGRAPHS],
    };
    await assert.rejects(writeLetterPdf(tooLong, path, { pageSize: 'A4' }), /does not fit on one page/);
    assert.equal(existsSync(path), false);
    const ok = join(dir, 'written.pdf');
    await writeLetterPdf(SHORT, ok, { pageSize: 'A4' });
    assert.equal(readFileSync(ok).subarray(0, 5).toString(), '%PDF-');
  });

  it('refuses an empty body', async () => {
    await assert.rejects(
      renderLetterPdf({ ...SHORT, paragraphs: ['  '] }, { pageSize: 'A4' }),
      /letter: the body text is empty/,
    );
  });
});

describe('fonts: names outside Western European letters', () => {
  it('knows what the built-in Times can print', () => {
    assert.deepEqual(unprintableChars('José Müller “café” – 5 €'), []);
    assert.deepEqual(unprintableChars('Łukasz Żółć, Kraków'), ['Ł', 'Ż', 'ł', 'ć']);
  });

  it('refuses, naming the characters, when no font can print them', () => {
    assert.equal(chooseFont('José Müller', undefined, []), 'Times-Roman');
    assert.throws(
      () => chooseFont('Dear Łukasz,', undefined, []),
      (e: unknown) =>
        e instanceof FollowthroughError && e.code === 'CHANNEL' && /cannot print Ł; pass --font/.test(e.message),
    );
    assert.throws(() => chooseFont('x', '/nonexistent/font.ttf'), /--font: no such file/);
  });

  const systemFont = (() => {
    try {
      return chooseFont('Ł');
    } catch {
      return undefined;
    }
  })();
  it('embeds a Unicode font so a Polish name prints correctly', {
    skip: !hasPoppler ? 'poppler-utils is not installed' : !systemFont ? 'no Unicode system font' : false,
  }, async () => {
    const letter = {
      ...SHORT,
      recipientBlock: ['Łukasz Żółć', 'ul. Floriańska 3', '31-019 Kraków'],
      salutation: 'Dear Mr. Żółć,',
    };
    const path = save(await renderLetterPdf(letter, { pageSize: 'A4' }));
    const text = pdftext(path);
    assert.ok(text.includes('Łukasz Żółć'), text.slice(0, 200));
    assert.ok(text.includes('Dear Mr. Żółć,'));
    assert.equal(pdfinfo(path).Pages, '1');
  });
});

describe('pageSizeForCountry', () => {
  it('uses US Letter in the US, Canada, Mexico and the Philippines and A4 elsewhere', () => {
    for (const c of ['US', 'US-CA', 'CA', 'MX', 'PH']) assert.equal(pageSizeForCountry(c), 'LETTER', c);
    for (const c of ['DE', 'GB', 'FR', 'IN', 'AU', 'BR']) assert.equal(pageSizeForCountry(c), 'A4', c);
  });
});

describe('parseLetterText: the candidate’s own text', () => {
  it('finds salutation, paragraphs, closing and typed name, re-flowing wrapped lines', () => {
    const parsed = parseLetterText(
      'Subject: Thank you\n\nDear Mr. Feld,\n\nThank you for meeting with me\non Thursday.\n\nThank you again for your time.\n\nKind regards,\nDana Reyes\n',
    );
    assert.equal(parsed.salutation, 'Dear Mr. Feld,');
    assert.deepEqual(parsed.paragraphs, [
      'Thank you for meeting with me on Thursday.',
      'Thank you again for your time.',
    ]);
    assert.equal(parsed.closing, 'Kind regards,');
    assert.equal(parsed.signature, 'Dana Reyes');
  });

  it('sets aside address blocks typed above the salutation (the frame supplies them)', () => {
    const parsed = parseLetterText(
      'Dana Reyes\n1420 W Addison St\n\nJanuary 6, 2026\n\nDear Mr. Feld,\nI enjoyed our talk.\n\nSincerely\n\nDana',
    );
    assert.equal(parsed.salutation, 'Dear Mr. Feld,');
    assert.deepEqual(parsed.paragraphs, ['I enjoyed our talk.']);
    assert.equal(parsed.closing, 'Sincerely');
    assert.equal(parsed.signature, 'Dana');
    assert.deepEqual(parsed.setAside, ['Dana Reyes\n1420 W Addison St', 'January 6, 2026']);
  });

  it('keeps list lines and falls back to the frame’s typed name', () => {
    const letter = letterWithText(
      SHORT,
      'Dear Robert,\n\nTwo things I forgot:\n- the close calendar\n- saved searches\n\nBest,',
    );
    assert.deepEqual(letter.paragraphs, ['Two things I forgot:\n- the close calendar\n- saved searches']);
    assert.equal(letter.closing, 'Best,');
    assert.equal(letter.signature, 'Dana Reyes');
    assert.deepEqual(letter.recipientBlock, SHORT.recipientBlock);
  });
});

describe('letterFrame: addresses from the document', () => {
  const doc = parseDocument(JSON.parse(readFileSync('test/fixtures/documents/realistic.json', 'utf8')), {
    defaultZone: 'America/Chicago',
  });
  const northwind = doc.applications.find((a) => a.id === 'northwind');
  assert.ok(northwind);

  it('addresses the interviewer at their own address without repeating the company line', () => {
    const f = letterFrame(doc, northwind, 'Robert Feld', '2026-01-08T20:00:00-06:00');
    assert.deepEqual(f.recipientBlock, [
      'Robert Feld',
      'Vice President of Finance',
      'Northwind Health',
      '4810 N Broadway, Suite 200',
      'Chicago, IL 60640',
    ]);
    assert.deepEqual(f.senderBlock.slice(0, 3), ['Dana Reyes', '1420 W Addison St, Apt 3', 'Chicago, IL 60613']);
    assert.equal(f.date, 'January 8, 2026');
    assert.equal(f.signature, 'Dana Reyes');
    assert.equal(hasPostalAddress(f), true);
  });

  it('dates the letter in the candidate’s zone, not UTC', () => {
    // 20:00 in Chicago on the 8th is already the 9th in UTC.
    assert.equal(letterFrame(doc, northwind, 'Robert Feld', '2026-01-09T02:00:00Z').date, 'January 8, 2026');
  });
});
