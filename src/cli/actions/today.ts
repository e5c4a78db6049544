// The work behind `followthrough today`: the plan cut into overdue, due now and the coming days.

import { planWithConfig } from '../../app/planning.js';
import { groupToday } from '../../core/plan/today.js';
import type { Step } from '../../core/plan/types.js';
import { parseCount } from '../args.js';
import type { TodayOptions } from '../commands/today.js';
import { loadDocument, out, parseNow, printJson, type StoreOptions, styler } from '../context.js';
import { fitLines, outputWidth } from '../fit.js';
import { formatStepTime, formatWhen, formatWindow } from '../format.js';
import { cellText } from '../terminal-text.js';

/** Steps listed per group in text output unless --all. */
const LIMIT = 40;

export async function runToday(opts: TodayOptions, globals: StoreOptions): Promise<void> {
  const days = opts.days !== undefined ? parseCount(opts.days, '--days', 1) : 7;
  const { doc, store } = await loadDocument({ from: opts.from, db: globals.db });
  await store?.close();
  const now = parseNow(opts.now, '--now', doc.candidate.timezone);
  const groups = groupToday((await planWithConfig(doc, now, store?.display)).steps, now, days);
  if (opts.json) {
    printJson(groups);
    return;
  }
  const s = styler();
  const zone = doc.candidate.timezone ?? 'UTC';
  const limit = opts.all ? Number.POSITIVE_INFINITY : LIMIT;
  const companies = new Map(doc.applications.map((a) => [a.id, a.company]));
  // One write at the end: thousands of small writes to a pipe cost more than the planning.
  const lines: string[] = [s.bold(`${formatWhen(now, zone)} (${zone})`)];
  const section = (title: string, steps: Step[], paint: (x: string) => string, when: (st: Step) => string) => {
    lines.push('', paint(s.bold(`${title} (${steps.length})`)));
    if (steps.length === 0) lines.push(s.dim('  nothing'));
    for (const step of steps.slice(0, limit)) {
      const to = step.to.length ? ` to ${cellText(step.to.join(', '))}` : '';
      const company = cellText(companies.get(step.application) ?? step.application);
      const by = step.channel === 'none' ? 'no message' : step.channel;
      lines.push(`  ${paint(when(step))}  ${step.kind}${to} — ${company} [${step.id}] by ${by}`);
      lines.push(s.dim(`    ${cellText(step.reason)}`));
    }
    if (steps.length > limit) lines.push(s.dim(`  … and ${steps.length - limit} more (--all shows them)`));
  };
  section('Overdue', groups.overdue, s.red, (st) => `was due ${formatStepTime(st.due, zone)}`);
  section('Due now', groups.dueNow, s.yellow, (st) => `due ${formatStepTime(st.due, zone)}`);
  section(
    `Next ${days} days`,
    groups.upcoming,
    (x) => x,
    (st) => formatWindow(st.earliest, st.due, zone),
  );
  const first = groups.overdue[0] ?? groups.dueNow[0];
  if (first && first.kind !== 'move-on') {
    lines.push('', s.dim(`Draft it: followthrough draft ${first.id}`));
  }
  out(fitLines(lines, outputWidth(opts.wide)).join('\n'));
}
