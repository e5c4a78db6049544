// Every failure the page sees is one line naming the field, with a status that says whose fault it was.
// Stacks and unexpected messages stay on the server's terminal; passwords never leave it either way.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { FollowthroughError } from '../core/errors.js';
import { firstProblem } from '../shared/api.js';

const STATUS: Record<FollowthroughError['code'], ContentfulStatusCode> = {
  INVALID_DOCUMENT: 400,
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STORE: 503,
  CHANNEL: 502,
  CONFIG: 400,
  BUSY: 503,
};

export function toErrorResponse(err: unknown, c: Context, log: (line: string) => void) {
  if (err instanceof FollowthroughError) {
    return c.json({ error: firstLine(err.problems[0] ?? err.message), code: err.code }, STATUS[err.code]);
  }
  if (err instanceof ZodError) return c.json({ error: firstProblem(err), code: 'INVALID_ARGUMENT' }, 400);
  if (err instanceof HTTPException) return c.json({ error: firstLine(err.message || 'bad request') }, err.status);
  log(`serve: unexpected failure on ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? String(err)}`);
  return c.json(
    { error: 'server: something went wrong; the details are in the terminal running followthrough serve' },
    500,
  );
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
