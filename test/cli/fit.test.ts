// Output that fits: plan and today on a real terminal of a given width wrap at words, never mid-word, and
// stay within the width; --wide and output to a pipe keep one line per step, uncut.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fitLines, wrapWords } from '../../src/cli/fit.js';
import { cliArgs } from '../helpers/servers.js';
import { spawnTty, ttySkipReason } from '../helpers/tty.js';
import { EXAMPLE, type Sandbox, sandbox } from './helpers.js';

const NOW = '2026-11-18T09:30:00-06:00';

interface Step {
  id: string;
  reason: string;
}

describe('wrapping words', () => {
  it('breaks at spaces within the width, indents what follows, and keeps a long word whole', () => {
    assert.deepEqual(wrapWords('the quick brown fox jumps', 11, 2), ['the quick', '  brown fox', '  jumps']);
    assert.deepEqual(wrapWords('see acme/thank-you/0/maria-chen now', 12, 4), [
      'see',
      '    acme/thank-you/0/maria-chen',
      '    now',
    ]);
    // Spacing inside a line is kept as written.
    assert.deepEqual(wrapWords('due 10:00  thank-you to Ann', 40), ['due 10:00  thank-you to Ann']);
  });

  it('a line painted as a whole is painted again on each line, colour codes taking no room', () => {
    const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
    assert.deepEqual(fitLines([dim('    one two three')], 12), [dim('    one two'), `    ${dim('three')}`]);
    assert.deepEqual(fitLines(['short'], undefined), ['short']);
  });
});

describe('plan and today at the terminal width', { skip: ttySkipReason() }, () => {
  let box: Sandbox;
  let steps: Step[];
  before(() => {
    box = sandbox();
    assert.equal(box.run(['import', EXAMPLE]).status, 0);
    steps = (JSON.parse(box.run(['plan', '--now', NOW, '--json']).stdout) as { steps: Step[] }).steps;
  });
  after(() => box.cleanup());

  const onTerminal = async (columns: number, args: string[]) => {
    const t = spawnTty(['sh', '-c', `stty cols ${columns} && exec "$@"`, 'sh', process.execPath, ...cliArgs(args)], {
      env: { ...box.env, NO_COLOR: '1' },
    });
    const done = await t.exit();
    assert.equal(done.code, 0, done.output);
    return done.output.trimEnd().split('\n');
  };
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  for (const columns of [60, 80, 120]) {
    it(`plan in ${columns} columns: no line is wider, every reason and step id is there in whole words`, async () => {
      const lines = await onTerminal(columns, ['--db', box.db, 'plan', '--now', NOW]);
      for (const line of lines) assert.ok([...line].length <= columns, `${[...line].length}: ${line}`);
      const shown = words(lines.join(' '));
      for (const step of steps) {
        assert.ok(
          shown.some((w) => w.includes(step.id)),
          `${step.id} shown whole`,
        );
        // A word cut across two lines would be missing here.
        assert.ok(
          words(step.reason).every((w) => shown.includes(w)),
          `every word of "${step.reason}" shown whole`,
        );
      }
    });
  }

  it('today in 80 columns fits and wraps under its entry', async () => {
    const lines = await onTerminal(80, ['--db', box.db, 'today', '--now', NOW]);
    for (const line of lines) assert.ok([...line].length <= 80, line);
    assert.ok(
      lines.some((l) => /^ {4}\S/.test(l) && !/^ {4}(Each|Thanked|They|10|31|After)/.test(l)),
      lines.join('\n'),
    );
  });

  it('list in 50 columns fits too, and --wide gives its rows whole', async () => {
    const lines = await onTerminal(50, ['--db', box.db, 'list', '--now', NOW]);
    for (const line of lines) assert.ok([...line].length <= 50, line);
    assert.ok(lines.some((l) => l.startsWith('acme ')) && lines.some((l) => l.startsWith('globex ')));
    const wide = await onTerminal(50, ['--db', box.db, 'list', '--now', NOW, '--wide']);
    assert.ok(wide.some((l) => [...l].length > 50 && l.startsWith('acme ')));
  });

  it('--wide on a terminal keeps one line per step, as a pipe does', async () => {
    const wide = await onTerminal(80, ['--db', box.db, 'plan', '--now', NOW, '--wide']);
    const piped = box.run(['plan', '--now', NOW]).stdout.trimEnd().split('\n');
    assert.equal(wide.length, steps.length + 1);
    assert.deepEqual(wide, piped);
    assert.ok(
      piped.some((l) => l.length > 200),
      'a pipe gets the whole rows',
    );
  });
});
