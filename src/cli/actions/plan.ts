// The work behind `followthrough plan`.

import { planWithConfig } from '../../app/planning.js';
import type { PlanOptions } from '../commands/plan.js';
import {
  findApplication,
  formatTable,
  loadDocument,
  out,
  parseNow,
  printJson,
  type StoreOptions,
  styler,
} from '../context.js';
import { outputWidth } from '../fit.js';
import { STEP_HEADERS, stepRow } from '../format.js';

export async function runPlan(opts: PlanOptions, globals: StoreOptions): Promise<void> {
  const { doc, store } = await loadDocument({ from: opts.from, db: globals.db });
  await store?.close();
  const now = parseNow(opts.now, '--now', doc.candidate.timezone);
  if (opts.application) findApplication(doc, opts.application, '--application');
  let steps = (await planWithConfig(doc, now, store?.display)).steps;
  if (opts.application) steps = steps.filter((s) => s.application === opts.application);
  if (opts.pending) steps = steps.filter((s) => s.state === 'pending' || s.state === 'overdue');
  if (opts.json) {
    printJson({ steps });
    return;
  }
  if (steps.length === 0) {
    out(
      doc.applications.length
        ? 'No steps to show.'
        : 'No applications yet: record an interview with `followthrough add`.',
    );
    return;
  }
  const s = styler();
  const zone = doc.candidate.timezone ?? 'UTC';
  const rows = steps.map((step) => {
    const row = stepRow(step, zone);
    const paint =
      step.state === 'overdue' ? s.red : step.state === 'done' || step.state === 'cancelled' ? s.dim : (x: string) => x;
    return row.map((cell) => paint(cell));
  });
  for (const line of formatTable(rows, STEP_HEADERS, s, outputWidth(opts.wide))) out(line);
}
