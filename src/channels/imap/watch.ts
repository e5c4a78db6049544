// `watch`: one sync, then IMAP IDLE on the reply mailbox; every new message triggers another pass. Passes never
// overlap (a message arriving mid-pass queues one more). Stops cleanly when `signal` aborts (SIGINT).
import { FollowthroughError } from '../../core/errors.js';
import { connectImap, explainImap, ReplySync, type SyncOptions, type SyncReport } from './sync.js';

export interface WatchOptions extends SyncOptions {
  signal: AbortSignal;
  /** Called after every pass (the first one included). */
  onReport(report: SyncReport): void;
  /** Called once the first pass is done and the mailbox is being watched. */
  onReady?(): void;
  /** A safety pass even without notifications, in ms (default 5 minutes). */
  interval?: number;
}

export async function watchReplies(options: WatchOptions): Promise<void> {
  const what = options.what ?? 'watch';
  const client = await connectImap(options.settings, what, { idleAfterMs: 500 });
  // Not spread: `now` may be a getter that reads the clock on every pass.
  const sync = new ReplySync(client, options);
  let failure: unknown;
  let queued = false;
  let running: Promise<void> | undefined;
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });

  const run = (checkSent: boolean): Promise<void> => {
    if (running) {
      queued = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          queued = false;
          options.onReport(await sync.pass({ checkSent }));
        } while (queued && !options.signal.aborted);
      } catch (err) {
        failure = err;
        stop();
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  client.on('exists', () => {
    if (!options.signal.aborted) void run(false);
  });
  client.on('close', () => {
    if (!options.signal.aborted) {
      failure ??= new FollowthroughError(
        'CHANNEL',
        `${what}: the IMAP server at ${options.settings.host}:${options.settings.port} closed the connection`,
      );
      stop();
    }
  });
  options.signal.addEventListener('abort', () => stop(), { once: true });
  const timer = setInterval(() => void run(true), options.interval ?? 5 * 60_000);

  try {
    await run(true);
    if (!failure) {
      options.onReady?.();
      await stopped;
    }
    await running;
  } finally {
    clearInterval(timer);
    await client.logout().catch(() => client.close());
  }
  if (failure) {
    if (failure instanceof FollowthroughError) throw failure;
    throw new FollowthroughError('CHANNEL', `${what}: ${explainImap(failure, options.settings)}`);
  }
}
