// What `-o PATH` does to what is already at PATH, through the CLI (`export -o`, `calendar -o`): a regular
// file is replaced whole, keeping its permissions; a symlink is followed and the note says so; a FIFO and a
// device are written in place and stay what they are; a folder, a socket and a dangling link are refused.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { runCli } from '../helpers/servers.js';

describe('safe output files', () => {
  let box: CliStore;
  const cli = (args: string[]) => runCli(args, box.env);
  const exported = () => JSON.parse(readFileSync(join(box.dir, 'doc.json'), 'utf8')) as { candidate: { name: string } };

  before(async () => {
    box = await cliStore({});
  });
  after(() => box?.cleanup());

  test('a regular file is replaced whole, keeping its mode, and no temp file is left', async () => {
    const target = join(box.dir, 'out.json');
    writeFileSync(target, 'old contents', { mode: 0o640 });
    const r = await cli(['export', '-o', target]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(target, 'utf8')).candidate.name, exported().candidate.name);
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(
      readdirSync(box.dir).filter((f) => f.includes('.tmp')),
      [],
    );
  });

  test('a symlink is followed, stays a symlink, and the note names both', async () => {
    const real = join(box.dir, 'real.ics');
    const link = join(box.dir, 'link.ics');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    const r = await cli(['calendar', '-o', link, '--now', '2026-01-05T16:00:00-06:00']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(readlinkSync(link), real);
    assert.match(readFileSync(real, 'utf8'), /^BEGIN:VCALENDAR/);
    assert.match(r.stderr, /real\.ics \(followed the symlink .*link\.ics\)/);

    const dangling = join(box.dir, 'dangling.json');
    symlinkSync(join(box.dir, 'nowhere', 'x.json'), dangling);
    const refused = await cli(['export', '-o', dangling]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--output: cannot write .*dangling\.json: it is a symlink to a missing file/);
    assert.ok(!existsSync(join(box.dir, 'nowhere')));
  });

  test('a FIFO is written in place and stays a FIFO', {
    skip: spawnSync('mkfifo', ['--version']).error !== undefined,
  }, async () => {
    const fifo = join(box.dir, 'pipe');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (c: Buffer) => (read += c.toString()));
    const closed = new Promise((resolve) => reader.once('close', resolve));
    const r = await cli(['export', '-o', fifo]);
    await closed;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /pipe, a special file, written in place/);
    assert.ok(lstatSync(fifo).isFIFO(), 'still a FIFO');
    assert.deepEqual(JSON.parse(read).candidate.name, exported().candidate.name);
  });

  test('a device is written in place, never replaced; a full one is an error', async () => {
    const ok = await cli(['export', '-o', '/dev/null']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(statSync('/dev/null').isCharacterDevice());
    if (existsSync('/dev/full')) {
      const full = await cli(['export', '-o', '/dev/full']);
      assert.equal(full.code, 2);
      assert.match(full.stderr, /^--output: cannot write \/dev\/full: ENOSPC\n$/);
      assert.ok(statSync('/dev/full').isCharacterDevice(), '/dev/full is still a device');
    }
  });

  test('a folder and a socket are refused with one line, and left alone', async () => {
    const folder = await cli(['export', '-o', box.dir]);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /: it is a folder\n$/);

    const socketPath = join(box.dir, 'sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      const r = await cli(['export', '-o', socketPath]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /it is a socket; special files are never replaced/);
      assert.ok(lstatSync(socketPath).isSocket());
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('-o - writes to stdout', async () => {
    const r = await cli(['export', '-o', '-']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).candidate.name, exported().candidate.name);
  });
});
