// `followthrough serve`: the web app on this machine, over the same store as the other commands.
import type { Command } from 'commander';
import { FollowthroughError } from '../../core/errors.js';
import { note, openDefaultStore, parseNow, type StoreOptions } from '../context.js';

export interface ServeOptions {
  port: string;
  host: string;
  open: boolean;
  now?: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('open Followthrough in your web browser (it runs on this computer only)')
    .option('--port <n>', 'the port to listen on (0 picks a free one)', '4178')
    .option(
      '--host <address>',
      'the address to listen on; other machines can reach anything but 127.0.0.1',
      '127.0.0.1',
    )
    .option('--no-open', 'print the link instead of opening the browser')
    .option('--now <iso>', 'pretend the server started at this moment, ISO 8601 with offset (for trying things out)')
    .addHelpText(
      'after',
      `
The link carries a secret that signs your browser in; it changes every time serve starts.
Stop the server with Ctrl-C.`,
    )
    .action(async (opts: ServeOptions, cmd: Command) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535)
        throw new FollowthroughError('INVALID_ARGUMENT', `--port: a whole number from 0 to 65535, got "${opts.port}"`);
      const clock = startingAt(opts.now);
      const store = await openDefaultStore(cmd.optsWithGlobals<StoreOptions>());
      const { startServer } = await import('../../server/start.js');
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({
          store,
          port,
          host: opts.host,
          open: opts.open,
          env: process.env,
          log: note,
          clock,
        });
      } catch (err) {
        await store.close();
        throw err;
      }
      note(`Followthrough is running at ${server.url}`);
      note(
        opts.open
          ? 'Your browser should open it now. Ctrl-C stops the server.'
          : 'Open that link in your browser. Ctrl-C stops the server.',
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await store.close();
      note('serve: stopped');
    });
}

/** The clock: the real one, or one that starts at `--now` and runs on from there. */
function startingAt(now: string | undefined): () => Date {
  if (now === undefined) return () => new Date();
  const offset = Date.parse(parseNow(now)) - Date.now();
  return () => new Date(Date.now() + offset);
}
