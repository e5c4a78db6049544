// `followthrough sync`: reads replies once over IMAP and records them on their applications.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('sync')
    .description('read replies from your mailbox once and record them (see also `watch`)')
    .option('--confirm', 'also record a rejection or offer read in a reply (otherwise it is only shown)')
    .option(
      '--now <when>',
      'the current moment: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .option('--json', 'print what was found as JSON')
    .addHelpText(
      'after',
      `
IMAP comes from the config file's "imap" section ({ host, port, secure, user, password, mailbox }) or
FOLLOWTHROUGH_IMAP_URL=imap://user:password@host:port/INBOX (imaps:// for TLS from the start).

A message counts when it answers one you sent (its In-Reply-To/References), comes from an interviewer or
contact, or from the company's domain. An automatic reply (out of office) pauses the follow-ups until the
return date it gives; it is not an answer. Syncing again records nothing twice.

Examples:
  followthrough sync
  followthrough sync --confirm`,
    )
    .action(async (opts, cmd: Command) => {
      const { runSync } = await import('../actions/sync.js');
      await runSync(opts, cmd.optsWithGlobals());
    });
}
