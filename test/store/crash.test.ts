// A process killed with SIGKILL while importing a big document must leave the store exactly as it was:
// the import is one transaction, and neither SQLite (WAL) nor PostgreSQL keeps half of one.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, extname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.js';
import { sampleDocument } from './fixtures/documents.js';
import { backends } from './helpers.js';

// Run the fixture the way this file runs: the .ts source under tsx, the compiled .js under plain node.
const here = fileURLToPath(import.meta.url);
const ext = extname(here);
const child = join(dirname(here), 'fixtures', `import-child${ext}`);
const childArgs = ext === '.ts' ? ['--import', 'tsx', child] : [child];

/** Starts the child, waits for its "writing" line, kills it with SIGKILL and waits for it to exit. */
function killWhileWriting(target: object, count: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...childArgs, JSON.stringify(target), String(count)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    proc.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    proc.stdout.on('data', (chunk: Buffer) => {
      if (!killed && chunk.toString().includes('writing')) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (!killed) reject(new Error(`the import child exited (${code}) before writing: ${stderr.trim()}`));
      else resolve(signal);
    });
  });
}

for (const backend of backends()) {
  describe(`a killed import on ${backend.name}`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    after(async () => {
      for (const cleanup of cleanups) await cleanup();
    });

    test('leaves the store exactly as before, and usable', async () => {
      const { target, cleanup } = await backend.fresh();
      cleanups.push(cleanup);
      const store = await openStore(target);
      try {
        const doc = sampleDocument();
        await store.importDocument(doc, { mode: 'replace', label: 'the good import' });
        const snapshots = await store.listSnapshots();

        const signal = await killWhileWriting(target, 3000);
        assert.equal(signal, 'SIGKILL');

        // A fresh connection sees the state from before the child started.
        const reopened = await openStore(target);
        try {
          assert.deepEqual(await reopened.getDocument(), doc);
          assert.deepEqual(await reopened.listSnapshots(), snapshots);
          // The killed writer's lock is gone: writing and undo still work.
          await reopened.addEvent(
            'acme',
            { at: '2026-01-20T10:00:00-06:00', type: 'called', to: 'Maria Chen' },
            { label: 'a call logged' },
          );
          assert.equal((await reopened.getApplication('acme'))?.events.length, 3);
          assert.equal(await reopened.undo(), 'a call logged');
          // The killed import left no trace in the revision either: undo goes on without --force.
          assert.equal(await reopened.undo(), 'the good import');
          assert.equal(await reopened.getDocument(), undefined);
        } finally {
          await reopened.close();
        }
      } finally {
        await store.close();
      }
    });
  });
}
