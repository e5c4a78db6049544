// Shared by the composer tests: the realistic document and a text-similarity measure.
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/core/document/parse.js';
import type { Document } from '../../src/core/document/schema.js';

export function realistic(): Document {
  return parseDocument(JSON.parse(readFileSync('test/fixtures/documents/realistic.json', 'utf8')), {
    defaultZone: 'America/Chicago',
  });
}

/** Three days after the Northwind interview: every thank-you is still fresh, Globex's deadline is ahead. */
export const NOW = '2026-01-09T09:00:00-06:00';

function fourGrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  return out;
}

/** Share of word 4-grams two texts have in common (Jaccard): 1 for copies, near 0 for unrelated texts. */
export function similarity(a: string, b: string): number {
  const x = fourGrams(a);
  const y = fourGrams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared || 1);
}

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The message without the signature block (what the reader actually reads). */
export function withoutSignature(body: string, doc: Document): string {
  const i = body.lastIndexOf(`\n${doc.candidate.name}`);
  return i > 0 ? body.slice(0, i) : body;
}
