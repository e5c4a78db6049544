// Drafts a person would send as they are (issue 9): over a generated matrix of contexts, every draft passes
// its own reviewer with no warning and no error, and reads right for how and when the interview happened.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MatrixResult, runMatrix } from '../helpers/draft-matrix.js';

const results = runMatrix();

/** The message without the letter's address blocks and signature: what the reader reads as prose. */
function prose(r: MatrixResult): string {
  return r.text.replace(/^Subject: .*\n/, '');
}

function failures(check: (r: MatrixResult) => string | undefined): string[] {
  const out: string[] = [];
  for (const r of results) {
    const problem = check(r);
    if (problem) out.push(`${r.cell.label}: ${problem}`);
  }
  return out;
}

describe('the drafts matrix', () => {
  it('covers every kind, channel, format, timing, and replies, offers and debriefs', () => {
    assert.ok(results.length >= 500, `${results.length} cells`);
    const seen = (f: (r: MatrixResult) => unknown) => new Set(results.map(f)).size;
    assert.equal(
      seen((r) => r.cell.kind),
      5,
    );
    assert.equal(
      seen((r) => r.cell.channel),
      3,
    );
    assert.equal(
      seen((r) => r.cell.format),
      4,
    );
    assert.equal(
      seen((r) => r.cell.timing),
      4,
    );
    assert.equal(
      seen((r) => `${r.cell.reply}${r.cell.offer}${r.cell.debrief}`),
      8,
    );
  });

  it('every draft passes its own review with no warning and no error', () => {
    const bad = failures((r) =>
      r.findings.length
        ? r.findings
            .map((f) => `${f.severity} ${f.rule} [${r.text.slice(f.start, Math.min(f.end, f.start + 80))}]`)
            .join('; ')
        : undefined,
    );
    assert.deepEqual(bad, []);
  });

  it('never asks a phone or video interviewer to have "met" in person', () => {
    const bad = failures((r) => {
      const text = prose(r);
      if (r.cell.format === 'phone' && /\bmeet(?:ing)? with me\b|\bwe met\b/i.test(text))
        return 'phone interview, in-person words';
      if (r.cell.format === 'video' && /\bmeet(?:ing)? with me\b(?! over video)/i.test(text))
        return 'video interview, in-person words';
      return undefined;
    });
    assert.deepEqual(bad, []);
    const phone = results.find((r) => r.cell.kind === 'thank-you' && r.cell.format === 'phone' && /speak/.test(r.text));
    assert.ok(phone, 'some phone thank-you says "speak"');
  });

  it('a late thank-you owns the delay; an on-time one does not', () => {
    const late = /later than I intended|should have written sooner|little time has passed/;
    const bad = failures((r) => {
      if (r.cell.kind !== 'thank-you') return undefined;
      const says = late.test(r.text);
      if (r.cell.timing === 'late' && !says) return 'thirteen days late, no word about it';
      if (r.cell.timing !== 'late' && says) return 'on time, yet apologises for being late';
      return undefined;
    });
    assert.deepEqual(bad, []);
  });

  it('a thank-you drafted before the interview names no day that would be wrong once it is sent', () => {
    const bad = failures((r) => {
      if (r.cell.kind !== 'thank-you' || r.cell.timing !== 'before') return undefined;
      const m = /\b(?:today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/.exec(
        prose(r),
      );
      return m ? `says "${m[0]}"` : undefined;
    });
    assert.deepEqual(bad, []);
    const letters = results.filter(
      (r) => r.cell.kind === 'thank-you' && r.cell.timing === 'before' && r.cell.channel === 'mail',
    );
    assert.ok(letters.length > 0);
    for (const r of letters) assert.match(r.text, /\nMarch 2, 2026\n/, 'the letter is dated the interview day');
    for (const r of results.filter((x) => x.cell.kind === 'thank-you' && x.cell.channel !== 'phone'))
      assert.equal(/worded to be sent after it/.test(r.note ?? ''), r.cell.timing === 'before', r.cell.label);
  });

  it('repeats no warm word in one note', () => {
    const bad = failures((r) => {
      if (r.cell.channel === 'phone') return undefined;
      for (const word of ['enjoy', 'appreciat', 'grateful', 'excit', 'especially']) {
        const n = (prose(r).match(new RegExp(`\\b${word}`, 'gi')) ?? []).length;
        if (n > 1) return `"${word}" ${n} times`;
      }
      return undefined;
    });
    assert.deepEqual(bad, []);
  });

  it('a topic typed about the interviewer reads as "your ..." in a note to them', () => {
    const toPriya = results.filter((r) => /(?:Dear|Hi|Hello) Priya\b/.test(r.text));
    assert.ok(toPriya.length > 0);
    const bad = failures((r) =>
      /(?:Dear|Hi|Hello) Priya\b/.test(r.text) && /\btheir plan\b|\bPriya's\b/i.test(r.text)
        ? 'third person'
        : undefined,
    );
    assert.deepEqual(bad, []);
    assert.ok(
      toPriya.some((r) =>
        /\byour plan to split the orders service\b|\byour move from the Denver office\b/.test(r.text),
      ),
    );
  });

  it('a check-in after a reply quotes the reply and its date, not the interview timeline', () => {
    const bad = failures((r) => {
      if (r.cell.kind !== 'check-in' || r.cell.channel === 'phone') return undefined;
      const text = prose(r);
      if (r.cell.reply) {
        if (!/March 20/.test(text)) return 'no date from the reply';
        if (/end of next week/i.test(text)) return 'the interview timeline after a reply';
      } else if (!/end of next week/i.test(text)) return 'no interview timeline';
      return undefined;
    });
    assert.deepEqual(bad, []);
  });
});
