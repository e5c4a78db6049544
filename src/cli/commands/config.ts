// `followthrough config`: where the config file is, and what it says (passwords masked).
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('config')
    .description('show where the config file is and check it (sections: policy, smtp, imap, llm)')
    .option('--path', 'print only the path of the config file')
    .option('--show', 'print the validated config as JSON, passwords and keys masked')
    .addHelpText(
      'after',
      `
The file is $FOLLOWTHROUGH_CONFIG, else $XDG_CONFIG_HOME/followthrough/config.json
(~/.config/followthrough/config.json). Example:
  { "policy": { "noTimelineDays": 10, "thankYouChannel": "email" },
    "smtp": { "host": "smtp.example.com", "port": 587, "user": "dana", "password": "…" } }`,
    )
    .action(async (opts: { path?: boolean; show?: boolean }) => {
      const { configPath, loadConfig, maskSecrets } = await import('../../config/index.js');
      const { existsSync } = await import('node:fs');
      const { out, printJson } = await import('../context.js');
      const path = configPath(process.env);
      if (opts.path) {
        out(path);
        return;
      }
      const config = loadConfig(process.env);
      if (opts.show) {
        printJson(maskSecrets(config));
        return;
      }
      if (!existsSync(path)) {
        out(`No config file at ${path}: the defaults apply.`);
        return;
      }
      const sections = Object.keys(config);
      out(`${path}: valid${sections.length ? ` (${sections.join(', ')})` : ' (empty)'}.`);
    });
}
