// import, export and undo: moving whole documents in and out of the store.

import { importDocument, readDocumentText, undo } from '../../app/transfer.js';
import { describeOutput, writeOutput } from '../../channels/files/output.js';
import { machineZone, noProfile, note, out, readInputFile, type StoreOptions, withApp, withStore } from '../context.js';

export async function runImport(file: string, opts: { replace?: boolean }, globals: StoreOptions): Promise<void> {
  // Validate the whole file before the store is even opened: a bad file changes nothing.
  const { doc, generated } = readDocumentText(readInputFile(file, 'import'), machineZone());
  const mode = opts.replace ? 'replace' : 'merge';
  await withApp(globals, async (deps) => {
    const r = await importDocument(deps, { doc, generated, mode, source: file === '-' ? 'stdin' : file });
    const n = doc.applications.length;
    const parts = [`${r.added} new`, `${r.replaced} replaced`];
    if (mode === 'replace') parts.push(`${r.removed} removed`);
    out(`Imported ${n} application${n === 1 ? '' : 's'} (${mode}): ${parts.join(', ')}.`);
    for (const x of r.renamed)
      out(`${x.company} had no id in the file and "${x.wanted}" is taken by another application, so it is ${x.id}.`);
    out('`followthrough undo` restores the previous state.');
  });
}

export async function runExport(opts: { output?: string }, globals: StoreOptions): Promise<void> {
  await withStore(globals, async (store) => {
    const doc = await store.getDocument();
    if (!doc) throw noProfile();
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    // src/channels/files: atomic for a regular file, never replacing a symlink or a special file.
    const written = writeOutput(opts.output ?? '-', text, '--output');
    if (written.how === 'stdout') return;
    note(
      `Exported ${doc.applications.length} application${doc.applications.length === 1 ? '' : 's'} to ${describeOutput(written)}.`,
    );
  });
}

export async function runUndo(globals: StoreOptions & { force?: boolean }): Promise<void> {
  await withApp(globals, async (deps) => {
    const r = await undo(deps, { force: globals.force === true });
    if (r.undone === undefined) {
      out('Nothing to undo.');
      return;
    }
    out(`Undone: ${r.undone}.`);
    if (r.nextUndo) out(`Run undo again to also undo: ${r.nextUndo}.`);
  });
}
