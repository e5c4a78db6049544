// Drafts matrix (issue 9): every kind × channel × interview format × timing × with or without replies,
// offers and debriefs, drafted and reviewed with its own context (test/helpers/draft-matrix.ts).
// Target: 0 warnings and 0 errors.
import { performance } from 'node:perf_hooks';
import { runMatrix } from '../test/helpers/draft-matrix.js';

export async function benchDrafts(): Promise<string[]> {
  const started = performance.now();
  const results = runMatrix();
  const elapsed = performance.now() - started;
  const count = (severity: string) =>
    results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const warnings = count('warning');
  const errors = count('error');
  const byRule = new Map<string, number>();
  for (const r of results) for (const f of r.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const lines = [
    `drafts matrix: ${results.length} drafts in ${elapsed.toFixed(0)} ms`,
    `drafts matrix warnings: ${warnings} (target 0)`,
    `drafts matrix errors: ${errors} (target 0)`,
  ];
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) lines.push(`  ${rule}: ${n}`);
  return lines;
}
