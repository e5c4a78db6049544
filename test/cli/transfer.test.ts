// import, export and undo through the real CLI: lossless round trip, all-or-nothing imports (even when the
// process is killed mid-import), and undo of destructive writes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { withLocalIds } from '../../src/core/document/ids.js';
import { parseDocument } from '../../src/core/document/parse.js';
import { EXAMPLE, readJson, type Sandbox, sandbox } from './helpers.js';

type Doc = { candidate: { name: string }; applications: Array<{ id: string; company: string }> };

// What the store keeps of a file: the parsed document, with the interview and person ids it assigns.
const normalized = (input: unknown) => {
  const doc = parseDocument(input, { defaultZone: 'America/Chicago' });
  return JSON.parse(JSON.stringify({ ...doc, applications: doc.applications.map(withLocalIds) }));
};

describe('import and export', () => {
  let box: Sandbox;
  before(() => (box = sandbox()));
  after(() => box.cleanup());

  it('round-trips a document without loss', () => {
    const r = box.run(['import', EXAMPLE]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Imported 2 applications \(merge\): 2 new, 0 replaced/);
    assert.deepEqual(box.exportDoc(), normalized(readJson(EXAMPLE)));
  });

  it('fills what the input left out (ids, defaults) and exports it stably', () => {
    const input = {
      version: 1,
      candidate: { name: 'Sam Ortiz' },
      applications: [
        {
          company: 'Initech',
          role: 'Analyst',
          interviews: [{ at: '2026-05-04T10:00:00-04:00', interviewers: [{ name: 'Bill L' }] }],
        },
      ],
    };
    const other = sandbox();
    try {
      assert.equal(other.run(['import', other.write('min.json', input)]).status, 0);
      const exported = other.exportDoc() as Doc & { candidate: { timezone: string; country: string } };
      assert.deepEqual(exported, normalized(input));
      assert.equal(exported.applications[0]?.id, 'initech');
      assert.equal(exported.candidate.country, 'US');
      // Exporting, importing the export and exporting again changes nothing.
      const path = other.write('again.json', exported);
      assert.equal(other.run(['import', path, '--replace']).status, 0);
      assert.deepEqual(other.exportDoc(), exported);
    } finally {
      other.cleanup();
    }
  });

  it('reads stdin with - and writes a file with -o', () => {
    const other = sandbox();
    try {
      const r = other.run(['import', '-'], { input: readFileSync(EXAMPLE, 'utf8') });
      assert.equal(r.status, 0, r.stderr);
      const out = `${other.dir}/out.json`;
      const e = other.run(['export', '-o', out]);
      assert.equal(e.status, 0, e.stderr);
      assert.equal(e.stdout, '', 'stdout stays clean when writing a file');
      assert.deepEqual(readJson(out), normalized(readJson(EXAMPLE)));
    } finally {
      other.cleanup();
    }
  });

  it('refuses a bad file with one line per problem, naming each field, and changes nothing', () => {
    const before = box.exportDoc();
    const bad = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    bad.applications[0].interviews[0].at = 'next Tuesday';
    bad.applications[1].status = 'ghosted';
    bad.candidate.name = '';
    const r = box.run(['import', box.write('bad.json', bad), '--replace']);
    assert.equal(r.status, 2);
    const lines = r.stderr.trim().split('\n');
    assert.deepEqual(lines.map((l) => l.split(':')[0]).sort(), [
      'applications[0].interviews[0].at',
      'applications[1].status',
      'candidate.name',
    ]);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    const syntax = box.run(['import', box.write('broken.json', '{ "version": 1, ')]);
    assert.equal(syntax.status, 2);
    assert.match(syntax.stderr, /^\(document\): not valid JSON/);
    const missing = box.run(['import', 'no-such-file.json']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^import: cannot read no-such-file.json: no such file/);
    assert.deepEqual(box.exportDoc(), before);
  });

  it('merges by id by default, and --replace makes the store exactly the file', () => {
    const extra = {
      version: 1,
      candidate: { name: 'Dana Reyes', timezone: 'America/Chicago' },
      applications: [{ id: 'initech', company: 'Initech', role: 'Analyst' }],
    };
    const path = box.write('extra.json', extra);
    assert.equal(box.run(['import', path]).status, 0);
    assert.deepEqual(
      (box.exportDoc() as Doc).applications.map((a) => a.id),
      ['acme', 'globex', 'initech'],
    );
    const r = box.run(['import', path, '--replace']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /\(replace\): 0 new, 1 replaced, 2 removed/);
    assert.deepEqual(box.exportDoc(), normalized(extra));
  });

  it('undo steps back through the imports, then says there is nothing left', () => {
    let r = box.run(['undo']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Undone: import of .*extra\.json \(replace\)\./);
    assert.deepEqual(
      (box.exportDoc() as Doc).applications.map((a) => a.id),
      ['acme', 'globex', 'initech'],
    );
    r = box.run(['undo']);
    assert.match(r.stdout, /^Undone: import of .*extra\.json \(merge\)\./);
    assert.deepEqual(box.exportDoc(), normalized(readJson(EXAMPLE)));
    r = box.run(['undo']);
    assert.match(r.stdout, /Undone: import of .*dana-reyes\.json \(merge\)/);
    assert.equal(box.run(['export']).status, 2, 'back to an empty store');
    r = box.run(['undo']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), 'Nothing to undo.');
  });
});

describe('an import killed mid-way', () => {
  it('leaves the store as it was before, or fully imported: never half of it', async () => {
    const box = sandbox();
    try {
      assert.equal(box.run(['import', EXAMPLE]).status, 0);
      const old = box.exportDoc();
      const example = readJson(EXAMPLE) as { applications: Array<Record<string, unknown>> };
      const big = {
        ...example,
        applications: Array.from({ length: 2500 }, (_, i) => ({
          ...example.applications[i % example.applications.length],
          id: `app-${i}`,
          company: `Company ${i}`,
        })),
      };
      const path = box.write('big.json', big);
      const wal = `${box.db}-wal`;
      const walSize = () => (existsSync(wal) ? statSync(wal).size : 0);
      let killedMidWrite = 0;
      for (let attempt = 0; attempt < 3; attempt++) {
        const start = walSize();
        const child = box.start(['import', path, '--replace']);
        const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
          child.on('exit', (code, signal) => resolve({ code, signal })),
        );
        let done = false;
        void exited.then(() => (done = true));
        // Kill as soon as the import starts writing to the database (its write-ahead log grows).
        while (!done && walSize() <= start) await new Promise((r) => setTimeout(r, 2));
        if (!done) child.kill('SIGKILL');
        const { signal } = await exited;
        if (signal === 'SIGKILL') killedMidWrite++;
        const after = box.exportDoc() as Doc;
        if (after.applications.length === 2) assert.deepEqual(after, old);
        else assert.deepEqual(after, normalized(big), 'a finished import is complete');
        if (after.applications.length !== 2) assert.equal(box.run(['undo']).status, 0);
      }
      assert.ok(killedMidWrite > 0, 'at least one import was killed while writing');
      // The store still works after the kills.
      assert.equal(box.run(['import', EXAMPLE]).status, 0);
    } finally {
      box.cleanup();
    }
  });
});
