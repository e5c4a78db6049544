// Whole documents in and out of the store, and undo.

import { withLocalIds } from '../core/document/ids.js';
import { assignIds, parseDocument, parseJson } from '../core/document/parse.js';
import type { Document } from '../core/document/schema.js';
import type { ImportMode } from '../store/index.js';
import { type AppDeps, mutate, noProfile, query } from './run.js';

export interface ImportInput {
  doc: Document;
  mode: ImportMode;
  /** Indexes of applications whose id the file did not give (parse assigned one): they never replace. */
  generated: ReadonlySet<number>;
  source: string;
  now?: string;
}

export interface ImportResult {
  added: number;
  replaced: number;
  removed: number;
  /** Applications whose generated id was already taken in the store, and the id they got instead. */
  renamed: Array<{ company: string; wanted: string; id: string }>;
}

/** A document file's text, checked whole, and which of its applications came without an id. */
export function readDocumentText(text: string, defaultZone: string): { doc: Document; generated: Set<number> } {
  const json = parseJson(text);
  const doc = parseDocument(json, { defaultZone });
  // Parse gave these an id from the company's name: a guess, which must never replace a stored application.
  const generated = new Set<number>();
  const apps = (json as { applications?: unknown }).applications;
  if (Array.isArray(apps))
    apps.forEach((a, i) => {
      if ((a as { id?: unknown })?.id === undefined) generated.add(i);
    });
  return { doc, generated };
}

/** Parses a document file's text and imports it; the file is checked whole before the store is touched. */
export async function importText(
  deps: AppDeps,
  input: { text: string; mode: ImportMode; source: string; defaultZone: string; now?: string },
): Promise<ImportResult & { doc: Document }> {
  const { doc, generated } = readDocumentText(input.text, input.defaultZone);
  const result = await importDocument(deps, { doc, mode: input.mode, generated, source: input.source, now: input.now });
  return { ...result, doc };
}

/** merge: applications the file names by id replace the stored ones; the others are added. replace: all of it. */
export function importDocument(deps: AppDeps, input: ImportInput): Promise<ImportResult> {
  return mutate(deps, input.now, async (uc) => {
    const before = new Set((await uc.store.listApplications()).map((a) => a.id));
    const renamed: ImportResult['renamed'] = [];
    let doc = input.doc;
    if (input.mode === 'merge') {
      // A generated id is a guess from the company's name: it must not land on a stored application.
      const given = doc.applications.filter((_, i) => !input.generated.has(i)).map((a) => a.id);
      const taken = new Set([...before, ...given]);
      const applications = doc.applications.map((app, i) => {
        if (!input.generated.has(i) || !taken.has(app.id)) {
          taken.add(app.id);
          return app;
        }
        const { id: _id, ...rest } = app;
        const fresh = assignIds([rest], taken)[0]?.id as string;
        taken.add(fresh);
        renamed.push({ company: app.company, wanted: app.id, id: fresh });
        return { ...app, id: fresh };
      });
      doc = { ...doc, applications };
    }
    doc = { ...doc, applications: doc.applications.map(withLocalIds) };
    await uc.store.importDocument(doc, { mode: input.mode, label: `import of ${input.source} (${input.mode})` });
    const replaced = doc.applications.filter((a) => before.has(a.id)).length;
    const kept = new Set(doc.applications.map((a) => a.id));
    return {
      added: doc.applications.length - replaced,
      replaced,
      removed: input.mode === 'replace' ? [...before].filter((id) => !kept.has(id)).length : 0,
      renamed,
    };
  });
}

export function exportDocument(deps: AppDeps): Promise<Document> {
  return query(deps, undefined, async (uc) => {
    const doc = await uc.store.getDocument();
    if (!doc) throw noProfile();
    return doc;
  });
}

export function undo(deps: AppDeps, input: { force?: boolean } = {}): Promise<{ undone?: string; nextUndo?: string }> {
  return mutate(deps, undefined, async (uc) => {
    const label = await uc.store.undo({ force: input.force === true });
    if (label === undefined) return {};
    const left = await uc.store.listSnapshots();
    return { undone: label, ...(left[0] && { nextUndo: left[0].label }) };
  });
}
