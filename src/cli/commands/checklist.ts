// `followthrough checklist`: what to ask before the interview ends, so the follow-up can be planned.
import type { Command } from 'commander';
import { CHECKLIST } from '../checklist.js';
import { out, printJson, styler } from '../context.js';

export function register(program: Command): void {
  program
    .command('checklist')
    .description('the questions to ask before an interview ends')
    .option('--json', 'print the checklist as JSON: { "checklist": [{ "id", "ask", "why", "records" }] }')
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        printJson({ checklist: CHECKLIST });
        return;
      }
      const s = styler();
      out(s.bold('Before the interview ends, ask:'));
      CHECKLIST.forEach((item, i) => {
        out(`${String(i + 1).padStart(2)}. ${item.ask}`);
        out(s.dim(`    ${item.why}${item.records ? ` (record it with add ${item.records})` : ''}`));
      });
      out();
      out('Write the answers down in their words; `followthrough add --help` shows where each one goes.');
    });
}
