// Typed errors with stable codes. The CLI maps `exitCode` to the process status and prints `message`
// as one line (or `problems`, one line each) with no stack trace.
export type ErrorCode =
  | 'INVALID_DOCUMENT' // the JSON document failed validation
  | 'INVALID_ARGUMENT' // a flag or argument is malformed
  | 'NOT_FOUND' // an application, interview, person or step that does not exist
  | 'CONFLICT' // e.g. an id that already exists
  | 'STORE' // the database could not be opened or written
  | 'BUSY' // another writer held the store too long: nothing changed, safe to retry
  | 'CHANNEL' // SMTP, IMAP, PDF or calendar output failed
  | 'CONFIG'; // the config file is unreadable or invalid

export const EXIT = { ok: 0, findings: 1, usage: 2, failure: 3 } as const;

export class FollowthroughError extends Error {
  readonly code: ErrorCode;
  readonly problems: string[];
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, options: { problems?: string[]; exitCode?: number } = {}) {
    super(message);
    this.name = 'FollowthroughError';
    this.code = code;
    this.problems = options.problems ?? [message];
    this.exitCode =
      options.exitCode ??
      (code === 'INVALID_DOCUMENT' || code === 'INVALID_ARGUMENT' || code === 'NOT_FOUND' || code === 'CONFIG'
        ? EXIT.usage
        : EXIT.failure);
  }
}
