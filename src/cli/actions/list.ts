// `list` and `show`: what the store holds, as a person reads it.
import { type ApplicationOverview, listApplications, showApplication } from '../../app/steps.js';
import type { ListOptions } from '../commands/list.js';
import { formatTable, out, parseNow, printJson, type StoreOptions, styler, withApp } from '../context.js';
import { outputWidth } from '../fit.js';
import { formatWhen, STEP_HEADERS, stepRow } from '../format.js';

function nextText(o: ApplicationOverview, zone: string): string {
  if (o.next)
    return `${o.next.id} (${o.next.state === 'overdue' ? 'overdue since' : 'from'} ${formatWhen(o.next.state === 'overdue' ? o.next.due : o.next.earliest, zone)})`;
  if (o.nextInterview) return `interview ${formatWhen(o.nextInterview, zone)}`;
  return o.status === 'active' ? 'nothing planned' : '-';
}

export async function runList(opts: ListOptions, globals: StoreOptions): Promise<void> {
  const now = parseNow(opts.now);
  await withApp(globals, async (deps) => {
    const { doc, applications } = await listApplications(deps, { now });
    const shown = opts.all ? applications : applications.filter((o) => o.status === 'active');
    if (opts.json) {
      printJson({
        applications: shown.map((o) => ({
          id: o.application.id,
          company: o.application.company,
          role: o.application.role,
          status: o.status,
          ...(o.nextInterview && { nextInterview: o.nextInterview }),
          ...(o.next && { next: o.next }),
          open: o.open,
        })),
      });
      return;
    }
    if (shown.length === 0) {
      out(
        applications.length
          ? 'No active applications (`--all` shows the closed ones).'
          : 'No applications yet: record an interview with `followthrough add`.',
      );
      return;
    }
    const zone = doc.candidate.timezone ?? 'UTC';
    const rows = shown.map((o) => [
      o.application.id,
      `${o.application.company}, ${o.application.role}`,
      o.status,
      nextText(o, zone),
    ]);
    for (const line of formatTable(rows, ['ID', 'APPLICATION', 'STATUS', 'NEXT'], styler(), outputWidth(opts.wide)))
      out(line);
    const hidden = applications.length - shown.length;
    if (hidden > 0) out(styler().dim(`${hidden} closed application${hidden === 1 ? '' : 's'} not shown (--all).`));
  });
}

export async function runShow(id: string, opts: ListOptions, globals: StoreOptions): Promise<void> {
  const now = parseNow(opts.now);
  await withApp(globals, async (deps) => {
    const { doc, overview, steps } = await showApplication(deps, { id, now });
    const app = overview.application;
    if (opts.json) {
      printJson({ application: app, status: overview.status, steps });
      return;
    }
    const zone = doc.candidate.timezone ?? 'UTC';
    const s = styler();
    out(`${s.bold(`${app.company}, ${app.role}`)} (${app.id}, ${overview.status})`);
    app.interviews.forEach((iv, k) => {
      out('');
      out(`Interview ${k + 1}${iv.format ? ` (${iv.format})` : ''}: ${formatWhen(iv.at, zone)}`);
      for (const p of iv.interviewers) {
        out(`  ${p.name}${p.title ? `, ${p.title}` : ''}${p.email ? ` <${p.email}>` : ''}`);
        for (const t of p.topics) out(`    - ${t}`);
      }
      if (iv.contact) out(`  Contact: ${iv.contact.name}${iv.contact.email ? ` <${iv.contact.email}>` : ''}`);
      if (iv.nextSteps.expected) out(`  They said: “${iv.nextSteps.expected}”`);
      if (iv.nextSteps.channel !== 'email') out(`  They prefer: ${iv.nextSteps.channel}`);
      const d = iv.debrief;
      for (const [label, list] of [
        ['Went well', d.wentWell],
        ['Went less well', d.wentPoorly],
        ['Stood out', d.stoodOut],
        ['Forgot to mention', d.forgotToMention],
      ] as const)
        for (const item of list) out(`  ${label}: ${item}`);
    });
    if (app.events.length) {
      out('');
      out('Events:');
      for (const e of app.events)
        out(
          `  ${formatWhen(e.at, zone)}  ${e.type}${e.kind ? ` (${e.kind})` : ''}${e.to ? ` to ${e.to}` : ''}${e.from ? ` from ${e.from}` : ''}${e.note ? `: ${e.note.replace(/\s+/g, ' ').slice(0, 100)}` : ''}`,
        );
    }
    if (steps.length) {
      out('');
      for (const line of formatTable(
        steps.map((st) => stepRow(st, zone)),
        STEP_HEADERS,
        s,
        outputWidth(opts.wide),
      ))
        out(line);
    }
  });
}
