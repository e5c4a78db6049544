// `followthrough send STEP`: emails one plan step through SMTP, at most once (see src/channels/email/send.ts).
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('send')
    .description('email one step of the plan (shows the message and asks first; see `plan` for step ids)')
    .argument('<step>', 'the step id from `followthrough plan`, e.g. acme/thank-you/0/maria-chen')
    .option('-y, --yes', 'send without asking (needed when not on a terminal)')
    .option('--dry-run', 'print the message, headers and body, and send nothing')
    .option('--early', 'send a step that is not due yet (its interview or its time is still ahead)')
    .option('--force-resend', 'send again a step whose earlier send was interrupted (same Message-ID)')
    .option(
      '--now <when>',
      'the moment of sending: 2026-12-01 (09:00), "2026-12-01 14:30" in your zone, or ISO 8601 (default: now)',
    )
    .addHelpText(
      'after',
      `
SMTP comes from the config file's "smtp" section ({ host, port, secure, user, password, from }) or
FOLLOWTHROUGH_SMTP_URL=smtp://user:password@host:port (smtps:// for TLS from the start).

A step is sent no earlier than the plan says: a thank-you waits for its interview, a check-in for its
day. The preview says when the step is due; --early sends it anyway.

A step is never sent twice. If a send is cut off after the message may have reached the server, the step
is reported as interrupted: \`followthrough sync\` looks for its Message-ID in your Sent folder and records
it when found; otherwise check the folder yourself and use --force-resend only if it is not there.

Examples:
  followthrough send acme/thank-you/0/maria-chen --dry-run
  followthrough send acme/thank-you/0/maria-chen
  followthrough send acme/check-in/1 --yes`,
    )
    .action(async (step: string, opts, cmd: Command) => {
      const { runSend } = await import('../actions/send.js');
      await runSend(step, opts, cmd.optsWithGlobals());
    });
}
