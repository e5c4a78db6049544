// The web app's HTTP side: Hono routes over the use cases. Nothing here is global: the store, the
// environment and the clock come in through `createApp` and reach each request through its context, so
// tests build as many apps as they like and a multi-user mode can hand each request its own store.
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Env as ConfigEnv } from '../config/read.js';
import { FollowthroughError } from '../core/errors.js';
import {
  addInterviewSchema,
  confirmOutcomeSchema,
  debriefSchema,
  editInterviewSchema,
  editPersonSchema,
  firstProblem,
  importSchema,
  logEventSchema,
  profileSchema,
  removeApplicationSchema,
  sendSchema,
  settingsSchema,
  stepActionSchema,
} from '../shared/api.js';
import type { Store } from '../store/index.js';
import { toErrorResponse } from './errors.js';
import { apiGuard, type Guard, hasSession, hostCheck, launch, securityHeaders } from './security.js';
import * as uc from './use-cases.js';

export interface AppDeps {
  guard: Guard;
  /** The store this request works on. */
  store: (c: Context) => Store | Promise<Store>;
  env: ConfigEnv;
  /** The time a request happens at (tests pin it). */
  clock: () => Date;
  /** The built page (dist/web); without it only the API answers. */
  webRoot?: string;
  /** The secret path segment of the calendar feed. */
  calendarToken: string;
  log?: (line: string) => void;
}

type Vars = { Variables: { uc: uc.UseCaseContext } };

async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new FollowthroughError('INVALID_ARGUMENT', 'body: not JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new FollowthroughError('INVALID_ARGUMENT', firstProblem(parsed.error));
  return parsed.data;
}

function stepParam(c: Context): string {
  const step = c.req.query('step');
  if (!step) throw new FollowthroughError('INVALID_ARGUMENT', 'step: give the step id (?step=...)');
  return step;
}

export function createApp(deps: AppDeps): Hono<Vars> {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = new Hono<Vars>();
  app.onError((err, c) => toErrorResponse(err, c, log));
  app.notFound((c) => c.json({ error: `path: nothing at ${c.req.path}` }, 404));
  app.use('*', hostCheck(deps.guard));
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('uc', { store: await deps.store(c), env: deps.env, now: deps.clock().toISOString() });
    await next();
  });

  // The calendar feed is for calendar programs, which carry no cookie: its own secret token guards it.
  app.get('/calendar/:file', async (c) => {
    if (c.req.param('file') !== `${deps.calendarToken}.ics`) return c.json({ error: 'calendar: unknown feed' }, 404);
    return c.body(await uc.calendar(c.var.uc), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });

  const api = new Hono<Vars>();
  api.use('*', apiGuard(deps.guard));
  api.get('/session', async (c) =>
    c.json({
      ...(await uc.session(c.var.uc)),
      csrf: deps.guard.csrf,
      calendarPath: `/calendar/${deps.calendarToken}.ics`,
    }),
  );
  api.get('/today', async (c) => c.json(await uc.today(c.var.uc)));
  api.get('/board', async (c) => c.json(await uc.board(c.var.uc)));
  api.get('/applications/:id', async (c) => c.json(await uc.application(c.var.uc, c.req.param('id'))));
  api.post('/interviews', async (c) => c.json(await uc.addInterview(c.var.uc, await body(c, addInterviewSchema))));
  api.post('/interviews/edit', async (c) =>
    c.json(await uc.editInterview(c.var.uc, await body(c, editInterviewSchema))),
  );
  api.post('/import', async (c) => {
    const input = await body(c, importSchema);
    return c.json(await uc.importDocument(c.var.uc, input.document, input.mode));
  });
  api.get('/export', async (c) =>
    c.body(`${JSON.stringify(await uc.exportDocument(c.var.uc), null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="followthrough.json"',
    }),
  );
  api.post('/people/edit', async (c) => c.json(await uc.editPerson(c.var.uc, await body(c, editPersonSchema))));
  api.post('/applications/remove', async (c) =>
    c.json(await uc.removeApplication(c.var.uc, await body(c, removeApplicationSchema))),
  );
  api.post('/events', async (c) => c.json(await uc.logEvent(c.var.uc, await body(c, logEventSchema))));
  api.post('/debrief', async (c) => c.json(await uc.debrief(c.var.uc, await body(c, debriefSchema))));
  api.post('/steps/:action', async (c) => {
    const action = c.req.param('action');
    if (action !== 'done' && action !== 'skip' && action !== 'snooze')
      throw new FollowthroughError('INVALID_ARGUMENT', 'action: done, skip or snooze');
    return c.json(await uc.stepAction(c.var.uc, action, await body(c, stepActionSchema)));
  });
  api.post('/undo', async (c) => c.json(await uc.undo(c.var.uc, c.req.query('force') === '1')));
  api.get('/draft', async (c) => c.json(await uc.draft(c.var.uc, stepParam(c))));
  api.post('/send', async (c) => c.json(await uc.send(c.var.uc, await body(c, sendSchema))));
  api.get('/eml', async (c) => {
    const { filename, raw } = await uc.eml(c.var.uc, { step: stepParam(c) });
    return c.body(new Uint8Array(raw), 200, {
      'Content-Type': 'message/rfc822',
      'Content-Disposition': `attachment; filename="${filename}"`,
    });
  });
  api.get('/letter', async (c) => {
    const { filename, pdf } = await uc.letterPdf(c.var.uc, stepParam(c));
    const disposition = c.req.query('download') ? 'attachment' : 'inline';
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `${disposition}; filename="${filename}"`,
    });
  });
  api.get('/script', async (c) => c.json(await uc.callScript(c.var.uc, stepParam(c))));
  api.get('/calendar.ics', async (c) =>
    c.body(await uc.calendar(c.var.uc), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="followthrough.ics"',
    }),
  );
  api.post('/sync', async (c) => c.json(await uc.sync(c.var.uc)));
  api.post('/outcomes', async (c) => c.json(await uc.sync(c.var.uc, await body(c, confirmOutcomeSchema))));
  api.get('/settings', async (c) => c.json(await uc.settings(c.var.uc)));
  api.post('/settings', async (c) => c.json(await uc.saveSettings(c.var.uc, await body(c, settingsSchema))));
  api.post('/settings/test/:which', async (c) => {
    const which = c.req.param('which');
    if (which !== 'smtp' && which !== 'imap') throw new FollowthroughError('INVALID_ARGUMENT', 'which: smtp or imap');
    return c.json(await uc.testConnection(c.var.uc, which));
  });
  api.post('/profile', async (c) => c.json(await uc.saveProfile(c.var.uc, await body(c, profileSchema))));
  app.route('/api', api);

  app.use('*', launch(deps.guard));
  if (deps.webRoot) {
    // Hashed assets are public (no data in them) and cacheable; the page itself needs the session.
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/assets/*', serveStatic({ root: deps.webRoot }));
    app.use('/dict/*', serveStatic({ root: deps.webRoot }));
    app.get('*', async (c, next) => {
      if (!hasSession(c, deps.guard))
        return c.html(
          '<!doctype html><html lang="en"><meta charset="utf-8"><title>Followthrough</title><p>Open Followthrough with the link that <code>followthrough serve</code> printed in your terminal.</p></html>',
          401,
        );
      return next();
    });
    app.get('*', serveStatic({ root: deps.webRoot, rewriteRequestPath: () => '/index.html' }));
  }
  return app;
}
