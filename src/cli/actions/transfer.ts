// import, export and undo: moving whole documents in and out of the store.
import { describeOutput, writeOutput } from '../../channels/files/output.js';
import { noProfile, note, out, parseDocumentFile, type StoreOptions, withStore } from '../context.js';

export async function runImport(file: string, opts: { replace?: boolean }, globals: StoreOptions): Promise<void> {
  // Validate the whole file before the store is even opened: a bad file changes nothing.
  const doc = await parseDocumentFile(file, 'import');
  const mode = opts.replace ? 'replace' : 'merge';
  await withStore(globals, async (store) => {
    const before = new Set((await store.listApplications()).map((a) => a.id));
    await store.importDocument(doc, { mode, label: `import of ${file === '-' ? 'stdin' : file} (${mode})` });
    const replaced = doc.applications.filter((a) => before.has(a.id)).length;
    const added = doc.applications.length - replaced;
    const parts = [`${added} new`, `${replaced} replaced`];
    if (mode === 'replace') {
      const kept = new Set(doc.applications.map((a) => a.id));
      parts.push(`${[...before].filter((id) => !kept.has(id)).length} removed`);
    }
    out(
      `Imported ${doc.applications.length} application${doc.applications.length === 1 ? '' : 's'} (${mode}): ${parts.join(', ')}.`,
    );
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
  await withStore(globals, async (store) => {
    const label = await store.undo({ force: globals.force === true });
    if (label === undefined) {
      out('Nothing to undo.');
      return;
    }
    out(`Undone: ${label}.`);
    const left = await store.listSnapshots();
    if (left[0]) out(`Run undo again to also undo: ${left[0].label}.`);
  });
}
