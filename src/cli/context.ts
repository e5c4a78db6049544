// What every command needs: the document (from a file or the store), the clock, and output helpers.
// Kept light on purpose: heavy modules (the store, zod, luxon) are imported inside the functions that use
// them, so that importing this file costs nothing at start-up.
import { readFileSync } from 'node:fs';
import { type AppDeps, findApplication, noProfile } from '../app/run.js';
import type { readWhen } from '../core/calendar/read-when.js';
import type { Document } from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import type { Store } from '../store/index.js';
import { visibleLength, wrapWords } from './fit.js';
import { terminalText } from './terminal-text.js';

export type { Store };
// Shared with the application layer, which raises them too.
export { findApplication, noProfile };

/** Options every command may receive from the global flags (`--db`). */
export interface StoreOptions {
  /** `--db PATH` or a postgres:// URL; else FOLLOWTHROUGH_DB, DATABASE_URL, or the default data folder. */
  db?: string;
}

export interface DocumentSource extends StoreOptions {
  /** `--from FILE`: plan/draft a document file without touching the store; `-` reads stdin. */
  from?: string;
}

/** The machine's IANA zone: the default for a candidate who gives none. */
export function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Opens the store the user chose (`--db`, env, or the default location). The caller closes it. */
export async function openDefaultStore(opts: StoreOptions = {}): Promise<Store> {
  const { openStore, resolveStoreLocation } = await import('../store/index.js');
  const location = resolveStoreLocation({ db: opts.db, env: process.env });
  return location.kind === 'postgres' ? openStore({ url: location.url }) : openStore({ path: location.path });
}

/** Reads a file, or stdin for `-`; a missing file is a one-line usage error naming the flag. */
export function readInputFile(path: string, flag = '--from'): string {
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (code ?? String(err));
    throw new FollowthroughError('INVALID_ARGUMENT', `${flag}: cannot read ${path}: ${why}`);
  }
}

/** Parses a document file's text (validated; problems name each field). */
export async function parseDocumentFile(path: string, flag = '--from'): Promise<Document> {
  const text = readInputFile(path, flag);
  const { parseDocumentText } = await import('../core/document/parse.js');
  return parseDocumentText(text, { defaultZone: machineZone() });
}

/**
 * The document to work on: the `--from` file (the store is not opened), or the store's document.
 * When a store is returned the caller must `close()` it. A store without a profile is a usage error.
 */
export async function loadDocument(opts: DocumentSource = {}): Promise<{ doc: Document; store?: Store }> {
  if (opts.from !== undefined) return { doc: await parseDocumentFile(opts.from) };
  const store = await openDefaultStore(opts);
  try {
    const doc = await store.getDocument();
    if (!doc) throw noProfile();
    return { doc, store };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** Runs `fn` with the application layer's dependencies (the store open, the environment), then closes the store. */
export async function withApp<T>(opts: StoreOptions, fn: (deps: AppDeps) => Promise<T>): Promise<T> {
  return withStore(opts, (store) => fn({ store, env: process.env }));
}

/** Runs `fn` with the store open, closing it afterwards whatever happens. */
export async function withStore<T>(opts: StoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDefaultStore(opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * `--now`: the current time, or the moment given: ISO 8601 with an offset (kept as typed), a local date-time
 * in `zone` ("2026-12-01 9:30", "tomorrow 9am"), or a day alone ("2026-12-01"), which is 09:00 there, the
 * start of the working day. `zone` is the candidate's when known, else the machine's.
 * This is the one place the CLI reads the clock; the core receives `now` as a value.
 */
export function parseNow(value?: string, flag = '--now', zone = machineZone()): string {
  const clock = new Date().toISOString();
  if (value === undefined) return clock;
  const trimmed = value.trim();
  if (!needsWhenReader(trimmed)) return trimmed;
  if (!whenReader) throw new Error('parseNow: loadWhenReader() was not awaited before the action');
  return whenReader(trimmed, { zone, now: clock, field: flag, dateOnlyAt: WORKDAY_START }).iso;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
/** A day given without a time starts where the planner's morning send window opens by default. */
const WORKDAY_START = '09:00';

let whenReader: typeof readWhen | undefined;

/** Whether `--now VALUE` needs the date reader: anything but ISO 8601 with an offset does. */
export function needsWhenReader(value: string): boolean {
  return !(ISO_WITH_OFFSET.test(value.trim()) && !Number.isNaN(Date.parse(value.trim())));
}

/**
 * Loads the date reader (luxon and chrono-node) for `parseNow`, which stays synchronous for its many callers.
 * main.ts awaits it before an action only when `--now` is given in words, so `today` starts fast.
 */
export async function loadWhenReader(): Promise<void> {
  whenReader ??= (await import('../core/calendar/read-when.js')).readWhen;
}

// ---- Output ---------------------------------------------------------------------------------------------

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

export interface Styler {
  readonly enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

export function styler(stream: NodeJS.WriteStream = process.stdout): Styler {
  const on = useColor(stream);
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    enabled: on,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
  };
}

/** Writes a line to stdout; controls from document text are dropped (src/cli/terminal-text.ts). */
export function out(line = ''): void {
  process.stdout.write(`${terminalText(line)}\n`);
}

/** Writes a line to stderr (notes and warnings; stdout stays clean for pipes). */
export function note(line: string): void {
  process.stderr.write(`${terminalText(line)}\n`);
}

const afterSuccess: string[] = [];

/**
 * A note for stderr printed only once the command has succeeded (main.ts flushes them), so that a command
 * refused for bad input prints its one-line error and nothing else. Used for "--at read as ...".
 */
export function noteOnSuccess(line: string): void {
  afterSuccess.push(line);
}

/** Prints the notes kept by noteOnSuccess. */
export function flushSuccessNotes(): void {
  for (const line of afterSuccess.splice(0)) note(line);
}

/** Pretty JSON on stdout, ending with a newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The narrowest the last column is wrapped in place; narrower than this, each row is stacked instead. */
const MIN_LAST_COLUMN = 30;

/**
 * A plain-text table: columns padded to the widest cell; the last column is never padded (it may be long).
 * `headers` are printed first when given. With a `width` (see outputWidth) a table too wide for it wraps its
 * last column at words, under itself; when even the other columns leave too little room for that, each row
 * becomes a short block: its first cells on one line, the rest labelled and indented below, never cut.
 */
export function formatTable(rows: string[][], headers?: string[], style: Styler = styler(), width?: number): string[] {
  const all = headers ? [headers, ...rows] : rows;
  const widths: number[] = [];
  for (const row of all) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell));
    });
  }
  const pad = (cell: string, i: number) => cell + ' '.repeat((widths[i] ?? 0) - visibleLength(cell));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, i)))
      .join('  ')
      .trimEnd();
  const last = widths.length - 1;
  // The column the last cell starts at.
  const start = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  if (width === undefined || last < 1 || start + (widths[last] ?? 0) <= width) {
    const lines = rows.map(line);
    return headers ? [style.bold(line(headers)), ...lines] : lines;
  }
  if (width - start >= MIN_LAST_COLUMN) {
    const lines = rows.flatMap((row) => {
      const head = row.slice(0, last).map(pad).join('  ');
      const [first = '', ...more] = wrapWords(row[last] ?? '', width - start);
      return [`${head}  ${first}`.trimEnd(), ...more.map((l) => `${' '.repeat(start)}${l}`)];
    });
    return headers ? [style.bold(line(headers)), ...lines] : lines;
  }
  // Each row becomes a short block: as many leading cells as fit on its first line.
  let k = 1;
  let used = widths[0] ?? 0;
  while (k < last && used + 2 + (widths[k] ?? 0) <= width) used += 2 + (widths[k++] ?? 0);
  const blocks = rows.flatMap((row) => {
    const labelled = row
      .slice(k, last)
      .map((cell, i) => (headers?.[k + i] ? `${headers[k + i]?.toLowerCase()}: ${cell}` : cell))
      // The no-break space keeps each dot at the end of a line, never at the start of the next.
      .join('\u00a0· ');
    return [
      row.slice(0, k).map(pad).join('  ').trimEnd(),
      ...(labelled ? wrapWords(`    ${labelled}`, width, 4) : []),
      ...wrapWords(`    ${row[last] ?? ''}`, width, 4),
    ];
  });
  // The headers still name the columns when all but the last fit on the first line.
  return headers && k === last ? [style.bold(line(headers.slice(0, last))), ...blocks] : blocks;
}

// ---- Prompts --------------------------------------------------------------------------------------------

/** Prompts are offered only when both ends are a terminal; scripts get usage errors instead. */
export function isInteractive(): boolean {
  return process.stdin.isTTY === true && process.stdout.isTTY === true;
}

/** A prompt session on the terminal. Close it when done. */
export async function openPrompter(): Promise<Prompter> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return {
    async ask(question, options = {}) {
      for (;;) {
        // A question that already shows its choices ("? [y/N]") does not get the default repeated after it.
        const suffix = options.default && !question.endsWith(']') ? ` [${options.default}]` : '';
        const typed = (await rl.question(`${question}${suffix}: `).catch(cancelled(question))).trim();
        const answer = typed || options.default;
        if (answer === undefined && options.required) {
          process.stdout.write('  (required)\n');
          continue;
        }
        // A bad answer is caught now and asked again, so the answers before it are kept.
        const problem = answer !== undefined && options.validate ? options.validate(answer) : undefined;
        if (problem === undefined) return answer ?? '';
        process.stdout.write(`  ${problem}\n`);
      }
    },
    async askList(question, options = {}) {
      process.stdout.write(`${question} (one per line, empty line to finish)\n`);
      const items: string[] = [];
      for (;;) {
        const answer = (await rl.question('  - ').catch(cancelled(question))).trim();
        if (!answer) return items;
        // A bad line is shown with its problem and left out; the lines before it stay.
        const problem = options.validate?.(answer);
        if (problem === undefined) items.push(answer);
        else process.stdout.write(`    ${problem}\n`);
      }
    },
    close() {
      rl.close();
    },
  };
}

/**
 * Ctrl-D (end of input) or Ctrl-C at a prompt makes readline reject with an AbortError; the user sees one line
 * naming the question instead of an "unexpected failure", and the command stops before it writes anything.
 */
function cancelled(question: string): (err: unknown) => never {
  return (err) => {
    if ((err as { code?: string })?.code !== 'ABORT_ERR') throw err;
    process.stdout.write('\n');
    const interrupted = /Ctrl\+C/.test(String((err as Error).message));
    throw new FollowthroughError(
      'INVALID_ARGUMENT',
      `${question.replace(/[:\s]+$/, '')}: cancelled with ${interrupted ? 'Ctrl+C' : 'Ctrl+D'}`,
      // 130 is the shell's status for an interrupted command.
      { exitCode: interrupted ? 130 : 2 },
    );
  };
}

export interface Prompter {
  /**
   * Asks until the answer is given (when `required`) and `validate` finds no problem with it; each problem is
   * shown under the question before it is asked again.
   */
  ask(
    question: string,
    options?: { default?: string; required?: boolean; validate?: (answer: string) => string | undefined },
  ): Promise<string>;
  /** One answer per line until an empty one; a line `validate` finds a problem with is shown it and not kept. */
  askList(question: string, options?: { validate?: (answer: string) => string | undefined }): Promise<string[]>;
  close(): void;
}

/** Usage error for a required flag missing when prompting is not possible. */
export function missingFlag(flag: string, hint = ''): FollowthroughError {
  return new FollowthroughError('INVALID_ARGUMENT', `${flag}: required${hint ? ` (${hint})` : ''}`);
}

/** Commander collector for repeatable flags: `--topic a --topic b` → ['a', 'b']. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
